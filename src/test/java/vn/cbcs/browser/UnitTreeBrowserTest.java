package vn.cbcs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cbcs.support.BrowserTest;
import vn.cbcs.support.Chromium;
import vn.cbcs.support.IntegrationTest;

/** What a provincial officer does first: sign in and walk the map from a province to a commune. */
@IntegrationTest
@Tag("browser")
class UnitTreeBrowserTest extends BrowserTest {

  private void clickLink(String text) {
    click(driver.findElement(By.linkText(text)));
  }

  private String heading() {
    return driver.findElement(By.cssSelector("[data-testid=unit-name]")).getText();
  }

  @Test
  void signInAndDrillFromAProvinceToACommuneBeforeTheReform() {
    driver = Chromium.start(1366, 768);
    signIn();
    clickLink("Đơn vị hành chính");
    clickLink("30/06/2025");
    assertThat(driver.findElement(By.cssSelector("[data-testid=count-PROVINCE]")).getText())
        .isEqualTo("63");
    assertThat(driver.findElement(By.cssSelector("[data-testid=count-COMMUNE]")).getText())
        .isEqualTo("10.035");
    clickLink("Tỉnh Bắc Kạn");
    assertThat(heading()).isEqualTo("Tỉnh Bắc Kạn");
    assertThat(driver.findElement(By.cssSelector("[data-testid=commune-count]")).getText())
        .isEqualTo("108");
    Chromium.screenshot(driver, "01-province-bac-kan-2025-06-30");
    clickLink("Huyện Chợ Đồn");
    assertThat(heading()).isEqualTo("Huyện Chợ Đồn");
    clickLink("Xã Xuân Lạc");
    assertThat(heading()).isEqualTo("Xã Xuân Lạc");
    assertThat(driver.findElement(By.cssSelector("nav[aria-label] .breadcrumb")).getText())
        .contains("Việt Nam", "Tỉnh Bắc Kạn", "Huyện Chợ Đồn", "Xã Xuân Lạc");
    WebElement successors = driver.findElement(By.cssSelector("[data-testid=successors]"));
    assertThat(successors.getText()).contains("Xã Nam Cường", "Nhập toàn bộ");
    Path shot = Chromium.screenshot(driver, "02-commune-xuan-lac-2025-06-30");
    assertThat(shot).exists();
    assertThat(shot.toFile().length()).isGreaterThan(10_000);

    click(successors.findElement(By.linkText("Xã Nam Cường")));
    assertThat(heading()).isEqualTo("Xã Nam Cường");
    assertThat(driver.findElement(By.cssSelector("nav[aria-label] .breadcrumb")).getText())
        .contains("Tỉnh Thái Nguyên")
        .doesNotContain("Huyện");
    Chromium.screenshot(driver, "03-commune-nam-cuong-after-reform");
  }

  @Test
  void searchWithoutDiacriticsAsYouTypeOnAPhone() throws Exception {
    driver = Chromium.start(390, 844);
    signIn();
    driver.get(url("/units"));
    driver.findElement(By.id("unit-search")).sendKeys("cho don");
    WebElement results =
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=search-results]")));
    assertThat(results.getText()).contains("Xã Chợ Đồn", "Huyện Chợ Đồn");
    Chromium.screenshot(driver, "04-search-phone");
    click(results.findElement(By.partialLinkText("Huyện Chợ Đồn")));
    assertThat(heading()).isEqualTo("Huyện Chợ Đồn");
    assertThat(driver.getCurrentUrl()).contains("asOf=2025-06-30");
    assertThat(Files.size(Chromium.SCREENSHOTS.resolve("04-search-phone.png")))
        .isGreaterThan(5_000);
  }

  @Test
  void theLanguageSwitchKeepsThePage() {
    driver = Chromium.start(1366, 768);
    signIn();
    driver.get(url("/units/19"));
    driver.findElement(By.linkText("EN")).click();
    assertThat(driver.findElement(By.cssSelector("main")).getText())
        .contains("Units below", "Predecessors");
    assertThat(heading()).isEqualTo("Tỉnh Thái Nguyên");
    driver.findElement(By.linkText("VI")).click();
    assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Đơn vị trực thuộc");
  }

  @Test
  void swaggerUiDescribesTheApiUnderTheContentSecurityPolicy() {
    driver = Chromium.start(1366, 768);
    signIn();
    driver.get(url("/swagger-ui.html"));
    WebElement tag =
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//*[contains(text(), 'Administrative units')]")));
    assertThat(tag.getText()).contains("Đơn vị hành chính");
    assertThat(driver.getPageSource()).contains("/api/units/{code}/successors");
    Chromium.screenshot(driver, "05-swagger-ui");
  }
}
