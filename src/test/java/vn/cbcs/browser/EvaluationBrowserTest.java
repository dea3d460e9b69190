package vn.cbcs.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.reports.CvReadBack;
import vn.cbcs.security.Visibility;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserTest;
import vn.cbcs.support.Chromium;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * The annual evaluation on the pages (issue 13): a cadre opens and fills in their self-assessment
 * from "/me", the commune's officer records the comments, the meeting and the proposal, the
 * commune's head sees the HTXSNV cap of the unit before deciding, is refused beyond it with the
 * numbers and the rule, and decides; the rating is then final on the person's page and in the CV.
 * Test data: Phường Tân Giang (01288, Cao Bằng), used by no other test; evaluation year 2026.
 */
@IntegrationTest
@Tag("browser")
class EvaluationBrowserTest extends BrowserTest {

  static final String TAN_GIANG = "01288";

  @Autowired Visibility visibility;

  @Test
  void aCadreIsRatedFromSelfAssessmentToDecisionOnThePages() {
    ObjectNode p = person("Nông Thị Tự Đánh Giá", true, 1989);
    p.set(
        "assignments",
        array(assignment(TAN_GIANG, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    Api.Response created = Api.admin(port).post("/api/people", p);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    String cadre = TestUsers.create(port, "cbtg", "CADRE", TAN_GIANG);
    assertThat(visibility.linkPerson(cadre, id)).isTrue();
    String officer = TestUsers.create(port, "xatg", "COMMUNE_OFFICER", TAN_GIANG);
    String head = TestUsers.create(port, "cttg", "COMMUNE_HEAD", TAN_GIANG);

    driver = Chromium.start(1366, 900);
    // the cadre: from their own page to their evaluation, opened and self-assessed
    signIn(cadre, TestUsers.PASSWORD);
    driver.get(url("/me"));
    click(driver.findElement(By.cssSelector("[data-testid=me-evaluations]")));
    WebElement open = waitFor("[data-testid=form-open]");
    click(open.findElement(By.xpath("ancestor::details/summary")));
    open.findElement(By.name("year")).sendKeys("2026");
    submit(open);
    assertThat(waitFor("[data-testid=evaluation-flash]").getText())
        .isEqualTo("Đã mở phiếu đánh giá.");
    WebElement self = waitFor("[data-testid=form-self-assessment]");
    // a mistake first: the points out of range come back with the reason and the values typed
    self.findElement(By.name("generalPoints")).sendKeys("45");
    self.findElement(By.name("taskPoints")).sendKeys("56");
    new Select(self.findElement(By.name("level"))).selectByValue("HTTNV");
    self.findElement(By.name("on")).sendKeys("20/11/2026");
    self.findElement(By.name("text"))
        .sendKeys("Hoàn thành các nhiệm vụ được giao, tham mưu tốt công tác văn phòng.");
    submit(self);
    assertThat(waitFor("[data-testid=form-errors]").getText())
        .contains("Điểm tiêu chí chung", "45", "0–30");
    self = driver.findElement(By.cssSelector("[data-testid=form-self-assessment]"));
    assertThat(self.findElement(By.name("taskPoints")).getAttribute("value")).isEqualTo("56");
    assertThat(self.findElement(By.name("text")).getAttribute("value"))
        .startsWith("Hoàn thành các nhiệm vụ");
    self.findElement(By.name("generalPoints")).clear();
    self.findElement(By.name("generalPoints")).sendKeys("27");
    submit(self);
    assertThat(waitFor("[data-testid=evaluation-flash]").getText())
        .isEqualTo("Đã lưu bản tự đánh giá.");
    assertThat(driver.findElement(By.cssSelector("[data-testid=evaluation-status]")).getText())
        .isEqualTo("Đã tự đánh giá");
    // the cadre records no meeting and decides nothing
    assertThat(driver.findElements(By.cssSelector("[data-testid=form-meeting]"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("[data-testid=form-decision]"))).isEmpty();
    Chromium.screenshot(driver, "60-evaluation-self-assessed");

    // the officer: the meeting and the proposal
    switchTo(officer);
    driver.get(url("/people/" + id + "/evaluations"));
    WebElement meeting = waitFor("[data-testid=form-meeting]");
    meeting.findElement(By.name("on")).sendKeys("25/11/2026");
    meeting.findElement(By.name("votesHttnv")).sendKeys("9");
    meeting.findElement(By.name("votesHtnv")).sendKeys("1");
    meeting.findElement(By.name("minutes")).sendKeys("Biên bản họp đánh giá cuối năm 2026.");
    submit(meeting);
    assertThat(waitFor("[data-testid=evaluation-flash]").getText())
        .isEqualTo("Đã lưu biên bản họp.");
    WebElement proposal = waitFor("[data-testid=form-proposal]");
    new Select(proposal.findElement(By.name("level"))).selectByValue("HTTNV");
    proposal.findElement(By.name("points")).sendKeys("83");
    proposal.findElement(By.name("on")).sendKeys("26/11/2026");
    submit(proposal);
    assertThat(waitFor("[data-testid=evaluation-flash]").getText())
        .isEqualTo("Đã gửi đề xuất mức xếp loại.");
    assertThat(driver.findElements(By.cssSelector("[data-testid=form-decision]"))).isEmpty();

    // the head: the unit's cap before deciding; beyond it, refused with the numbers and the rule
    switchTo(head);
    driver.get(url("/evaluations?unit=" + TAN_GIANG + "&year=2026"));
    WebElement list = waitFor("[data-testid=evaluation-list]");
    assertThat(list.getText()).contains("Nông Thị Tự Đánh Giá", "Đã đề xuất");
    click(list.findElement(By.partialLinkText("Nông Thị Tự Đánh Giá")));
    assertThat(waitFor("[data-testid=evaluation-cap]").getText())
        .contains("0 người HTXSNV, 0 người HTTNV", "tối đa 20% số HTTNV, tức 0 người");
    WebElement decision = driver.findElement(By.cssSelector("[data-testid=form-decision]"));
    new Select(decision.findElement(By.name("level"))).selectByValue("HTXSNV");
    decision.findElement(By.name("number")).sendKeys("215/QĐ-UBND");
    decision.findElement(By.name("date")).sendKeys("10/12/2026");
    decision.findElement(By.name("signer")).sendKeys("Chủ tịch UBND phường");
    submit(decision);
    assertThat(waitFor("[data-testid=evaluation-problem]").getText())
        .contains("Vượt tỉ lệ Hoàn thành xuất sắc nhiệm vụ", "1 người HTXSNV", "0 người HTTNV");
    Chromium.screenshot(driver, "61-evaluation-cap-refused");
    decision = driver.findElement(By.cssSelector("[data-testid=form-decision]"));
    assertThat(decision.findElement(By.name("number")).getAttribute("value"))
        .isEqualTo("215/QĐ-UBND");
    new Select(decision.findElement(By.name("level"))).selectByValue("HTTNV");
    submit(decision);
    assertThat(waitFor("[data-testid=evaluation-flash]").getText())
        .isEqualTo("Đã quyết định xếp loại: kết quả là chính thức.");
    WebElement fin = driver.findElement(By.cssSelector("[data-testid=evaluation-final]"));
    assertThat(fin.getText())
        .contains("2026", "Hoàn thành tốt nhiệm vụ", "215/QĐ-UBND", "10/12/2026");
    assertThat(driver.findElements(By.cssSelector("[data-testid=form-decision]"))).isEmpty();
    Chromium.screenshot(driver, "62-evaluation-decided");

    // the CV shows it as item 35.1, as of a day after the decision
    Api.Download cv = Api.admin(port).download("/api/people/" + id + "/cv.pdf?asOf=2026-12-31");
    assertThat(cv.status()).isEqualTo(200);
    assertThat(CvReadBack.between(CvReadBack.pdfText(cv.bytes()), "35.1- Thành tích", "35.2-"))
        .contains("2026", "Hoàn thành tốt nhiệm vụ");
  }

  /** Sends a form and waits for the page that answers it. */
  private void submit(WebElement form) {
    click(form.findElement(By.cssSelector("button[type=submit]")));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(form));
  }

  private WebElement waitFor(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  /** Another user in the same browser: the previous one's cookies are gone. */
  private void switchTo(String username) {
    driver.manage().deleteAllCookies();
    signIn(username, TestUsers.PASSWORD);
  }
}
