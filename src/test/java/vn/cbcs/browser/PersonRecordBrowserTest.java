package vn.cbcs.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserTest;
import vn.cbcs.support.Chromium;
import vn.cbcs.support.IntegrationTest;

/**
 * The person record as an officer uses it: find by a name typed without diacritics, open the
 * record, step back before a transfer, print the CV.
 */
@IntegrationTest
@Tag("browser")
class PersonRecordBrowserTest extends BrowserTest {

  private long personWithATransfer(String name) {
    ObjectNode p = person(name, true, 1986);
    p.set("qualifications", array(qualification("PROFESSIONAL", "DAI_HOC", "2009-06-30")));
    p.set("assignments", array(assignment("02023", "VAN_HOA_XA_HOI", "2016-01-01", "2025-06-30")));
    Api api = Api.admin(port);
    long id = api.post("/api/people", p).json().get("id").asLong();
    ObjectNode transfer = assignment("02026", "VTVL_VHXH_VAN_HOA_THONG_TIN", "2025-07-01", null);
    transfer.put("transfer", true);
    ((ObjectNode) transfer.get("decision")).put("kind", "TRANSFER");
    assertThat(api.post("/api/people/" + id + "/assignments", transfer).status()).isEqualTo(201);
    return id;
  }

  private void setDateAndSubmit(String date) {
    WebElement input =
        driver.findElement(By.cssSelector("[data-testid=as-of-form] input[name=asOf]"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, date);
    driver.findElement(By.cssSelector("[data-testid=as-of-form] button[type=submit]")).click();
    // the page of the new date, not the one before it
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("asOf=" + date));
  }

  @Test
  void findOpenStepBackBeforeTheTransferAndPrintTheCv() {
    String unique = "Xuyến" + (char) ('a' + (int) (System.nanoTime() % 26)) + "ng";
    String name = "Lương Thị Hường " + unique;
    long id = personWithATransfer(name);
    driver = Chromium.start(1366, 768);
    signIn();
    navigate("people");
    driver
        .findElement(By.id("q"))
        .sendKeys("luong thi huong " + unique.toLowerCase().replace("ế", "e"));
    click(driver.findElement(By.cssSelector("[data-testid=people-filters] button[type=submit]")));
    // the list before the search has the same table: wait for the page of the search
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q="));
    WebElement table = driver.findElement(By.cssSelector("[data-testid=people-table]"));
    assertThat(table.getText()).contains(name);
    Chromium.screenshot(driver, "10-people-search");
    // the filters (with the unit picker) push the table below the fold at 768 px: scroll to it
    click(table.findElement(By.partialLinkText("Lương Thị Hường")));

    assertThat(driver.findElement(By.cssSelector("[data-testid=person-name]")).getText())
        .startsWith(name);
    assertThat(driver.findElement(By.cssSelector("[data-testid=current-post]")).getText())
        .contains("Xã Nam Cường");
    Chromium.screenshot(driver, "11-person-today");

    setDateAndSubmit("2020-01-01");
    assertThat(driver.getCurrentUrl()).contains("asOf=2020-01-01");
    assertThat(driver.findElement(By.cssSelector("[data-testid=current-post]")).getText())
        .contains("Xã Xuân Lạc")
        .contains("Huyện Chợ Đồn");
    Chromium.screenshot(driver, "12-person-2020");

    WebElement cv = driver.findElement(By.cssSelector("[data-testid=cv-pdf]"));
    assertThat(cv.getAttribute("href")).endsWith("/people/" + id + "/cv.pdf?asOf=2020-01-01");
    Object contentType =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                    + ".catch(e => done('error ' + e));",
                cv.getAttribute("href"));
    assertThat(String.valueOf(contentType)).isEqualTo("200 application/pdf");
  }
}
