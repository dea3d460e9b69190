package vn.cbcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.RawHttp;

/**
 * Bytes that are not UTF-8 — in a query string, a form body or the address itself — are a 400 with
 * the usual error (JSON for the API, a page for people), never a 500 or Tomcat's English page. Sent
 * over a raw socket: well-behaved clients refuse to send such requests.
 */
@IntegrationTest
class RequestEncodingTest {

  @LocalServerPort int port;

  private static final String Q_VI =
      "Tham số \"q\" chứa mã hóa ký tự không hợp lệ (không phải UTF-8).";

  @Test
  void anInvalidQueryParameterIsA400NamingItForTheApi() {
    RawHttp admin = RawHttp.admin(port);
    for (String q : new String[] {"%C3%28", "%FF", "abc%E1%BB", "%ZZ", "%"}) {
      RawHttp.Response r = admin.get("/api/units/search?q=" + q);
      assertThat(r.status()).as(q + " " + r.body()).isEqualTo(400);
      assertThat(r.headers().get("content-type")).startsWith("application/json");
      assertThat(r.json().get("parameter").asString()).isEqualTo("q");
      assertThat(r.json().get("message").asString()).isEqualTo(Q_VI);
      assertThat(r.json().get("messageEn").asString())
          .isEqualTo("Parameter \"q\" is not valid UTF-8 (a broken character encoding).");
    }
    // Vietnamese, correctly encoded, is of course fine
    assertThat(admin.get("/api/units/search?q=Ch%E1%BB%A3%20%C4%90%E1%BB%93n").status())
        .isEqualTo(200);
  }

  @Test
  void anInvalidQueryParameterOnAPageShowsTheErrorPage() {
    RawHttp.Response r = RawHttp.admin(port).get("/people?unit=19&q=%C3%28", "Accept: text/html");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.headers().get("content-type")).startsWith("text/html");
    assertThat(r.body())
        .contains("data-testid=\"error-message\"")
        .contains("chứa mã hóa ký tự không hợp lệ (không phải UTF-8)")
        .doesNotContain("Exception");
  }

  @Test
  void anInvalidFormBodyIsA400NamingTheParameter() {
    RawHttp.Response api =
        RawHttp.admin(port)
            .send(
                "POST",
                "/api/people",
                "application/x-www-form-urlencoded",
                "a=1&q=%FF".getBytes(StandardCharsets.US_ASCII));
    assertThat(api.status()).as(api.body()).isEqualTo(400);
    assertThat(api.json().get("parameter").asString()).isEqualTo("q");
    assertThat(api.json().get("message").asString()).isEqualTo(Q_VI);

    // a person's form post, with the session and its CSRF token
    BrowserSession browser = new BrowserSession(port);
    browser.signIn("admin", "admin-test-password");
    browser.get("/people/new");
    RawHttp.Response page =
        RawHttp.anonymous(port)
            .send(
                "POST",
                "/people",
                "application/x-www-form-urlencoded",
                ("_csrf=" + browser.csrf() + "&fullName=%C3%28")
                    .getBytes(StandardCharsets.US_ASCII),
                false,
                "Cookie: SESSION=" + browser.cookie("SESSION"),
                "Accept: text/html");
    assertThat(page.status()).as(page.body()).isEqualTo(400);
    assertThat(page.body())
        .contains("Tham số \"fullName\" chứa mã hóa ký tự không hợp lệ")
        .doesNotContain("Exception");
  }

  @Test
  void anAddressThatIsNotUtf8IsA400InTheApplicationsForm() {
    RawHttp.Response api = RawHttp.admin(port).get("/api/people/%FF");
    assertThat(api.status()).isEqualTo(400);
    assertThat(api.headers().get("content-type")).startsWith("application/json");
    assertThat(api.json().get("status").asInt()).isEqualTo(400);
    assertThat(api.json().get("message").asString())
        .isEqualTo("Địa chỉ hoặc yêu cầu không hợp lệ (ví dụ mã hóa %XX không phải UTF-8).");
    assertThat(api.json().get("messageEn").asString())
        .isEqualTo(
            "The address or the request is malformed (e.g. a %XX encoding that is not UTF-8).");

    RawHttp.Response page = RawHttp.anonymous(port).get("/units/%C3%28", "Accept: text/html");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.headers().get("content-type")).startsWith("text/html");
    assertThat(page.body())
        .contains("Địa chỉ hoặc yêu cầu không hợp lệ")
        .doesNotContain("Apache Tomcat", "HTTP Status 400");
  }
}
