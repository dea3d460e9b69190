package vn.cbcs.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.time.Duration;
import java.util.LinkedHashMap;
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
 * Training plans on the pages (issue 15): the commune's officer creates the commune's 2028 plan,
 * puts in it the trung cấp course its chair is enrolled on, and sees the projection of the
 * political-theory indicator if the plan completes (one person more). Commune 01456 of Cao Bằng.
 */
@IntegrationTest
@Tag("browser")
class TrainingPlanBrowserTest extends BrowserTest {

  static final String UNIT = "01456";

  private WebElement waitFor(String testId) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid=" + testId + "]")));
  }

  @Test
  void createAPlanAddACourseSeeTheProjection() {
    Api admin = Api.admin(port);
    ObjectNode p = person("Bế Thị Kế Hoạch " + (System.nanoTime() % 100000), true, 1985);
    p.set("assignments", array(assignment(UNIT, "CHU_TICH_UBND", "2025-07-01", null)));
    p.set("qualifications", array(qualification("PROFESSIONAL", "DAI_HOC", "2008-06-30")));
    Api.Response created = admin.post("/api/people", p);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long chair = created.json().get("id").asLong();
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("kind", "POLITICAL_THEORY");
    c.put("name", "Trung cấp lý luận chính trị 2028 (trình duyệt)");
    c.put("track", "POLITICAL_THEORY");
    c.put("level", "TRUNG_CAP");
    c.put("provider", "Trường Chính trị Hoàng Đình Giong");
    c.put("unitCode", UNIT);
    c.put("startsOn", "2028-03-01");
    c.put("endsOn", "2028-11-30");
    c.put("periods", 800);
    c.put("funding", "STATE_BUDGET");
    Api.Response course = admin.post("/api/training/courses", c);
    assertThat(course.status()).as(course.body()).isEqualTo(201);
    long courseId = course.json().get("id").asLong();
    Api.Response enrolled =
        admin.post(
            "/api/training/courses/" + courseId + "/enrolments",
            Map.of("personId", String.valueOf(chair)));
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    String officer = TestUsers.create(port, "xakh", "COMMUNE_OFFICER", UNIT);

    driver = Chromium.start(1366, 900);
    signIn(officer, TestUsers.PASSWORD);
    driver.get(url("/training/plans?unit=" + UNIT));
    WebElement form = waitFor("form-plan");
    form.findElement(By.name("title"))
        .sendKeys("Kế hoạch đào tạo, bồi dưỡng năm 2028 (trình duyệt)");
    WebElement year = form.findElement(By.name("year"));
    year.clear();
    year.sendKeys("2028");
    click(form.findElement(By.cssSelector("button[type=submit]")));
    assertThat(waitFor("plan-title").getText())
        .isEqualTo("Kế hoạch đào tạo, bồi dưỡng năm 2028 (trình duyệt)");

    WebElement add = waitFor("form-plan-course");
    new Select(add.findElement(By.name("courseId"))).selectByValue(String.valueOf(courseId));
    click(add.findElement(By.cssSelector("button[type=submit]")));
    // the plan's own flash is still on the page until the answer replaces it
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(add));
    assertThat(waitFor("training-flash").isDisplayed()).isTrue();
    assertThat(waitFor("plan-courses").getText())
        .contains("Trung cấp lý luận chính trị 2028 (trình duyệt)");

    // the chair would enter the indicator of trung cấp political theory or higher: 0/1 → 1/1
    WebElement line = waitFor("projection-LLCT_TRUNG_CAP_PLUS");
    assertThat(line.getText()).contains("(0/1)").contains("(1/1; +1)");
  }
}
