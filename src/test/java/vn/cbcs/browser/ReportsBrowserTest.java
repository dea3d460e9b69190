package vn.cbcs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.reports.TuaChuaDistrict;
import vn.cbcs.resolutions.Resolution;
import vn.cbcs.resolutions.Resolutions;
import vn.cbcs.support.BrowserTest;
import vn.cbcs.support.Chromium;
import vn.cbcs.support.IntegrationTest;

/**
 * An officer prints the quality table of a district at once, has the province's made in the
 * background while the page shows its progress, and makes the review of a resolution.
 */
@IntegrationTest
@Tag("browser")
class ReportsBrowserTest extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired Resolutions resolutions;

  private void waitFor(String css) {
    new WebDriverWait(driver, Duration.ofSeconds(90))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  /** The progress fragment is swapped every second: read it again until the job is done. */
  private void awaitDone() {
    new WebDriverWait(driver, Duration.ofSeconds(90))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> text("job-status").equals("Đã xong"));
  }

  private String text(String testId) {
    return driver.findElement(By.cssSelector("[data-testid=" + testId + "]")).getText();
  }

  @Test
  void theQualityTableOfADistrictThenOfTheProvinceInTheBackgroundThenAReview() {
    TuaChuaDistrict.build(port, jdbc);
    Resolution r = TuaChuaDistrict.resolution(resolutions);
    driver = Chromium.start(1400, 1000);
    signIn();
    driver.get(url("/reports?lang=vi"));
    driver.get(url("/reports/quality"));
    var unit = driver.findElement(By.id("q-unit"));
    unit.clear();
    unit.sendKeys("098");
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("document.getElementById('q-asOf').value = '2020-12-31';");
    click(driver.findElement(By.cssSelector("[data-testid=quality-submit]")));
    Chromium.screenshot(driver, "60-quality-district");
    waitFor("[data-testid=quality-table]");
    assertThat(text("quality-total")).startsWith("Tổng cộng 6 4 2 3 4 4");
    assertThat(
            driver.findElement(By.cssSelector("[data-testid=quality-xlsx]")).getAttribute("href"))
        .endsWith("/reports/quality.xlsx?unit=098&asOf=2020-12-31");

    driver.get(url("/reports/quality?unit=11&asOf=2020-12-31"));
    assertThat(text("quality-large")).contains("chế độ nền");
    click(driver.findElement(By.cssSelector("[data-testid=quality-job]")));
    waitFor("[data-testid=job-status]");
    Chromium.screenshot(driver, "61-quality-job-running");
    awaitDone();
    waitFor("[data-testid=job-file-xlsx]");
    assertThat(text("quality-total")).startsWith("Tổng cộng");
    Chromium.screenshot(driver, "62-quality-job-done");

    driver.get(url("/reports/review/" + r.id()));
    click(driver.findElement(By.cssSelector("[data-testid=review-job]")));
    awaitDone();
    assertThat(text("review-sentences"))
        .contains("Đến 31/12/2020, tỷ lệ cán bộ, công chức cấp xã là nữ đạt 50,00%, đạt chỉ tiêu");
    assertThat(
            driver.findElement(By.cssSelector("[data-testid=job-file-docx]")).getAttribute("href"))
        .contains("/file.docx");
    Chromium.screenshot(driver, "63-review-job-done");
  }
}
