package vn.cbcs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cbcs.support.BrowserTest;
import vn.cbcs.support.Chromium;
import vn.cbcs.support.IntegrationTest;

/**
 * The administrator gives a commune officer an account with a scope found by name; the officer
 * signs in in another browser; the administrator disables the account and the officer's next click
 * lands on the login form.
 */
@IntegrationTest
@Tag("browser")
class UserAdministrationBrowserTest extends BrowserTest {

  private static final String PASSWORD = "Phường Đức Xuân 2026";

  @Test
  void createAUserWithAScopeThenDisableItAndTheirNextClickSignsThemOut() {
    driver = Chromium.start(1366, 900);
    signIn();
    navigate("admin");
    click(driver.findElement(By.cssSelector("[data-testid=new-user]")));
    String username = "canbo" + (System.nanoTime() % 100_000);
    driver.findElement(By.id("f-username")).sendKeys(username);
    driver.findElement(By.id("f-displayName")).sendKeys("Lường Thị Mai");
    driver.findElement(By.id("f-password")).sendKeys(PASSWORD);
    driver.findElement(By.id("f-passwordConfirm")).sendKeys(PASSWORD);
    click(driver.findElement(By.id("role-COMMUNE_OFFICER")));
    driver.findElement(By.id("scope-search")).sendKeys("duc xuan");
    click(
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[data-scope-code='01840']"))));
    assertThat(driver.findElement(By.id("f-scopes")).getDomProperty("value")).isEqualTo("01840");
    Chromium.screenshot(driver, "40-admin-new-user");
    click(driver.findElement(By.cssSelector("[data-testid=user-create]")));
    assertThat(driver.findElement(By.cssSelector("[data-testid=flash]")).getText())
        .contains("Đã tạo người dùng");
    assertThat(driver.findElement(By.cssSelector("[data-testid=scopes]")).getText())
        .contains("01840 – Phường Đức Xuân");

    WebDriver admin = driver;
    WebDriver officer = Chromium.start(1366, 900);
    try {
      driver = officer;
      signIn(username, PASSWORD);
      assertThat(driver.findElement(By.cssSelector("[data-testid=current-user]")).getText())
          .contains("Lường Thị Mai");
      assertThat(driver.findElements(By.cssSelector("[data-testid=nav-admin]")))
          .as("no user administration for a commune officer")
          .isEmpty();
      Chromium.screenshot(driver, "41-new-user-signed-in");

      driver = admin;
      click(driver.findElement(By.cssSelector("[data-testid=disable]")));
      assertThat(driver.findElement(By.cssSelector("[data-testid=flash]")).getText())
          .contains("Đã vô hiệu hóa");
      Chromium.screenshot(driver, "42-admin-disabled-user");

      driver = officer;
      navigate("units");
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(ExpectedConditions.urlContains("/login"));
      assertThat(driver.findElement(By.id("login-submit")).isDisplayed()).isTrue();
      assertThat(driver.findElements(By.cssSelector("[data-testid=current-user]"))).isEmpty();
      Chromium.screenshot(driver, "43-disabled-user-back-at-login");
    } finally {
      driver = admin;
      officer.quit();
    }
  }
}
