package vn.cbcs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * A province officer fills a post by a round, start to end, on the pages (issue 16): from the
 * post's row in the commune's openings opens a round for it, imports the applications from an Excel
 * file (the round's template, filled), enters the scores, reads the ranking, records the decision
 * and finds the new civil servant in the commune's list with the post by that decision. Xã Đoài
 * Dương (01525, Cao Bằng, province 04).
 */
@IntegrationTest
@Tag("browser")
class RecruitmentImportBrowserTest extends BrowserTest {

  static final String XA = "01525";
  static final String POST = "VTVL_VP_KE_TOAN";

  @Test
  void openFromAVacancyImportApplicationsScoreDecideAndSeeTheNewCadre() throws Exception {
    // the post has a holder, so it is a row of the openings
    ObjectNode holder = PersonJsonMother.person("Lục Văn Giữ", false, 1966);
    ObjectNode a = PersonJsonMother.assignment(XA, POST, "2025-07-01", null);
    ((ObjectNode) a.get("decision")).put("kind", "RECRUITMENT");
    holder.set("assignments", PersonJsonMother.array(a));
    Api.Response created = Api.admin(port).post("/api/people", holder);
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    String officer = TestUsers.create(port, "tdnx", "PROVINCE_OFFICER", "04");
    driver = Chromium.start(1366, 900);
    signIn(officer, TestUsers.PASSWORD);
    driver.get(url("/recruitment?unit=" + XA + "&asOf=01/03/2026"));
    click(waitFor("[data-testid=open-from-" + POST + "]"));
    WebElement open = waitFor("[data-testid=round-open] form");
    // the post of the row is the form's first post
    assertThat(
            new Select(open.findElement(By.name("positionCode0")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo(POST);
    type(
        open,
        Map.of(
            "title", "Thi tuyển kế toán xã Đoài Dương (nhập Excel)",
            "planNumber", "12/KH-UBND",
            "planDate", "01/03/2026",
            "planIssuer", "UBND tỉnh Cao Bằng",
            "noticeDate", "10/03/2026",
            "applicationsClose", "09/04/2026",
            "candidateListDate", "20/04/2026",
            "round1Date", "05/05/2026",
            "round2Date", "15/05/2026",
            "markingDate", "25/05/2026"));
    new Select(open.findElement(By.name("method"))).selectByValue("EXAM");
    submit(open);
    assertThat(waitFor("[data-testid=round-title]").getText())
        .isEqualTo("Thi tuyển kế toán xã Đoài Dương (nhập Excel)");
    Matcher m = Pattern.compile("/recruitment/rounds/(\\d+)").matcher(driver.getCurrentUrl());
    assertThat(m.find()).as(driver.getCurrentUrl()).isTrue();
    long round = Long.parseLong(m.group(1));

    // the applications from Excel: the round's template, filled, through the import page
    String first = PersonJsonMother.personalId(true, 1996);
    String second = PersonJsonMother.personalId(false, 1995);
    Path file =
        applications(
            List.of(
                Map.of(
                    "Số định danh cá nhân (CCCD)", first,
                    "Họ và tên", "Hà Thị Nhập",
                    "Mã đợt tuyển dụng", String.valueOf(round),
                    "Vị trí dự tuyển", POST,
                    "Giới tính", "Nữ",
                    "Ngày sinh", "12/03/1996",
                    "Diện ưu tiên", "ETHNIC_MINORITY",
                    "Trình độ chuyên môn", "DAI_HOC",
                    "Chuyên ngành", "Kế toán"),
                Map.of(
                    "Số định danh cá nhân (CCCD)", second,
                    "Họ và tên", "Hà Văn Excel",
                    "Mã đợt tuyển dụng", String.valueOf(round),
                    "Vị trí dự tuyển", POST,
                    "Giới tính", "Nam",
                    "Ngày sinh", "05/09/1995",
                    "Trình độ chuyên môn", "DAI_HOC",
                    "Chuyên ngành", "Kế toán")));
    click(waitFor("[data-testid=round-import] a"));
    waitFor("[data-testid=upload-form]");
    new Select(driver.findElement(By.id("kind"))).selectByValue("RECRUIT_CANDIDATES");
    driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    click(driver.findElement(By.cssSelector("[data-testid=upload-submit]")));
    waitFor("[data-testid=counts]", 60);
    assertThat(text("count-NEW")).as(text("rows")).isEqualTo("2");
    assertThat(text("count-REJECTED")).isEqualTo("0");
    Chromium.screenshot(driver, "71-recruitment-import-report");
    click(driver.findElement(By.cssSelector("[data-testid=commit]")));
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=status]"), "Đã ghi vào hồ sơ"));

    // the scores on the round's page: the second has the better marks, the first the priority
    driver.get(url("/recruitment/rounds/" + round));
    List<WebElement> rows = waitForAll("[data-testid=score-row]");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getText()).contains("Hà Thị Nhập");
    scores(rows.get(0), "40", "60", "80", "60"); // 74 + 5 = 79
    scores(rows.get(1), "45", "60", "82", "70"); // 78.4
    submit(driver.findElement(By.cssSelector("[data-testid=round-scores] form")));
    List<WebElement> results = waitForAll("[data-testid=result-row]");
    assertThat(results.get(0).getText()).contains("Hà Thị Nhập", "79", "Trúng tuyển");
    assertThat(results.get(1).getText()).contains("Hà Văn Excel", "78.4", "Đạt, ngoài chỉ tiêu");

    // the decision: the person record and the post by that decision
    WebElement decision = waitFor("[data-testid=round-decision] form");
    type(
        decision,
        Map.of(
            "number", "21/QĐ-UBND",
            "decidedOn", "01/06/2026",
            "issuer", "Ủy ban nhân dân xã Đoài Dương",
            "signer", "Chủ tịch",
            "startOn", "15/06/2026"));
    submit(decision);
    WebElement recruited = waitFor("[data-testid=result-row] a[href^='/people/']");
    assertThat(recruited.getText()).isEqualTo("Hà Thị Nhập");
    Chromium.screenshot(driver, "72-recruitment-decided");

    // the commune's list on a day after the start: the new civil servant, in the post
    driver.get(url("/people?unit=" + XA + "&asOf=" + LocalDate.of(2026, 6, 20)));
    WebElement list = waitFor("main");
    assertThat(list.getText()).contains("Hà Thị Nhập").doesNotContain("Hà Văn Excel");
    click(driver.findElement(By.linkText("Hà Thị Nhập")));
    String record = waitFor("main").getText();
    assertThat(record).contains("21/QĐ-UBND");
  }

  private Path applications(List<Map<String, String>> rows) throws Exception {
    Api.Download d = Api.admin(port).download("/api/imports/templates/RECRUIT_CANDIDATES");
    assertThat(d.status()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(d.bytes()))) {
      Sheet sheet = wb.getSheet("Thí sinh");
      Row header = sheet.getRow(0);
      int at = 2; // row 2 is the example, skipped by the import
      for (Map<String, String> values : rows) {
        Row row = sheet.getRow(at) == null ? sheet.createRow(at) : sheet.getRow(at);
        at++;
        for (int i = 0; i < header.getLastCellNum(); i++) {
          String v = values.get(header.getCell(i).getStringCellValue());
          if (v != null) {
            row.createCell(i).setCellValue(v);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      Path p = Files.createTempFile("cbcs-thi-sinh-", ".xlsx");
      Files.write(p, out.toByteArray());
      return p;
    }
  }

  private String text(String testId) {
    return driver.findElement(By.cssSelector("[data-testid=" + testId + "]")).getText();
  }

  private void scores(WebElement row, String correct, String total, String written, String iv) {
    List<WebElement> inputs = row.findElements(By.tagName("input"));
    String[] values = {correct, total, written, iv};
    for (int i = 0; i < values.length; i++) {
      inputs.get(i).clear();
      inputs.get(i).sendKeys(values[i]);
    }
  }

  private void type(WebElement form, Map<String, String> values) {
    values.forEach(
        (name, value) -> {
          WebElement input = form.findElement(By.name(name));
          input.clear();
          input.sendKeys(value);
        });
  }

  private void submit(WebElement form) {
    click(form.findElement(By.cssSelector("button[type=submit]")));
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(form));
  }

  private WebElement waitFor(String css) {
    return waitFor(css, 20);
  }

  private WebElement waitFor(String css, int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  private List<WebElement> waitForAll(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(css)));
  }
}
