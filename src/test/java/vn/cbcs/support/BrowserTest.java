package vn.cbcs.support;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What browser tests share: the port, a Chromium per test, signing in, clicking like a person. */
public abstract class BrowserTest {

  @LocalServerPort protected int port;
  protected WebDriver driver;

  @AfterEach
  void quitBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  protected void signIn(String username, String password) {
    driver.get(url("/login"));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("login-submit")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid=current-user]")));
  }

  protected void signIn() {
    signIn("admin", "admin-test-password");
  }

  /**
   * Follows a menu entry ({@code data-testid="nav-<item>"}) as a person would: opens the collapsed
   * menu on a small screen and the dropdown that holds the entry, then clicks it.
   */
  protected void navigate(String item) {
    WebElement link = driver.findElement(By.cssSelector("[data-testid=nav-" + item + "]"));
    if (!link.isDisplayed()) {
      for (WebElement toggler : driver.findElements(By.cssSelector(".navbar-toggler"))) {
        if (toggler.isDisplayed() && "false".equals(toggler.getAttribute("aria-expanded"))) {
          toggler.click();
          new WebDriverWait(driver, Duration.ofSeconds(5))
              .until(ExpectedConditions.attributeToBe(toggler, "aria-expanded", "true"));
        }
      }
      WebElement dropdown =
          link.findElement(
                  By.xpath(
                      "ancestor::*[contains(concat(' ', normalize-space(@class), ' '),"
                          + " ' dropdown ')][1]"))
              .findElement(By.cssSelector("[data-bs-toggle=dropdown]"));
      dropdown.click();
      new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(link));
    }
    click(link);
  }

  /**
   * Scrolls the element to the middle of the window first (instantly: Bootstrap scrolls smoothly).
   */
  protected void click(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
  }

  /**
   * Opens one of a person page's forms as a person does — its section's summary — and waits for the
   * form, which the page loads when the section is first opened ({@code data-lazy-form}).
   */
  protected WebElement openPersonForm(String name) {
    click(driver.findElement(By.cssSelector("details[data-lazy-form=" + name + "] > summary")));
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=" + name + "-form]")));
  }
}
