package vn.cbcs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.cbcs.support.BrowserTest;
import vn.cbcs.support.Chromium;
import vn.cbcs.support.IntegrationTest;

/**
 * The header of the role with the most menus fits one line at 1366 px in both languages, and
 * collapses behind the toggler on a small screen, where its grouped entries still work.
 */
@IntegrationTest
@Tag("browser")
class HeaderBrowserTest extends BrowserTest {

  @Test
  void theHeaderFitsOneLineAt1366InVietnameseAndEnglish() {
    driver = Chromium.start(1366, 768);
    signIn();
    for (String lang : List.of("vi", "en")) {
      driver.get(url("/?lang=" + lang));
      List<WebElement> items =
          driver.findElements(By.cssSelector(".cbcs-header .navbar-nav > .nav-item"));
      assertThat(items).hasSizeGreaterThanOrEqualTo(5);
      long top = items.get(0).getLocation().getY();
      for (WebElement item : items) {
        assertThat(item.getLocation().getY())
            .as("menu entry '%s' (%s) on the first line", item.getText(), lang)
            .isEqualTo(top);
      }
      WebElement user = driver.findElement(By.cssSelector("[data-testid=current-user]"));
      assertThat(user.getSize().getHeight())
          .as("the user's name on one line (%s)", lang)
          .isLessThan(45);
      assertThat(Math.abs(user.getLocation().getY() - top)).isLessThan(20);
      Number navHeight =
          (Number)
              js().executeScript(
                      "return document.querySelector('.cbcs-header nav').getBoundingClientRect().height");
      assertThat(navHeight.doubleValue()).as("header height (%s)", lang).isLessThan(80);
      assertThat(horizontalOverflow()).as("no horizontal scrolling (%s)", lang).isFalse();
      Chromium.screenshot(driver, "50-header-1366-" + lang);
    }
  }

  @Test
  void onASmallScreenTheMenuCollapsesAndItsGroupsStillWork() {
    driver = Chromium.start(420, 900);
    signIn();
    driver.get(url("/?lang=vi"));
    assertThat(driver.findElement(By.cssSelector(".navbar-toggler")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.cssSelector("[data-testid=nav-home]")).isDisplayed())
        .isFalse();
    navigate("dashboard");
    assertThat(driver.getCurrentUrl()).contains("/dashboard");
    assertThat(horizontalOverflow()).isFalse();
    Chromium.screenshot(driver, "51-header-small-screen");
  }

  private JavascriptExecutor js() {
    return (JavascriptExecutor) driver;
  }

  private boolean horizontalOverflow() {
    return (Boolean)
        js().executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
  }
}
