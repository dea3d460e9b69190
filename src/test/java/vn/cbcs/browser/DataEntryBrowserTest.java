package vn.cbcs.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.person;

import java.time.Duration;
import java.util.List;
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
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.TestUsers;

/**
 * Data entry on the person page: a unit chosen by its name typed without diacritics, the posts of
 * the start date, the levels of the chosen track, dates typed dd/mm/yyyy.
 */
@IntegrationTest
@Tag("browser")
class DataEntryBrowserTest extends BrowserTest {

  private WebDriverWait waitUp() {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  private List<String> enabledOptions(String selectId) {
    return driver.findElements(By.cssSelector("#" + selectId + " option")).stream()
        .filter(WebElement::isEnabled)
        .map(o -> o.getAttribute("value"))
        .toList();
  }

  @Test
  void givesAPostInAUnitFoundByNameWithThePostsOfTheStartDate() {
    String name = "Đặng Thị Nhập Liệu " + (char) ('a' + (int) (System.nanoTime() % 26));
    long id =
        Api.admin(port).post("/api/people", person(name, true, 1988)).json().get("id").asLong();
    driver = Chromium.start(1366, 900);
    signIn();
    driver.get(url("/people/" + id + "?lang=vi"));

    // the qualification form: a track offers only its own levels
    openPersonForm("qualification");
    new Select(driver.findElement(By.id("q-track"))).selectByValue("POLITICAL_THEORY");
    assertThat(enabledOptions("q-level"))
        .containsExactly("SO_CAP", "TRUNG_CAP", "CAO_CAP", "CU_NHAN");
    new Select(driver.findElement(By.id("q-track"))).selectByValue("PROFESSIONAL");
    assertThat(enabledOptions("q-level"))
        .contains("SO_CAP", "DAI_HOC", "THAC_SI")
        .doesNotContain("CAO_CAP", "CU_NHAN");

    // the post form: today's posts first, the posts that ended on 30/06/2025 behind the checkbox
    WebElement form = openPersonForm("post");
    assertThat(enabledOptions("post-position"))
        .contains("VTVL_VHXH_VAN_HOA_THONG_TIN")
        .doesNotContain("VAN_HOA_XA_HOI");
    WebElement from = driver.findElement(By.id("post-from"));
    from.sendKeys("01/01/2020");
    assertThat(enabledOptions("post-position"))
        .contains("VAN_HOA_XA_HOI")
        .doesNotContain("VTVL_VHXH_VAN_HOA_THONG_TIN");
    click(driver.findElement(By.id("post-older")));
    assertThat(enabledOptions("post-position"))
        .contains("VAN_HOA_XA_HOI", "VTVL_VHXH_VAN_HOA_THONG_TIN");
    click(driver.findElement(By.id("post-older")));
    from.clear();
    from.sendKeys("01/07/2025");
    assertThat(enabledOptions("post-position"))
        .contains("VTVL_VHXH_VAN_HOA_THONG_TIN")
        .doesNotContain("VAN_HOA_XA_HOI");

    // the unit by its name, typed without diacritics: several "Nam Cường", told apart by parents
    driver.findElement(By.id("post-unit-search")).sendKeys("nam cuong");
    WebElement hit =
        waitUp()
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[data-unit-pick='02026']")));
    assertThat(driver.findElements(By.cssSelector("[data-testid=unit-pick-hits] [data-unit-pick]")))
        .hasSizeGreaterThan(1);
    assertThat(hit.getText()).contains("Xã Nam Cường");
    Chromium.screenshot(driver, "40-unit-picker");
    click(hit);
    assertThat(driver.findElement(By.id("post-unit")).getAttribute("value")).isEqualTo("02026");
    assertThat(driver.findElement(By.id("post-unit-chosen")).getText()).isEqualTo("Xã Nam Cường");
    assertThat(driver.findElements(By.cssSelector("[data-unit-pick]"))).isEmpty();

    new Select(driver.findElement(By.id("post-position")))
        .selectByValue("VTVL_VHXH_VAN_HOA_THONG_TIN");
    driver.findElement(By.id("post-number")).sendKeys("12/QĐ-UBND");
    driver.findElement(By.id("post-date")).sendKeys("25/06/2025");
    driver.findElement(By.id("post-issuer")).sendKeys("UBND xã Nam Cường");
    click(form.findElement(By.cssSelector("button[type=submit]")));

    waitUp().until(ExpectedConditions.urlMatches("/people/" + id + "\\?asOf="));
    String posts = driver.findElement(By.cssSelector("[data-testid=posts]")).getText();
    assertThat(posts).contains("Xã Nam Cường").contains("01/07/2025").contains("12/QĐ-UBND");
    Chromium.screenshot(driver, "41-post-saved");
  }

  @Test
  void filtersThePeopleListByAUnitFoundByName() {
    driver = Chromium.start(1366, 900);
    signIn();
    driver.get(url("/people?lang=vi"));
    driver.findElement(By.id("unit-search")).sendKeys("nam cuong");
    WebElement hit =
        waitUp()
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[data-unit-pick='02026']")));
    click(hit);
    assertThat(driver.findElement(By.id("unit")).getAttribute("value")).isEqualTo("02026");
    WebElement asOf = driver.findElement(By.id("asOf"));
    asOf.clear();
    asOf.sendKeys("31/12/2025");
    click(driver.findElement(By.cssSelector("[data-testid=people-filters] button[type=submit]")));
    waitUp().until(ExpectedConditions.urlContains("unit=02026"));
    assertThat(driver.getCurrentUrl()).doesNotContain("q=nam").contains("asOf=31%2F12%2F2025");
    assertThat(driver.findElement(By.id("asOf")).getAttribute("value")).isEqualTo("31/12/2025");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Xã Nam Cường");
  }

  /**
   * A form that cannot be loaded says so where it would be: the record moved out of the officer's
   * commune after the page was shown, so the form to add to it is refused (403) when opened.
   */
  @Test
  void aFormRefusedWhenOpenedSaysSoInItsPlace() {
    String officer = TestUsers.create(port, "formbr", "COMMUNE_OFFICER", "01840");
    ObjectNode p = person("Đặng Văn Chuyển Đi", false, 1987);
    p.set(
        "assignments",
        PersonJsonMother.array(
            PersonJsonMother.assignment(
                "01840", "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    Api.Response created = Api.admin(port).post("/api/people", p);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    driver = Chromium.start(1366, 900);
    signIn(officer, TestUsers.PASSWORD);
    driver.get(url("/people/" + id + "?lang=vi"));
    assertThat(driver.findElements(By.cssSelector("details[data-lazy-form=family]"))).hasSize(1);

    ObjectNode moved = PersonJsonMother.assignment("01654", "VTVL_VHXH_Y_TE", "2026-01-01", null);
    moved.put("transfer", true);
    Api.Response r = Api.admin(port).post("/api/people/" + id + "/assignments", moved);
    assertThat(r.status()).as(r.body()).isEqualTo(201);

    click(driver.findElement(By.cssSelector("details[data-lazy-form=family] > summary")));
    WebElement alert =
        waitUp()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("details[data-lazy-form=family] [role=alert]")));
    assertThat(alert.getText())
        .isEqualTo("Không tải được biểu mẫu. Hãy tải lại trang rồi thử lại.");
    assertThat(driver.findElements(By.cssSelector("[data-testid=family-form]"))).isEmpty();
  }
}
