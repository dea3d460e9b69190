package vn.cbcs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserTest;
import vn.cbcs.support.Chromium;
import vn.cbcs.support.DemoProvince;
import vn.cbcs.support.IntegrationTest;

/**
 * The dashboard of the demo province as of the end of 2020: the percentage of the model resolution
 * opens the people behind it, and their count is the numerator shown.
 */
@IntegrationTest
@Tag("browser")
class DashboardBrowserTest extends BrowserTest {

  @Autowired DemoDataGenerator generator;

  @Test
  void openTheDashboardClickAPercentageSeeThePeople() throws Exception {
    DemoProvince.ensure(generator);
    var api =
        Api.admin(port).get("/api/indicators/PRO_SO_CAP_PLUS/value?unit=06&asOf=2020-12-31").json();
    driver = Chromium.start(1366, 768);
    signIn();
    navigate("dashboard");
    driver.get(url("/dashboard?unit=06&asOf=2020-12-31"));
    assertThat(driver.findElement(By.cssSelector("[data-testid=dashboard-title]")).getText())
        .contains("Bắc Kạn");
    WebElement value = driver.findElement(By.cssSelector("[data-testid=value-PRO_SO_CAP_PLUS]"));
    assertThat(value.getText()).isEqualTo(api.get("valueText").asString());
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("canvas.cbcs-spark[data-ready=true]")));
    assertThat(driver.findElements(By.cssSelector("[data-testid=dashboard-targets]"))).isNotEmpty();
    // issue 17: the page fits 1366 px (the heat table wraps its headers), the chart by unit has
    // no empty bars, the age chart's labels carry the numbers, communes are counted as communes
    assertThat(
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript(
                        "return document.documentElement.scrollWidth <= window.innerWidth"))
        .isTrue();
    assertThat(driver.findElement(By.id("chart-children")).getAttribute("data-chart"))
        .contains("\"values\":[")
        .doesNotContain("null");
    assertThat(driver.findElement(By.id("chart-ages")).getAttribute("data-chart"))
        .containsPattern(": \\d+ \\(\\d");
    assertThat(driver.getPageSource()).contains("xã, phường (tử số / mẫu số)");
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    Files.write(
        shots.resolve("dashboard-bac-kan-2020.png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    click(value);
    WebElement people = driver.findElement(By.cssSelector("[data-testid=indicator-people]"));
    long rows = people.findElements(By.cssSelector("tbody tr")).size();
    long numerator = api.get("numerator").asLong();
    assertThat(rows).isEqualTo(Math.min(numerator, 200));
    assertThat(
            driver
                .findElement(By.cssSelector("[data-testid=tab-numerator]"))
                .getText()
                .replace(".", ""))
        .contains("(" + numerator + ")");
    assertThat(driver.findElement(By.cssSelector("[data-testid=indicator-value]")).getText())
        .isEqualTo(api.get("valueText").asString());
    // the people behind the percentage, each with what counted them
    assertThat(people.findElement(By.cssSelector("tbody tr")).getText()).contains("Chuyên môn");
    click(driver.findElement(By.cssSelector("[data-testid=tab-rest]")));
    assertThat(
            driver
                .findElement(By.cssSelector("[data-testid=indicator-people]"))
                .findElements(By.cssSelector("tbody tr"))
                .size())
        .isEqualTo((int) Math.min(api.get("denominator").asLong() - numerator, 200));
    // … and exported: the whole part (not only the page shown) in a workbook
    String href =
        driver
            .findElement(By.cssSelector("[data-testid=indicator-people-export]"))
            .getAttribute("href");
    assertThat(href).contains("/people.xlsx?").contains("part=rest");
    Object b64 =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.blob()).then(b => {"
                    + " const f = new FileReader();"
                    + " f.onload = () => done(f.result.substring(f.result.indexOf(',') + 1));"
                    + " f.readAsDataURL(b); }).catch(e => done('error ' + e));",
                href);
    byte[] xlsx = java.util.Base64.getDecoder().decode(String.valueOf(b64));
    long exported;
    try (var wb =
            new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(xlsx));
        var rowsOf = wb.getFirstSheet().openStream()) {
      exported = rowsOf.count() - 2; // the title and the headers
    }
    assertThat(exported).isEqualTo(api.get("denominator").asLong() - numerator);
    Chromium.screenshot(driver, "day-province-drilldown-rest");
  }
}
