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
import vn.cbcs.security.Visibility;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserTest;
import vn.cbcs.support.Chromium;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * Two more days of issue 17's "Must show": the cadre asks for a correction of their record and
 * their commune's officer, from the start page's work list, accepts it into the record (the
 * requested value carried into the form); the commune head reads the commune's records, masked and
 * read-only. Test data: Xã Lũng Nặm (01393, Cao Bằng); no other test.
 */
@IntegrationTest
@Tag("browser")
class CadreAndHeadDayBrowserTest extends BrowserTest {

  static final String LUNG_NAM = "01393";

  @Autowired Visibility visibility;

  private WebDriverWait waitUp() {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  private WebElement waitFor(String css) {
    return waitUp().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  private long holder(String name) {
    ObjectNode p = person(name, true, 1989);
    p.put("phone", "0912 111 222");
    p.set("assignments", array(assignment(LUNG_NAM, "VTVL_VHXH_Y_TE", "2025-07-01", null)));
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private void signOut() {
    driver.manage().deleteAllCookies();
  }

  @Test
  void theCadreAsksAndTheOfficerAcceptsTheCorrectionIntoTheRecord() {
    String name = "Triệu Thị Đổi Số " + (char) ('a' + (int) (System.nanoTime() % 26));
    long id = holder(name);
    String cadre = TestUsers.create(port, "cbln", "CADRE", LUNG_NAM);
    assertThat(visibility.linkPerson(cadre, id)).isTrue();
    String officer = TestUsers.create(port, "xaln", "COMMUNE_OFFICER", LUNG_NAM);

    driver = Chromium.start(1366, 900);
    signIn(cadre, TestUsers.PASSWORD);
    driver.get(url("/me?lang=vi"));
    WebElement form = waitFor("[data-testid=correction-form]");
    new Select(form.findElement(By.id("c-field"))).selectByValue("phone");
    form.findElement(By.id("c-value")).sendKeys("0987 654 321");
    form.findElement(By.id("c-reason")).sendKeys("Đã đổi số điện thoại từ tháng 11");
    click(form.findElement(By.cssSelector("button[type=submit]")));
    WebElement asked = waitFor("[data-testid=correction-list]");
    assertThat(asked.getText()).contains("0987 654 321").contains("đang chờ xem xét");
    Chromium.screenshot(driver, "day-cadre-1-asked");

    // the officer: the request is on the start page's work list
    signOut();
    signIn(officer, TestUsers.PASSWORD);
    driver.get(url("/?lang=vi"));
    WebElement work = waitFor("[data-testid=work-list]");
    WebElement item =
        work.findElement(
            By.cssSelector("[data-testid=work-item][data-kind='selfservice.correction']"));
    assertThat(item.getText()).contains("Điện thoại").contains("0987 654 321").contains(name);
    Chromium.screenshot(driver, "day-cadre-2-officer-work-list");
    click(item.findElement(By.tagName("a")));
    WebElement pending = waitFor("[data-testid=pending-corrections]");
    assertThat(pending.getText()).contains(name);
    click(pending.findElement(By.cssSelector("button[name=accept][value=true]")));

    // the form opens with the requested value in place and the request beside it
    WebElement request = waitFor("[data-testid=correction-request]");
    assertThat(request.findElement(By.cssSelector("[data-testid=correction-proposed]")).getText())
        .isEqualTo("0987 654 321");
    assertThat(driver.findElement(By.name("phone")).getAttribute("value"))
        .isEqualTo("0987 654 321");
    Chromium.screenshot(driver, "day-cadre-3-form-with-request");
    click(driver.findElement(By.cssSelector("[data-testid=person-save]")));
    waitUp().until(ExpectedConditions.urlMatches("/people/" + id + "(\\?.*)?$"));
    assertThat(driver.findElement(By.cssSelector("[data-testid=field-phone]")).getText())
        .isEqualTo("0987 654 321");

    // the cadre sees the request answered
    signOut();
    signIn(cadre, TestUsers.PASSWORD);
    driver.get(url("/me?lang=vi"));
    assertThat(waitFor("[data-testid=correction-list]").getText()).contains("đã chấp nhận");
    Chromium.screenshot(driver, "day-cadre-4-accepted");
  }

  @Test
  void theCommuneHeadReadsTheCommuneMaskedAndChangesNothing() {
    String name = "Lục Văn Chỉ Đọc " + (char) ('a' + (int) (System.nanoTime() % 26));
    long id = holder(name);
    String head = TestUsers.create(port, "ctln", "COMMUNE_HEAD", LUNG_NAM);

    driver = Chromium.start(1366, 900);
    signIn(head, TestUsers.PASSWORD);
    driver.get(url("/?lang=vi"));
    assertThat(driver.findElements(By.cssSelector("[data-testid=nav-imports]")))
        .as("no Excel import in the head's menu")
        .isEmpty();
    navigate("people");
    WebElement table = waitFor("[data-testid=people-table]");
    assertThat(table.getText()).contains(name);
    Chromium.screenshot(driver, "day-head-1-commune-list");
    click(table.findElement(By.partialLinkText("Lục Văn Chỉ Đọc")));
    waitUp().until(ExpectedConditions.urlContains("/people/" + id));
    assertThat(waitFor("[data-testid=sensitive-masked]").getText()).isNotBlank();
    for (String form :
        new String[] {"photo-form", "family-form", "attachment-form", "post-form", "person-edit"}) {
      assertThat(driver.findElements(By.cssSelector("[data-testid=" + form + "]")))
          .as("no %s for a reader", form)
          .isEmpty();
    }
    assertThat(driver.findElements(By.cssSelector("a[href='/people/" + id + "/edit']"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("[data-lazy-form]")))
        .as("no form to load for a reader")
        .isEmpty();
    Chromium.screenshot(driver, "day-head-2-record-masked");
  }
}
