package vn.cbcs.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * A commune personnel officer's day (issue 17, "Must show"): find a cadre by a name typed without
 * diacritics, add a family member, attach the scanned decision, export the commune's list — each
 * step read back. Test data: Xã Thông Nông (01363, Cao Bằng); no other test.
 */
@IntegrationTest
@Tag("browser")
class OfficerDayBrowserTest extends BrowserTest {

  static final String THONG_NONG = "01363";

  private WebDriverWait waitUp() {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  @Test
  void findAddAFamilyMemberAttachTheDecisionAndExportTheCommune() throws Exception {
    String unique = "Quyên" + (char) ('a' + (int) (System.nanoTime() % 26));
    String name = "Sầm Thị " + unique;
    ObjectNode p = person(name, true, 1990);
    p.set("assignments", array(assignment(THONG_NONG, "VTVL_VHXH_Y_TE", "2025-07-01", null)));
    Api.Response created = Api.admin(port).post("/api/people", p);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    String officer = TestUsers.create(port, "cbtn", "COMMUNE_OFFICER", THONG_NONG);

    driver = Chromium.start(1366, 900);
    signIn(officer, TestUsers.PASSWORD);
    driver.get(url("/?lang=vi"));

    // find: the name typed without diacritics
    navigate("people");
    driver.findElement(By.id("q")).sendKeys("sam thi " + unique.toLowerCase().replace("ê", "e"));
    click(driver.findElement(By.cssSelector("[data-testid=people-filters] button[type=submit]")));
    waitUp().until(ExpectedConditions.urlContains("q="));
    WebElement table = driver.findElement(By.cssSelector("[data-testid=people-table]"));
    assertThat(table.getText()).contains(name);
    Chromium.screenshot(driver, "day-officer-1-found");
    click(table.findElement(By.partialLinkText("Sầm Thị")));
    waitUp().until(ExpectedConditions.urlContains("/people/" + id));

    // a family member through the page's form
    WebElement family = openPersonForm("family");
    new Select(driver.findElement(By.id("family-relation"))).selectByValue("CON");
    driver.findElement(By.id("family-fullName")).sendKeys("Lục Minh An");
    driver.findElement(By.id("family-birthYear")).sendKeys("2015");
    click(family.findElement(By.cssSelector("button[type=submit]")));
    waitUp()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=family]"), "Lục Minh An"));
    Chromium.screenshot(driver, "day-officer-2-family");

    // the scanned decision: refused without a title (what was typed stays), then saved
    Path scan = Files.createTempFile("qd-tuyen-dung-", ".pdf");
    Files.write(
        scan,
        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII));
    WebElement form = openPersonForm("attachment");
    new Select(driver.findElement(By.id("attachment-kind"))).selectByValue("DECISION");
    driver.findElement(By.id("attachment-number")).sendKeys("152/QĐ-UBND");
    driver.findElement(By.id("attachment-date")).sendKeys("30/06/2025");
    driver.findElement(By.id("attachment-file")).sendKeys(scan.toAbsolutePath().toString());
    click(form.findElement(By.cssSelector("[data-testid=attachment-submit]")));
    WebElement titleError =
        waitUp()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=error-title]")));
    assertThat(titleError.getText()).isEqualTo("Cần nhập tên tài liệu.");
    assertThat(driver.findElement(By.id("attachment-number")).getAttribute("value"))
        .isEqualTo("152/QĐ-UBND");
    assertThat(driver.findElement(By.cssSelector("[data-testid=error-file]")).getText())
        .contains("chọn lại tệp");
    Chromium.screenshot(driver, "day-officer-3-attachment-refused");
    driver.findElement(By.id("attachment-title")).sendKeys("Quyết định tuyển dụng công chức");
    driver.findElement(By.id("attachment-file")).sendKeys(scan.toAbsolutePath().toString());
    click(
        driver.findElement(
            By.cssSelector("[data-testid=attachment-form] [data-testid=attachment-submit]")));
    WebElement list =
        waitUp()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=attachments]")));
    waitUp()
        .until(
            ExpectedConditions.textToBePresentInElement(list, "Quyết định tuyển dụng công chức"));
    assertThat(list.getText()).contains("152/QĐ-UBND").contains("30/06/2025");
    WebElement open = list.findElement(By.cssSelector("a[data-testid^=attachment-open-]"));
    assertThat(fetch(open.getAttribute("href"))).startsWith("200 application/pdf ");
    Chromium.screenshot(driver, "day-officer-4-attachment");

    // the commune's list, exported: the workbook holds the cadre
    driver.get(url("/people?unit=" + THONG_NONG + "&lang=vi"));
    String href =
        driver.findElement(By.cssSelector("[data-testid=people-export]")).getAttribute("href");
    assertThat(href).contains("/people/export.xlsx?").contains("unit=" + THONG_NONG);
    byte[] xlsx = fetchBytes(href);
    List<String> cells = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      try (var rows = wb.getFirstSheet().openStream()) {
        rows.forEach(
            (Row r) -> r.forEach(c -> cells.add(c == null ? "" : String.valueOf(c.getText()))));
      }
    }
    assertThat(cells).contains(name);
    Chromium.screenshot(driver, "day-officer-5-commune-list");
  }

  /** Status, content type and size of a GET made by the page (with its session). */
  private String fetch(String href) {
    return String.valueOf(
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b =>"
                    + " done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength)))"
                    + ".catch(e => done('error ' + e));",
                href));
  }

  /** The body of a GET made by the page (with its session), as bytes. */
  private byte[] fetchBytes(String href) {
    Object b64 =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.blob()).then(b => {"
                    + " const f = new FileReader();"
                    + " f.onload = () => done(f.result.substring(f.result.indexOf(',') + 1));"
                    + " f.readAsDataURL(b); }).catch(e => done('error ' + e));",
                href);
    return Base64.getDecoder().decode(String.valueOf(b64));
  }
}
