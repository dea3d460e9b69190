package vn.cbcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.RawHttp;

/**
 * Bodies too large or of the wrong kind get the status that says so and a message that says what is
 * expected: 413 naming the limit (JSON 1 MB, uploads 20 MB), 415 naming the content type — for the
 * API as JSON, for the pages as the error page with a way back. Nothing is written.
 */
@IntegrationTest
class RequestLimitsTest {

  private static final String BOUNDARY = "----cbcs-test-boundary";
  private static final String UPLOAD_VI =
      "Tệp quá lớn: tối đa 20 MB. Hãy gửi tệp nhỏ hơn; dữ liệu chưa bị thay đổi.";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  /** A person whose residence makes the JSON body {@code bytes} long (give or take a few). */
  private static byte[] personJson(int bytes) {
    String start =
        PersonJsonMother.person("Lò Văn Dài", false, 1980).put("residence", "").toString();
    String filler = "x".repeat(Math.max(0, bytes - start.length()));
    return start
        .replace("\"residence\":\"\"", "\"residence\":\"" + filler + "\"")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void tooLargeJson(RawHttp.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(413);
    assertThat(r.json().get("status").asInt()).isEqualTo(413);
    assertThat(r.json().get("message").asString()).isEqualTo("Nội dung JSON quá lớn: tối đa 1 MB.");
    assertThat(r.json().get("messageEn").asString())
        .isEqualTo("JSON body too large: at most 1 MB.");
  }

  @Test
  void aJsonBodyOverTheLimitIs413WithOrWithoutALength() {
    RawHttp admin = RawHttp.admin(port);
    byte[] big = personJson(1024 * 1024 + 100);
    tooLargeJson(admin.send("POST", "/api/people", "application/json", big, false));
    tooLargeJson(admin.send("POST", "/api/people", "application/json", big, true));
    tooLargeJson(admin.send("PUT", "/api/people/1", "application/json", big, true));
    // under the limit the body is read, and refused for what it says (a residence of 900 KB)
    RawHttp.Response under =
        admin.send("POST", "/api/people", "application/json", personJson(900 * 1024), true);
    assertThat(under.status()).as(under.body()).isEqualTo(400);
    assertThat(under.json().get("errors").get(0).get("field").asString()).isEqualTo("residence");
  }

  @Test
  void jsonWithAnotherContentTypeIs415SayingWhatIsExpected() {
    byte[] body = personJson(200);
    for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded"}) {
      RawHttp.Response r = RawHttp.admin(port).send("POST", "/api/people", type, body);
      assertThat(r.status()).as(type + " " + r.body()).isEqualTo(415);
      assertThat(r.json().get("message").asString())
          .isEqualTo("Cần gửi JSON: Content-Type: application/json.");
      assertThat(r.json().get("messageEn").asString())
          .isEqualTo("JSON expected: send Content-Type: application/json.");
    }
  }

  private static byte[] multipart(String csrf, String fileField, int fileBytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder head = new StringBuilder();
    if (csrf != null) {
      head.append("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
          .append(csrf)
          .append("\r\n");
    }
    head.append("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n")
        .append("PEOPLE\r\n")
        .append("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fileField)
        .append("\"; filename=\"lon.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[fileBytes]);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private long imports() {
    return jdbc.sql("SELECT count(*) FROM excel_import").query(Long.class).single();
  }

  @Test
  void anUploadOverTheLimitIs413NamingTheLimitForTheApi() {
    long before = imports();
    byte[] body = multipart(null, "file", 21 * 1024 * 1024);
    for (boolean chunked : new boolean[] {false, true}) {
      RawHttp.Response r =
          RawHttp.admin(port)
              .send(
                  "POST",
                  "/api/imports",
                  "multipart/form-data; boundary=" + BOUNDARY,
                  body,
                  chunked);
      assertThat(r.status()).as("chunked " + chunked + " " + r.body()).isEqualTo(413);
      assertThat(r.headers().get("content-type")).startsWith("application/json");
      assertThat(r.json().get("message").asString()).isEqualTo(UPLOAD_VI);
      assertThat(r.json().get("messageEn").asString())
          .isEqualTo("File too large: at most 20 MB. Send a smaller file; nothing was changed.");
    }
    assertThat(imports()).isEqualTo(before);
    // a file under the limit is read as before (and refused for what it is)
    RawHttp.Response small =
        RawHttp.admin(port)
            .send(
                "POST",
                "/api/imports",
                "multipart/form-data; boundary=" + BOUNDARY,
                multipart(null, "file", 1000),
                false);
    assertThat(small.status()).as(small.body()).isEqualTo(422);
  }

  @Test
  void anUploadOverTheLimitFromAPageShowsTheMessageAndTheWayBack() {
    long person =
        Api.admin(port)
            .post("/api/people", PersonJsonMother.person("Mùa A Ảnh", false, 1985))
            .json()
            .get("id")
            .asLong();
    BrowserSession browser = new BrowserSession(port);
    browser.signIn("admin", "admin-test-password");
    long before = imports();
    String[][] pages = {
      {"/imports", "/imports", "file"},
      {"/people/" + person, "/people/" + person + "/photo", "photo"}
    };
    for (String[] p : pages) {
      browser.get(p[0]);
      for (boolean chunked : new boolean[] {false, true}) {
        RawHttp.Response r =
            RawHttp.anonymous(port)
                .send(
                    "POST",
                    p[1],
                    "multipart/form-data; boundary=" + BOUNDARY,
                    multipart(browser.csrf(), p[2], 21 * 1024 * 1024),
                    chunked,
                    "Cookie: SESSION=" + browser.cookie("SESSION"),
                    "Accept: text/html",
                    "Referer: http://localhost:" + port + p[0]);
        assertThat(r.status()).as(p[1] + " chunked " + chunked).isEqualTo(413);
        assertThat(r.headers().get("content-type")).startsWith("text/html");
        assertThat(r.body())
            .contains(UPLOAD_VI)
            .contains("data-testid=\"error-back\"")
            .contains("href=\"" + p[0] + "\"")
            .doesNotContain("415", "multipart/form-data");
      }
    }
    assertThat(imports()).isEqualTo(before);
    assertThat(Api.admin(port).get("/api/people/" + person + "/photo").status()).isEqualTo(404);
  }
}
