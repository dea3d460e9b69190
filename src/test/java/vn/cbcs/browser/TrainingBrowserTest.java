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
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserTest;
import vn.cbcs.support.Chromium;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * Training on the pages (issue 15): the commune's officer sees a civil servant short of the year's
 * 40 periods on the needs page (NĐ 171/2025 Điều 16 khoản 3), records a week of job-position
 * fostering, enrols the person, records the completion, and the need is gone. Hồng Thái (02260).
 */
@IntegrationTest
@Tag("browser")
class TrainingBrowserTest extends BrowserTest {

  static final String HONG_THAI = "02260";

  private WebElement waitFor(String testId) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid=" + testId + "]")));
  }

  @Test
  void fromTheNeedToACompletedCourse() {
    String name = "Hà Thị Bồi Dưỡng Trình Duyệt " + (System.nanoTime() % 100000);
    ObjectNode p = person(name, true, 1990);
    p.set(
        "assignments",
        array(assignment(HONG_THAI, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    Api.Response created = Api.admin(port).post("/api/people", p);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    String officer = TestUsers.create(port, "xaht", "COMMUNE_OFFICER", HONG_THAI);

    driver = Chromium.start(1366, 900);
    signIn(officer, TestUsers.PASSWORD);
    String year = "2026";
    driver.get(url("/training/needs?unit=" + HONG_THAI + "&asOf=" + year + "-11-30"));
    WebElement needs = waitFor("training-needs");
    WebElement row =
        needs.findElement(
            By.xpath(".//tr[@data-kind='JOB_POSITION_PERIODS'][.//a[@href='/people/" + id + "']]"));
    assertThat(row.getText()).contains("Thiếu 40 tiết");
    // in the fourth quarter the people with none are counted and listed
    assertThat(waitFor("training-no-periods").getText()).contains("quý IV");

    click(waitFor("training-to-courses"));
    WebElement form = waitFor("form-course");
    form.findElement(By.name("name")).sendKeys("Bồi dưỡng nghiệp vụ văn phòng (trình duyệt)");
    new Select(form.findElement(By.name("kind"))).selectByValue("JOB_POSITION");
    form.findElement(By.name("provider")).sendKeys("Sở Nội vụ tỉnh");
    form.findElement(By.name("startsOn")).sendKeys("02/11/" + year);
    form.findElement(By.name("endsOn")).sendKeys("06/11/" + year);
    form.findElement(By.name("periods")).sendKeys("40");
    new Select(form.findElement(By.name("funding"))).selectByValue("UNIT");
    click(form.findElement(By.cssSelector("button[type=submit]")));
    assertThat(waitFor("course-name").getText())
        .isEqualTo("Bồi dưỡng nghiệp vụ văn phòng (trình duyệt)");

    WebElement enrol = waitFor("form-enrol");
    enrol.findElement(By.name("personId")).sendKeys(String.valueOf(id));
    click(enrol.findElement(By.cssSelector("button[type=submit]")));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(enrol));
    assertThat(waitFor("training-flash").getText()).isEqualTo("Đã cử người đi học.");

    WebElement result =
        waitFor("training-enrolments")
            .findElement(By.cssSelector("form[data-testid^=form-result-]"));
    new Select(result.findElement(By.name("status"))).selectByValue("COMPLETED");
    result.findElement(By.name("certificateNumber")).sendKeys("BD-VP-2026-01");
    result.findElement(By.name("certificateDate")).sendKeys("07/11/" + year);
    click(result.findElement(By.cssSelector("button[type=submit]")));
    // the enrolment's flash is still on the page until the answer replaces it
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(result));
    assertThat(waitFor("training-flash").getText()).startsWith("Đã ghi kết quả");

    driver.get(url("/training/needs?unit=" + HONG_THAI + "&asOf=" + year + "-11-30"));
    assertThat(
            waitFor("training-needs")
                .findElements(
                    By.xpath(
                        ".//tr[@data-kind='JOB_POSITION_PERIODS'][.//a[@href='/people/"
                            + id
                            + "']]")))
        .isEmpty();
    assertThat(
            Api.admin(port)
                .get("/api/people/" + id + "/training")
                .json()
                .get(0)
                .get("status")
                .asString())
        .isEqualTo("COMPLETED");
  }
}
