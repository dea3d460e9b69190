package vn.cbcs.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * A refused course or plan form comes back with every reason and with what was typed (issue 15),
 * nothing written. Commune 01465 of Cao Bằng, which only this class and {@code TrainingImportTest}
 * use (its own names here).
 */
@IntegrationTest
class TrainingFormsTypedTest {

  static final String UNIT = "01465";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private BrowserSession officer() {
    String user = TestUsers.create(port, "trform", "COMMUNE_OFFICER", UNIT);
    BrowserSession b = new BrowserSession(port);
    b.signIn(user, TestUsers.PASSWORD);
    return b;
  }

  /** Follows the redirect of a refused form to the page it comes back to. */
  private static String back(BrowserSession b, HttpResponse<String> posted) {
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
    String to = posted.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> page = b.get(to.replaceFirst("^https?://[^/]+", ""));
    assertThat(page.statusCode()).isEqualTo(200);
    return page.body();
  }

  @Test
  @DisplayName("A refused course form shows its reasons and keeps every value typed")
  void aRefusedCourseKeepsWhatWasTyped() {
    BrowserSession b = officer();
    assertThat(b.get("/training/courses?unit=" + UNIT).statusCode()).isEqualTo(200);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", "Bồi dưỡng gõ dở – kỹ năng số");
    form.put("kind", "DIGITAL");
    form.put("unitCode", UNIT);
    form.put("track", "IT");
    form.put("level", "CO_BAN");
    form.put("provider", "Trung tâm gõ dở");
    form.put("startsOn", "10/05/2026");
    form.put("endsOn", "09/05/2026");
    form.put("periods", "0");
    form.put("place", "Hội trường xã");
    form.put("cost", "3500000");
    form.put("funding", "SPONSOR");
    String page = back(b, b.post("/training/courses", form));
    assertThat(page)
        .contains("data-testid=\"form-errors\"")
        .contains("Ngày kết thúc không được trước ngày bắt đầu.")
        .contains("value=\"Bồi dưỡng gõ dở – kỹ năng số\"")
        .contains("value=\"Trung tâm gõ dở\"")
        .contains("value=\"CO_BAN\"")
        .contains("value=\"10/05/2026\"")
        .contains("value=\"09/05/2026\"")
        .contains("value=\"0\"")
        .contains("value=\"Hội trường xã\"")
        .contains("value=\"3500000\"")
        .containsPattern("<option value=\"DIGITAL\" selected>")
        .containsPattern("<option value=\"IT\" selected>")
        .containsPattern("<option value=\"SPONSOR\" selected>");
    assertThat(
            jdbc.sql("SELECT count(*) FROM training_course WHERE provider = 'Trung tâm gõ dở'")
                .query(Long.class)
                .single())
        .isZero();
    // a fresh page is empty again
    assertThat(b.get("/training/courses?unit=" + UNIT).body())
        .doesNotContain("Bồi dưỡng gõ dở – kỹ năng số");
  }

  @Test
  @DisplayName("A refused plan form shows its reasons and keeps every value typed")
  void aRefusedPlanKeepsWhatWasTyped() {
    BrowserSession b = officer();
    assertThat(b.get("/training/plans?unit=" + UNIT).statusCode()).isEqualTo(200);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("title", "Kế hoạch gõ dở năm 1999");
    form.put("year", "1999");
    form.put("unitCode", UNIT);
    form.put("decisionNumber", "12/KH-UBND-GD");
    form.put("decisionDate", "15/01/1999");
    String page = back(b, b.post("/training/plans", form));
    assertThat(page)
        .contains("data-testid=\"form-errors\"")
        .contains("value=\"Kế hoạch gõ dở năm 1999\"")
        .contains("value=\"1999\"")
        .contains("value=\"12/KH-UBND-GD\"")
        .contains("value=\"15/01/1999\"");
    assertThat(
            jdbc.sql("SELECT count(*) FROM training_plan WHERE title = 'Kế hoạch gõ dở năm 1999'")
                .query(Long.class)
                .single())
        .isZero();
  }
}
