package vn.cbcs.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: keeps cookies, does not follow redirects, and reads the CSRF token
 * from the last page, so tests can sign in with the form and post like a person would.
 */
public final class BrowserSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http;
  private final CookieManager cookies;
  private String lastCsrf;

  public BrowserSession(int port) {
    this(port, new CookieManager());
  }

  /**
   * A browser whose cookies are {@code cookies}: two of them on two ports of localhost with the
   * same cookies are one browser going through a load balancer to two app instances.
   */
  public BrowserSession(int port, CookieManager cookies) {
    this.base = "http://localhost:" + port;
    this.cookies = cookies;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** A fresh browser that holds one cookie, e.g. a session id copied from elsewhere. */
  public static BrowserSession withCookie(int port, String name, String value) {
    BrowserSession b = new BrowserSession(port);
    HttpCookie cookie = new HttpCookie(name, value);
    cookie.setPath("/");
    cookie.setVersion(0);
    b.cookies.getCookieStore().add(URI.create(b.base), cookie);
    return b;
  }

  public CookieManager cookies() {
    return cookies;
  }

  /** The value of a cookie this browser holds, or null. */
  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /** The CSRF token of the last page read. */
  public String csrf() {
    return lastCsrf;
  }

  /**
   * A JSON call from the page's script, with the session cookie and, if {@code withCsrf}, the CSRF
   * token of the last page as the header htmx and scripts send.
   */
  public HttpResponse<String> json(String method, String path, String body, boolean withCsrf) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (withCsrf && lastCsrf != null) {
      r.header("X-CSRF-TOKEN", lastCsrf);
    }
    return send(r.build());
  }

  public HttpResponse<String> get(String path) {
    HttpResponse<String> r = send(request(path).GET().build());
    Matcher m = CSRF.matcher(r.body());
    if (m.find()) {
      lastCsrf = m.group(1);
    }
    return r;
  }

  /** A GET as htmx sends it (with {@code HX-Request: true}). */
  public HttpResponse<String> htmx(String path) {
    return send(request(path).header("HX-Request", "true").GET().build());
  }

  /** Posts a form with the CSRF token of the last page read. */
  public HttpResponse<String> post(String path, Map<String, String> form) {
    return postRaw(path, withCsrf(form));
  }

  /** Posts a form exactly as given (no CSRF token added). */
  public HttpResponse<String> postRaw(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Signs in through the login form; returns the response to the form post. */
  public HttpResponse<String> signIn(String username, String password) {
    get("/login");
    return post("/login", Map.of("username", username, "password", password));
  }

  /** Requests carry the Accept header of a browser, which decides login redirect vs 401. */
  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
  }

  private Map<String, String> withCsrf(Map<String, String> form) {
    java.util.Map<String, String> all = new java.util.LinkedHashMap<>(form);
    if (lastCsrf != null) {
      all.put("_csrf", lastCsrf);
    }
    return all;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
