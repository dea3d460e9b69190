package vn.cbcs.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.person;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;

/**
 * Dates are typed and shown dd/mm/yyyy in every form, whatever the browser's language: no template
 * keeps a {@code type="date"} input (those follow the browser's locale), and the pages with a date
 * filter take {@code 31/12/2024} in the address and show it back the same way.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DateInputsTest {

  @LocalServerPort int port;
  BrowserSession browser;
  long personId;

  @BeforeAll
  void signIn() {
    personId =
        Api.admin(port)
            .post("/api/people", person("Ngô Thị Ngày Tháng", true, 1990))
            .json()
            .get("id")
            .asLong();
    browser = new BrowserSession(port);
    browser.signIn("admin", "admin-test-password");
  }

  @Test
  void noTemplateHasABrowserLocaleDateInput() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
      offenders =
          files
              .filter(f -> f.toString().endsWith(".jte"))
              .filter(
                  f -> {
                    try {
                      return Files.readString(f).replace(" ", "").contains("type=\"date\"");
                    } catch (IOException e) {
                      throw new IllegalStateException(e);
                    }
                  })
              .map(Path::toString)
              .toList();
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void pagesTakeAndShowTheVietnameseDate() {
    String d = URLEncoder.encode("31/12/2024", StandardCharsets.UTF_8);
    List<String> pages =
        List.of(
            "/people?asOf=" + d,
            "/people/" + personId + "?asOf=" + d,
            "/units?asOf=" + d,
            "/dashboard?asOf=" + d,
            "/standards/below?asOf=" + d,
            "/alerts?asOf=" + d,
            "/reports/quality?asOf=" + d,
            "/audit?from=" + d + "&to=" + d);
    for (String path : pages) {
      HttpResponse<String> r = browser.get(path + "&lang=vi");
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.body())
          .as(path)
          .contains("value=\"31/12/2024\"")
          .doesNotContain("type=\"date\"");
    }
    // unslashed: the same page from the address bar without encoding
    HttpResponse<String> raw = browser.get("/people?asOf=31/12/2024&lang=vi");
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.body()).contains("value=\"31/12/2024\"");
  }

  @Test
  void aDateThatDoesNotExistIsRefusedWithAReason() {
    HttpResponse<String> r = browser.get("/people?asOf=31/02/2024&lang=vi");
    assertThat(r.statusCode()).isEqualTo(400);
  }
}
