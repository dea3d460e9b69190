package vn.cbcs.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;

/**
 * Pages open on the user's own unit with quick dates that work for them, a refusal for another unit
 * says "outside your scope" (never "not found"), and rules read as names, not codes.
 */
@IntegrationTest
class NamesAndScopesTest {

  /** A quick date's link and kind, on the dashboard and the reports page. */
  private static final Pattern QUICK =
      Pattern.compile(
          "href=\"(/(?:dashboard|reports/quality)\\?[^\"]*)\"[^>]*data-testid=\"(?:quick|quality)-"
              + "([a-z_]+)\"");

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired
  vn.cbcs.resolutions.Resolutions resolutions;

  private BrowserSession as(String username) {
    BrowserSession browser = new BrowserSession(port);
    String password = "admin".equals(username) ? "admin-test-password" : "demo-cbcs-2025";
    assertThat(browser.signIn(username, password).statusCode()).isEqualTo(302);
    return browser;
  }

  @ParameterizedTest
  @ValueSource(strings = {"xa", "huyen", "tinh", "thanhtra", "chutich"})
  void figurePagesOpenOnTheUsersUnitAndTheirQuickDatesWork(String username) {
    BrowserSession browser = as(username);
    HttpResponse<String> dashboard = browser.get("/dashboard?lang=vi");
    assertThat(dashboard.statusCode()).as("redirected to the home unit").isEqualTo(302);
    String location = dashboard.headers().firstValue("Location").orElseThrow();
    String homeUnit = location.replaceFirst(".*[?&]unit=(\\d+).*", "$1");
    assertThat(homeUnit).matches("\\d+");
    List<String> failures = new ArrayList<>();
    for (String page : List.of(location.replaceFirst("^https?://[^/]+", ""), "/reports")) {
      HttpResponse<String> r = browser.get(page);
      assertThat(r.statusCode()).as(page).isEqualTo(200);
      Matcher m = QUICK.matcher(r.body());
      int links = 0;
      while (m.find()) {
        String link = m.group(1).replace("&amp;", "&");
        if (!m.group(2).equals("locked") && !m.group(2).equals("milestone")) {
          assertThat(link).as("quick date of %s", username).contains("unit=" + homeUnit + "&");
        }
        links++;
        int status = browser.get(link).statusCode();
        if (status >= 400) {
          failures.add(username + ": " + link + " answers " + status);
        }
      }
      assertThat(links).as("quick dates on %s", page).isGreaterThanOrEqualTo(2);
    }
    // the standards forms open on the user's unit, on a date it exists
    String standards = browser.get("/standards?lang=vi").body();
    for (String form : List.of("staffing", "below", "alerts")) {
      Matcher unit =
          Pattern.compile("id=\"" + form + "-unit\" name=\"unit\" value=\"(\\d+)\"")
              .matcher(standards);
      Matcher date =
          Pattern.compile("id=\"" + form + "-asOf\" name=\"asOf\"[^>]*? value=\"([\\d/-]+)\"")
              .matcher(standards);
      assertThat(unit.find() && date.find()).as("%s form of %s", form, username).isTrue();
      assertThat(unit.group(1)).isEqualTo(homeUnit);
      String path =
          ("staffing".equals(form)
                  ? "/standards/staffing"
                  : "below".equals(form) ? "/standards/below" : "/alerts")
              + "?unit="
              + unit.group(1)
              + "&asOf="
              + date.group(1);
      HttpResponse<String> r = browser.get(path);
      if (r.statusCode() == 302) {
        r =
            browser.get(
                r.headers()
                    .firstValue("Location")
                    .orElseThrow()
                    .replaceFirst("^https?://[^/]+", ""));
      }
      if (r.statusCode() >= 400) {
        failures.add(username + ": " + path + " answers " + r.statusCode());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void aResolutionsReachedMilestoneIsAQuickDate() {
    vn.cbcs.platform.Actor system = vn.cbcs.platform.Actor.system("test");
    vn.cbcs.resolutions.Resolution r =
        resolutions.create(
            new vn.cbcs.resolutions.ResolutionDraft(
                "09-NQ/ĐU-" + Long.toString(System.nanoTime() % 1_000_000, 36),
                "Nghị quyết về cán bộ (dữ liệu kiểm thử)",
                "Đảng ủy phường",
                java.time.LocalDate.of(2020, 5, 1),
                "01840",
                null),
            system);
    resolutions.addTarget(
        r.id(),
        new vn.cbcs.resolutions.TargetDraft(
            "WOMEN",
            java.time.LocalDate.of(2020, 12, 31),
            new java.math.BigDecimal("40"),
            vn.cbcs.resolutions.Target.Direction.AT_LEAST,
            null,
            "dữ liệu kiểm thử"),
        system);
    BrowserSession browser = as("xa");
    for (String page : List.of("/dashboard?unit=01840&lang=vi", "/reports?lang=vi")) {
      String body = browser.get(page).body();
      Matcher m = QUICK.matcher(body);
      String milestone = null;
      while (m.find()) {
        if (m.group(2).equals("milestone")) {
          milestone = m.group(1).replace("&amp;", "&");
        }
      }
      assertThat(milestone).as(page).isNotNull().contains("unit=01840&asOf=2020-12-31");
      assertThat(browser.get(milestone).statusCode()).as(milestone).isEqualTo(200);
    }
  }

  @Test
  void anotherUnitIsOutsideTheScopeNotMissing() {
    BrowserSession browser = as("xa");
    for (String path : List.of("/dashboard?unit=19&lang=vi", "/standards/below?unit=19&lang=vi")) {
      HttpResponse<String> r = browser.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(403);
      assertThat(r.body())
          .as(path)
          .contains("Ngoài phạm vi quản lý của bạn", "ngoài phạm vi")
          .doesNotContain("Không tìm thấy");
    }
    HttpResponse<String> en = browser.get("/dashboard?unit=19&lang=en");
    assertThat(en.body()).contains("Outside your scope").doesNotContain("Not found");
  }

  @Test
  void aRoleThatSeesMaskedDataIsNotOfferedFiltersThatWouldRevealIt() {
    String head = as("chutich").get("/people?lang=vi").body();
    assertThat(head).doesNotContain("name=\"ethnicity\"", "name=\"party\"");
    String officer = as("xa").get("/people?lang=vi").body();
    assertThat(officer).contains("name=\"ethnicity\"", "name=\"party\"");
  }

  @Test
  void rulesAndStaffingShowNamesNotCodes() {
    BrowserSession browser = as("tinh");
    for (String lang : List.of("vi", "en")) {
      for (String path :
          List.of("/standards/rules?lang=" + lang, "/units/19/staffing?lang=" + lang)) {
        HttpResponse<String> r = browser.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        String text = visibleText(r.body());
        assertThat(text)
            .as(path)
            .doesNotContain(
                "PHO_CHU_TICH_UBND", "LOAI_I", "XA,THI_TRAN", "group:", "grade:", "[L]", "[M]")
            .doesNotContainPattern("\\?\\?[A-Za-z][\\w.-]*\\?\\?")
            .doesNotContainPattern("(?m)^\\s*\\*\\s*$");
      }
    }
  }

  /** The text a reader sees: no tags, no attribute values, no scripts or forms' hidden values. */
  private static String visibleText(String html) {
    return html.replaceAll("(?s)<script.*?</script>", "")
        .replaceAll("(?s)<[^>]*>", "\n")
        .replace("&amp;", "&");
  }
}
