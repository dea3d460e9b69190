package vn.cbcs.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;

/** The unit picker of the forms: the name search answers buttons that fill a code field. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitPickerTest {

  @LocalServerPort int port;
  BrowserSession browser;

  @BeforeAll
  void signIn() {
    browser = new BrowserSession(port);
    browser.signIn("admin", "admin-test-password");
  }

  @Test
  void anUnaccentedNameFindsTheUnitsWithTheirCodesAndParents() {
    HttpResponse<String> r =
        browser.htmx("/units/search?pick=post-unit&asOf=2026-01-01&q=binh+thanh&lang=vi");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("data-testid=\"unit-pick-hits\"")
        .contains("data-unit-target=\"post-unit\"")
        .contains("Bình Thành")
        .doesNotContain("<html");
    // the same search without a target is the unit search's own list of links
    HttpResponse<String> plain = browser.htmx("/units/search?asOf=2026-01-01&q=binh+thanh");
    assertThat(plain.body())
        .doesNotContain("data-unit-pick")
        .contains("data-testid=\"search-results\"");
  }

  @Test
  void aTargetThatIsNotAFieldIdIsRefused() {
    HttpResponse<String> r =
        browser.htmx("/units/search?pick=%22%3E%3Cscript%3E&q=binh+thanh&lang=vi");
    assertThat(r.statusCode()).isEqualTo(400);
  }
}
