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
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserTest;
import vn.cbcs.support.Chromium;
import vn.cbcs.support.IntegrationTest;

/**
 * An inspector follows a record: opens it and sees who accessed it, goes to the audit log, narrows
 * it to the record, checks the chain.
 */
@IntegrationTest
@Tag("browser")
class AuditBrowserTest extends BrowserTest {

  @Test
  void anInspectorSeesWhoAccessedARecordAndVerifiesTheLog() {
    ObjectNode p = person("Hà Thị Thanh Tra", true, 1984);
    // within the province officer's and the inspector's scope (19), after the demo's years
    p.set(
        "assignments",
        array(assignment("01840", "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    long id = Api.admin(port).post("/api/people", p).json().get("id").asLong();
    assertThat(new Api(port, "tinh", "demo-cbcs-2025").get("/api/people/" + id).status())
        .isEqualTo(200);

    driver = Chromium.start(1366, 900);
    signIn("thanhtra", "demo-cbcs-2025");
    driver.get(url("/people/" + id));
    WebElement accesses =
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-testid=person-accesses]")));
    assertThat(accesses.getText())
        .as("the officer's read and the inspector's own")
        .contains("tinh", "thanhtra", "Xem hồ sơ", "admin", "Thêm");
    Chromium.screenshot(driver, "40-person-access-history");

    navigate("audit");
    driver.findElement(By.id("person")).sendKeys(String.valueOf(id));
    click(driver.findElement(By.cssSelector("[data-testid=audit-filter-submit]")));
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("person=" + id));
    WebElement table = driver.findElement(By.cssSelector("[data-testid=audit-table]"));
    assertThat(table.getText())
        .contains(
            "Hồ sơ cán bộ, công chức #" + id,
            "Họ và tên: Hà Thị Thanh Tra",
            "VTVL_VP_HANH_CHINH_TONG_HOP",
            "01/QĐ-UBND");
    assertThat(table.findElements(By.cssSelector("[data-testid=audit-row]")))
        .allSatisfy(r -> assertThat(r.getText()).contains("Hồ sơ số " + id));
    Chromium.screenshot(driver, "41-audit-log-of-a-record");

    click(driver.findElement(By.cssSelector("[data-testid=verify]")));
    WebElement result = driver.findElement(By.cssSelector("[data-testid=verify-result]"));
    assertThat(result.getText()).contains("Nhật ký toàn vẹn");
    assertThat(driver.findElement(By.cssSelector("[data-testid=head]")).getText())
        .matches("\\d+ · [0-9a-f]{64}");
    Chromium.screenshot(driver, "42-audit-verified");
  }

  @Test
  void aPersonnelOfficerHasNoAuditMenuNorAccessHistory() {
    ObjectNode p = person("Lò Thị Không Xem", true, 1991);
    p.set(
        "assignments",
        array(assignment("01840", "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    long id = Api.admin(port).post("/api/people", p).json().get("id").asLong();
    driver = Chromium.start(1366, 900);
    signIn("tinh", "demo-cbcs-2025");
    driver.get(url("/people/" + id));
    assertThat(driver.findElements(By.cssSelector("[data-testid=nav-audit]"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("[data-testid=accesses]"))).isEmpty();
  }
}
