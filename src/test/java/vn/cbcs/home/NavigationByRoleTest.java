package vn.cbcs.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;

/**
 * Every demo role's start page and every link its menu and start page offer: none answers 4xx or
 * 5xx, none shows a missing message ({@code ??key??}), and a role is offered only what it can use.
 */
@IntegrationTest
class NavigationByRoleTest {

  private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");

  /** A message key the bundles lack, as {@code PageContext.t} shows it. */
  private static final Pattern MISSING = Pattern.compile("\\?\\?[A-Za-z][\\w.-]*\\?\\?");

  private static final Pattern NAV = Pattern.compile("data-testid=\"nav-([a-z-]+)\"");

  @LocalServerPort int port;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "admin, admin-test-password",
    "tinh, demo-cbcs-2025",
    "huyen, demo-cbcs-2025",
    "xa, demo-cbcs-2025",
    "chutich, demo-cbcs-2025",
    "canbo, demo-cbcs-2025",
    "thanhtra, demo-cbcs-2025"
  })
  void everyLinkOfferedToARoleWorksInBothLanguages(String username, String password) {
    BrowserSession browser = new BrowserSession(port);
    assertThat(browser.signIn(username, password).statusCode()).isEqualTo(302);
    List<String> failures = new ArrayList<>();
    for (String lang : List.of("vi", "en")) {
      HttpResponse<String> start = browser.get("/?lang=" + lang);
      assertThat(start.statusCode()).as("start page of %s (%s)", username, lang).isEqualTo(200);
      check(username + " /?lang=" + lang, start.body(), failures);
      for (String link : links(start.body())) {
        HttpResponse<String> page = follow(browser, link);
        String where = username + " (" + lang + ") " + link;
        if (page.statusCode() >= 400) {
          failures.add(where + " answers " + page.statusCode());
        } else {
          check(where, page.body(), failures);
        }
      }
    }
    assertThat(failures).as("links offered to %s", username).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "canbo, home|me|units|account|tokens|api|logout",
    "chutich, home|group-records|people|evaluations|training|units|group-figures|dashboard|indicators|standards"
        + "|resolutions|reports|account|tokens|api|logout",
    "xa, home|group-records|people|evaluations|plans|training|imports|corrections|units|group-figures"
        + "|dashboard|indicators"
        + "|standards|resolutions|reports|account|tokens|api|logout",
    "thanhtra, home|group-records|people|evaluations|training|imports|units|group-figures|dashboard|indicators"
        + "|standards|resolutions|reports|group-admin|audit|account|tokens|api|logout"
  })
  void theMenuOffersARoleWhatItsCapabilitiesAllow(String username, String expected) {
    BrowserSession browser = new BrowserSession(port);
    browser.signIn(username, "demo-cbcs-2025");
    String body = browser.get("/?lang=vi").body();
    Set<String> offered = new LinkedHashSet<>();
    Matcher m = NAV.matcher(body);
    while (m.find()) {
      if (!m.group(1).equals("group-user")) {
        offered.add(m.group(1));
      }
    }
    assertThat(offered).containsExactlyInAnyOrder(expected.split("\\|"));
  }

  /**
   * One level further: every link on the pages the menu and the start page offer (except downloads,
   * the JSON API and its documentation) works for the role that sees it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "admin, admin-test-password",
    "tinh, demo-cbcs-2025",
    "huyen, demo-cbcs-2025",
    "xa, demo-cbcs-2025",
    "chutich, demo-cbcs-2025",
    "canbo, demo-cbcs-2025",
    "thanhtra, demo-cbcs-2025"
  })
  void theLinksOfThoseLinksWorkToo(String username, String password) {
    BrowserSession browser = new BrowserSession(port);
    assertThat(browser.signIn(username, password).statusCode()).isEqualTo(302);
    List<String> failures = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    HttpResponse<String> start = browser.get("/?lang=vi");
    Set<String> first = links(start.body());
    seen.addAll(first);
    for (String link : first) {
      HttpResponse<String> page = follow(browser, link);
      if (page.statusCode() >= 400) {
        continue; // reported by the test above
      }
      for (String next : links(page.body())) {
        if (!seen.add(next) || skipped(next)) {
          continue;
        }
        HttpResponse<String> r = follow(browser, next);
        if (r.statusCode() >= 400) {
          failures.add(username + ": " + next + " (on " + link + ") answers " + r.statusCode());
        } else {
          check(username + " " + next, r.body(), failures);
        }
      }
    }
    assertThat(failures).as("links two clicks away for %s", username).isEmpty();
  }

  private static boolean skipped(String link) {
    return link.startsWith("/api/")
        || link.startsWith("/swagger")
        || link.startsWith("/v3/")
        || link.matches(".*\\.(pdf|docx|xlsx|csv|png|jpg)(\\?.*)?$")
        || link.contains("/download")
        || link.contains("/export")
        || link.contains("format=");
  }

  /** The page's own links: menus and actions, not assets, downloads or the language switch. */
  private static Set<String> links(String html) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = HREF.matcher(html);
    while (m.find()) {
      String href = m.group(1).replace("&amp;", "&");
      if (href.startsWith("/webjars/")
          || href.startsWith("/css/")
          || href.startsWith("/js/")
          || href.contains("lang=")
          || href.equals("/logout")) {
        continue;
      }
      out.add(href);
    }
    return out;
  }

  /** GET, following redirects inside the application (as a browser would). */
  private static HttpResponse<String> follow(BrowserSession browser, String path) {
    HttpResponse<String> r = browser.get(path);
    for (int i = 0; i < 5 && r.statusCode() / 100 == 3; i++) {
      String location = r.headers().firstValue("Location").orElseThrow();
      URI uri = URI.create(location);
      String next = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      assertThat(next).as("redirect of %s", path).doesNotStartWith("/login");
      r = browser.get(next);
    }
    return r;
  }

  private static void check(String where, String body, List<String> failures) {
    Matcher m = MISSING.matcher(body);
    if (m.find()) {
      failures.add(where + " shows " + m.group());
    }
  }
}
