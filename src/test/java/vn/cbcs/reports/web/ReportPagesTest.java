package vn.cbcs.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.reports.TuaChuaDistrict;
import vn.cbcs.resolutions.Resolution;
import vn.cbcs.resolutions.Resolutions;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;

/** The report pages as a signed-in person gets them: forms, tables, background jobs. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Resolutions resolutions;
  BrowserSession browser;

  @BeforeAll
  void signIn() {
    TuaChuaDistrict.build(port, jdbc);
    browser = new BrowserSession(port);
    browser.signIn("admin", "admin-test-password");
  }

  @Test
  void theReportsPageOffersTheTableAndTheReviews() {
    Resolution r = TuaChuaDistrict.resolution(resolutions);
    HttpResponse<String> page = browser.get("/reports?lang=vi");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Số lượng, chất lượng cán bộ, công chức cấp xã")
        .contains("/reports/review/" + r.id());
    HttpResponse<String> review = browser.get("/reports/review/" + r.id() + "?lang=vi");
    assertThat(review.statusCode()).isEqualTo(200);
    assertThat(review.body())
        .contains("value=\"31/12/2020\"")
        .contains("/resolutions/" + r.id() + "/report.docx?kind=so-ket")
        .contains("data-testid=\"review-job\"");
  }

  @Test
  void aDistrictShowsItsTableAndDownloadsAtOnce() {
    HttpResponse<String> page = browser.get("/reports/quality?unit=098&asOf=2020-12-31&lang=vi");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("data-testid=\"quality-table\"")
        .contains("Thị trấn Tủa Chùa")
        .contains("/reports/quality.xlsx?unit=098&amp;asOf=2020-12-31")
        .doesNotContain("data-testid=\"quality-job\"");
    assertThat(browser.get("/reports/quality?unit=098&asOf=2020-12-31&lang=en").body())
        .contains("Of whom")
        .contains("Political theory");
    browser.get("/reports?lang=vi"); // the language is kept in the session
  }

  @Test
  void aProvinceIsMadeInTheBackgroundWithProgress() throws Exception {
    HttpResponse<String> page = browser.get("/reports/quality?unit=11&asOf=2020-12-31&lang=vi");
    assertThat(page.body()).contains("data-testid=\"quality-job\"").doesNotContain("quality-table");
    HttpResponse<String> started =
        browser.post(
            "/reports/jobs", Map.of("type", "quality", "unit", "11", "asOf", "2020-12-31"));
    assertThat(started.statusCode()).isEqualTo(302);
    String location = started.headers().firstValue("Location").orElseThrow();
    String path = location.substring(location.indexOf("/reports/jobs/"));
    assertThat(browser.get(path).body()).contains("data-testid=\"job\"");
    Instant limit = Instant.now().plus(Duration.ofSeconds(60));
    String fragment;
    do {
      assertThat(Instant.now()).as("the job finishes").isBefore(limit);
      Thread.sleep(200);
      fragment = browser.get(path + "/progress").body();
    } while (fragment.contains("hx-trigger=\"every 1s\""));
    assertThat(fragment)
        .contains("Đã xong")
        .contains(path + "/file.xlsx")
        .contains(path + "/file.pdf")
        .contains("data-testid=\"quality-table\"");
    assertThat(browser.get(path + "/file.xlsx").statusCode()).isEqualTo(200);
  }

  @Test
  void aJobFormWithoutTheTokenIsRefused() {
    HttpResponse<String> refused =
        browser.postRaw("/reports/jobs", Map.of("type", "quality", "unit", "098"));
    assertThat(refused.statusCode()).isEqualTo(403);
  }
}
