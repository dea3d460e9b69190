package vn.cbcs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserTest;
import vn.cbcs.support.Chromium;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;

/**
 * A commune's file as an officer sends it: upload, read the report of the rows refused, download
 * them as Excel, fix, send again, and write to the records.
 */
@IntegrationTest
@Tag("browser")
class ImportBrowserTest extends BrowserTest {

  private static final List<String> HEADERS =
      List.of(
          "STT", "Số định danh cá nhân (CCCD)", "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc");

  private static Path file(List<String[]> rows) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet("Cán bộ");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        header.createCell(i).setCellValue(HEADERS.get(i));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int i = 0; i < rows.get(r).length; i++) {
          row.createCell(i).setCellValue(rows.get(r)[i]);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      Path p = Files.createTempFile("cbcs-import-", ".xlsx");
      Files.write(p, out.toByteArray());
      return p;
    }
  }

  private void upload(Path file) {
    navigate("imports");
    Chromium.screenshot(driver, "29-imports");
    driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    click(driver.findElement(By.cssSelector("[data-testid=upload-submit]")));
    waitFor("[data-testid=counts]");
  }

  private void waitFor(String css) {
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  private String text(String testId) {
    return driver.findElement(By.cssSelector("[data-testid=" + testId + "]")).getText();
  }

  @Test
  void uploadReadTheReportDownloadTheErrorsFixResendAndCommit() throws Exception {
    String tag = "Nhapthu" + (char) ('a' + (int) (System.nanoTime() % 26));
    String a = PersonJsonMother.personalId(true, 1987);
    String b = PersonJsonMother.personalId(false, 1983);
    String c = PersonJsonMother.personalId(false, 1990);
    String[] good1 = {"1", a, "Đàm Thị " + tag, "Nữ", "02/03/1987", "Tày"};
    String[] good2 = {"2", b, "Đàm Văn " + tag, "Nam", "04/05/1983", "Nùng"};
    String[] bad = {"3", c, "Đàm Văn Lỗi " + tag, "Nam", "31/02/1990", "Kinh"};
    driver = Chromium.start(1366, 900);
    signIn();
    upload(file(List.of(good1, good2, bad)));
    assertThat(text("count-NEW")).isEqualTo("2");
    assertThat(text("count-REJECTED")).isEqualTo("1");
    assertThat(text("rows")).contains("Ngày sinh", "31/02/1990", "E4");
    assertThat(text("dry-run-note")).contains("chưa có gì được ghi");
    Chromium.screenshot(driver, "30-import-report");

    String href =
        driver.findElement(By.cssSelector("[data-testid=errors-download]")).getAttribute("href");
    Object answer =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                    + ".catch(e => done('error ' + e));",
                href);
    assertThat(String.valueOf(answer))
        .isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    bad[4] = "28/02/1990";
    upload(file(List.of(good1, good2, bad)));
    assertThat(text("count-NEW")).isEqualTo("3");
    assertThat(text("count-REJECTED")).isEqualTo("0");
    click(driver.findElement(By.cssSelector("[data-testid=commit]")));
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=status]"), "Đã ghi vào hồ sơ"));
    waitFor("[data-testid=counts]");
    Chromium.screenshot(driver, "31-import-committed");
    Api api = Api.admin(port);
    for (String pid : List.of(a, b, c)) {
      assertThat(api.get("/api/people?q=" + pid).json().get("total").asLong()).as(pid).isEqualTo(1);
    }
    assertThat(text("rows")).contains("Đàm Văn Lỗi " + tag);
  }
}
