package vn.cbcs.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserTest;
import vn.cbcs.support.Chromium;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * A commune officer works on an approved plan in the browser: is refused a candidate with the rule
 * (đối tượng 1 without the post's political-theory level), adds one, runs the year's review and
 * accepts the proposed addition with a reason. Xã Má Lé (00718, Hà Giang, until 30-6-2025), shared
 * with {@code PlanningBenchTest} (only staff and a youth-union secretary here: posts that test does
 * not look at).
 */
@IntegrationTest
@Tag("browser")
class PlanningBrowserTest extends BrowserTest {

  static final String UNIT = "00718";

  private long create(String name, int born, String post) {
    ObjectNode p = person(name + " " + System.nanoTime() % 100_000, false, born);
    p.set("assignments", array(assignment(UNIT, post, "2021-07-01", "2025-06-30")));
    var r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private void candidate(long person, String post, String target) {
    driver.findElement(By.id("c-person")).clear();
    driver.findElement(By.id("c-person")).sendKeys(String.valueOf(person));
    driver.findElement(By.id("c-post")).clear();
    driver.findElement(By.id("c-post")).sendKeys(post);
    new Select(driver.findElement(By.id("c-target"))).selectByValue(target);
    driver.findElement(By.id("c-added")).clear();
    driver.findElement(By.id("c-added")).sendKeys("01/06/2024");
    click(driver.findElement(By.cssSelector("[data-testid=candidate-form] button[type=submit]")));
  }

  @Test
  void anOfficerIsRefusedACandidateAddsOneAndReviewsThePlan() {
    long staff = create("Sùng Văn Nguồn", 1992, "VAN_HOA_XA_HOI");
    long youth = create("Sùng Văn Đoàn", 1990, "BI_THU_DOAN_XA");
    var q =
        Api.admin(port)
            .post(
                "/api/people/" + youth + "/qualifications",
                qualification("POLITICAL_THEORY", "TRUNG_CAP", "2018-06-30"));
    assertThat(q.status()).as(q.body()).isEqualTo(201);
    var plan =
        Api.admin(port)
            .post(
                "/api/plans",
                Map.of(
                    "unitCode",
                    UNIT,
                    "bodyKind",
                    "PEOPLES_COUNCIL",
                    "termFrom",
                    2021,
                    "planDate",
                    "2024-06-01",
                    "referenceDate",
                    "2021-03-01",
                    "approval",
                    Map.of(
                        "decisionNumber",
                        "21-QĐ/ĐU",
                        "decisionDate",
                        "2024-06-01",
                        "decisionSigner",
                        "Bí thư Đảng ủy xã")));
    assertThat(plan.status()).as(plan.body()).isEqualTo(201);
    long id = plan.json().get("id").asLong();
    String user = TestUsers.create(port, "qhbrowser", "COMMUNE_OFFICER", UNIT);

    driver = Chromium.start(1366, 900);
    signIn(user, TestUsers.PASSWORD);
    driver.get(url("/plans/" + id));
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("[data-testid=candidate-form]")));

    // đối tượng 1 without the level the post requires: refused with the rule
    candidate(staff, "PHO_CHU_TICH_HDND_XA", "1");
    WebElement errors =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid=candidate-errors]")));
    assertThat(errors.getText()).contains("Đối tượng 1 phải có trình độ lý luận chính trị");
    Chromium.screenshot(driver, "60-plan-candidate-refused");

    // as đối tượng 2: accepted, a training plan due
    candidate(staff, "PHO_CHU_TICH_HDND_XA", "2");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã bổ sung"));
    assertThat(driver.findElement(By.cssSelector("[data-testid=plan-candidates]")).getText())
        .contains("Sùng Văn Nguồn", "PHO_CHU_TICH_HDND_XA");

    // the year's review: the youth secretary, one level below and eligible, is proposed
    driver.findElement(By.id("r-year")).sendKeys("2024");
    driver.findElement(By.id("r-date")).sendKeys("30/06/2024");
    click(driver.findElement(By.cssSelector("[data-testid=review-form] button[type=submit]")));
    WebElement proposals =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid=review-proposals]")));
    assertThat(proposals.getText()).contains("Bổ sung vào quy hoạch", "Sùng Văn Đoàn");
    Chromium.screenshot(driver, "61-plan-review-proposals");
    driver
        .findElement(By.cssSelector("[data-testid=decision-form] input[name=reason]"))
        .sendKeys("Đủ tiêu chuẩn, bổ sung đối tượng 1");
    click(driver.findElement(By.cssSelector("[data-testid=decision-form] button[value=true]")));
    WebElement decision =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=decision]")));
    assertThat(decision.getText()).isEqualTo("Chấp thuận");
    assertThat(Api.admin(port).get("/api/plans/" + id).body()).contains("\"personId\":" + youth);
  }
}
