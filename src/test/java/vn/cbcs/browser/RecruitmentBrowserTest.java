package vn.cbcs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cbcs.support.BrowserTest;
import vn.cbcs.support.Chromium;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.TestUsers;

/**
 * A province officer runs a round on the pages (issue 16): opens it from the commune's page, enters
 * two candidates (one refused first, kept as typed), enters the scores, and sees them ranked with
 * the priority points. Xã Cô Ba (01327, Cao Bằng, province 04).
 */
@IntegrationTest
@Tag("browser")
class RecruitmentBrowserTest extends BrowserTest {

  static final String XA = "01327";

  @Test
  void openEnterCandidatesScoreAndRankOnThePages() {
    String officer = TestUsers.create(port, "tdcb", "PROVINCE_OFFICER", "04");
    driver = Chromium.start(1366, 900);
    signIn(officer, TestUsers.PASSWORD);
    driver.get(url("/recruitment?unit=" + XA + "&asOf=01/03/2026"));
    WebElement open = waitFor("[data-testid=round-open] form");
    type(
        open,
        Map.of(
            "title", "Thi tuyển công chức xã Cô Ba (trình duyệt)",
            "planNumber", "9/KH-UBND",
            "planDate", "01/03/2026",
            "planIssuer", "UBND tỉnh Cao Bằng",
            "noticeDate", "10/03/2026",
            "applicationsClose", "09/04/2026",
            "candidateListDate", "20/04/2026",
            "round1Date", "05/05/2026",
            "round2Date", "15/05/2026",
            "markingDate", "25/05/2026"));
    new Select(open.findElement(By.name("method"))).selectByValue("EXAM");
    new Select(open.findElement(By.name("positionCode0"))).selectByValue("VTVL_VHXH_Y_TE");
    submit(open);
    assertThat(waitFor("[data-testid=round-title]").getText())
        .isEqualTo("Thi tuyển công chức xã Cô Ba (trình duyệt)");

    // a candidate with a date that does not exist: refused, what was typed is still there
    candidate("Sầm Thị Một", true, 1997, "31/02/1997", true);
    assertThat(waitFor("[data-testid=candidate-errors]").getText()).contains("31/02/1997");
    WebElement form = driver.findElement(By.cssSelector("[data-testid=round-candidate] form"));
    assertThat(form.findElement(By.name("fullName")).getAttribute("value"))
        .isEqualTo("Sầm Thị Một");
    assertThat(form.findElement(By.id("c-pr-ETHNIC_MINORITY")).isSelected()).isTrue();
    form.findElement(By.name("birthDate")).clear();
    form.findElement(By.name("birthDate")).sendKeys("01/06/1997");
    submit(form);
    candidate("Sầm Văn Hai", false, 1996, "01/06/1996", false);

    // the scores: the second has the better marks, the first the priority points
    List<WebElement> rows = waitForAll("[data-testid=score-row]");
    assertThat(rows).hasSize(2);
    scores(rows.get(0), "40", "60", "80", "60"); // 74 + 5 = 79
    scores(rows.get(1), "45", "60", "82", "70"); // 78.4
    Chromium.screenshot(driver, "70-recruitment-scores");
    submit(driver.findElement(By.cssSelector("[data-testid=round-scores] form")));
    List<WebElement> results = waitForAll("[data-testid=result-row]");
    assertThat(results.get(0).getText()).contains("Sầm Thị Một", "79", "Trúng tuyển");
    assertThat(results.get(1).getText()).contains("Sầm Văn Hai", "78.4", "Đạt, ngoài chỉ tiêu");
  }

  private void candidate(String name, boolean female, int year, String birth, boolean minority) {
    WebElement form = waitFor("[data-testid=round-candidate] form");
    type(
        form,
        Map.of(
            "fullName",
            name,
            "personalId",
            PersonJsonMother.personalId(female, year),
            "birthDate",
            birth,
            "major",
            "Y tế công cộng"));
    new Select(form.findElement(By.name("sex"))).selectByValue(female ? "FEMALE" : "MALE");
    new Select(form.findElement(By.name("professionalLevel"))).selectByValue("DAI_HOC");
    if (minority) {
      click(form.findElement(By.id("c-pr-ETHNIC_MINORITY")));
    }
    submit(form);
  }

  private void scores(WebElement row, String correct, String total, String written, String iv) {
    List<WebElement> inputs = row.findElements(By.tagName("input"));
    String[] values = {correct, total, written, iv};
    for (int i = 0; i < values.length; i++) {
      inputs.get(i).clear();
      inputs.get(i).sendKeys(values[i]);
    }
  }

  private void type(WebElement form, Map<String, String> values) {
    values.forEach(
        (name, value) -> {
          WebElement input = form.findElement(By.name(name));
          input.clear();
          input.sendKeys(value);
        });
  }

  private void submit(WebElement form) {
    click(form.findElement(By.cssSelector("button[type=submit]")));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(form));
  }

  private WebElement waitFor(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  private List<WebElement> waitForAll(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(css)));
  }
}
