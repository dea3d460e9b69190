package vn.cbcs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cbcs.platform.Role;
import vn.cbcs.security.Visibility;
import vn.cbcs.support.BrowserTest;
import vn.cbcs.support.Chromium;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.SweepData;
import vn.cbcs.support.TestUsers;

/**
 * Every page of the commune officer's and the province officer's menus fits a 1366×768 screen
 * without horizontal scrolling, in Vietnamese and in English (issue 17). The pages are read from
 * the menu, so entries new modules add are checked as they arrive; a screenshot of each lands in
 * {@code target/screenshots/}.
 */
@IntegrationTest
@Tag("browser")
class MenuPagesWidthBrowserTest extends BrowserTest {

  @Autowired Visibility visibility;

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Role.class,
      names = {"COMMUNE_OFFICER", "PROVINCE_OFFICER"})
  void everyMenuPageFits1366InBothLanguages(Role role) {
    driver = Chromium.start(1366, 768);
    String username = SweepData.ensure(port, visibility::linkPerson).byRole().get(role);
    signIn(username, TestUsers.PASSWORD);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (String lang : List.of("vi", "en")) {
      driver.get(url("/?lang=" + lang));
      Set<String> pages = new LinkedHashSet<>();
      pages.add("/");
      pages.addAll(menu());
      for (String page : pages) {
        driver.get(url(page));
        String shown = String.valueOf(js().executeScript("return document.documentElement.lang"));
        if (!shown.startsWith(lang)) {
          failures.add(page + " (" + lang + ") is shown in '" + shown + "'");
        }
        Number scroll = (Number) js().executeScript("return document.documentElement.scrollWidth");
        Number inner = (Number) js().executeScript("return window.innerWidth");
        Chromium.screenshot(
            driver,
            "sweep-"
                + role.name().toLowerCase(Locale.ROOT)
                + "-"
                + lang
                + page.replaceAll("[^A-Za-z0-9]+", "-"));
        if (scroll.intValue() > inner.intValue()) {
          failures.add(
              page + " (" + lang + ") is " + scroll + " px wide in a " + inner + " px window");
        }
        checked++;
      }
    }
    assertThat(checked).as("pages checked for %s", role).isGreaterThan(6);
    assertThat(failures)
        .as("menu pages of %s at 1366 px:%n  %s", role, String.join("\n  ", failures))
        .isEmpty();
  }

  /** The menu's own pages: its links, without logout, the API documentation and downloads. */
  @SuppressWarnings("unchecked")
  private List<String> menu() {
    List<String> hrefs =
        (List<String>)
            js().executeScript(
                    "return Array.from(document.querySelectorAll('a[data-testid^=\"nav-\"]'))"
                        + ".map(a => a.getAttribute('href'))"
                        + ".filter(h => h && h.startsWith('/'))");
    List<String> out = new ArrayList<>();
    for (String href : hrefs) {
      String path = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
      if (path.equals("/logout")
          || href.contains("lang=")
          || path.startsWith("/api/")
          || path.startsWith("/swagger")
          || path.startsWith("/v3/")
          || path.matches(".*\\.(pdf|xlsx|docx|csv|json)$")) {
        continue;
      }
      out.add(href);
    }
    return out;
  }

  private JavascriptExecutor js() {
    return (JavascriptExecutor) driver;
  }
}
