package vn.cbcs.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * Sessions live in PostgreSQL: a new id at sign-in (fixation), gone at logout, ended after 30 idle
 * minutes or 12 hours in all, their last access written once a minute at most, and a stolen or old
 * id is worth nothing.
 */
@IntegrationTest
class SessionStoreTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private BrowserSession signedIn(String username) {
    BrowserSession b = new BrowserSession(port);
    HttpResponse<String> r = b.signIn(username, TestUsers.PASSWORD);
    assertThat(r.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/");
    return b;
  }

  private static boolean sentToLogin(HttpResponse<String> r) {
    return r.statusCode() == 302
        && r.headers().firstValue("Location").orElse("").endsWith("/login");
  }

  private long rows(String sessionId) {
    return jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = ?")
        .param(sessionId)
        .query(Long.class)
        .single();
  }

  @Test
  void theSessionIsKeptInPostgresWithTheIdleTimeoutAndItsIdChangesAtSignIn() {
    String user = TestUsers.create(port, "phien");
    BrowserSession browser = new BrowserSession(port);
    browser.get("/login");
    String before = browser.cookie("SESSION");
    assertThat(before).as("the login form's session (CSRF token)").isNotNull();

    browser.post("/login", Map.of("username", user, "password", TestUsers.PASSWORD));
    String after = browser.cookie("SESSION");
    assertThat(after).as("session fixation: a new id at sign-in").isNotEqualTo(before);
    String id = TestUsers.sessionId(after);
    Map<String, Object> row =
        jdbc.sql(
                "SELECT principal_name, max_inactive_interval FROM spring_session"
                    + " WHERE session_id = ?")
            .param(id)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("principal_name", user)
        .containsEntry("max_inactive_interval", 1800);
    assertThat(rows(TestUsers.sessionId(before))).as("the old id is gone").isZero();

    BrowserSession attacker = BrowserSession.withCookie(port, "SESSION", before);
    assertThat(sentToLogin(attacker.get("/units")))
        .as("the id known before sign-in does not sign anyone in")
        .isTrue();
    assertThat(browser.get("/units").statusCode()).isEqualTo(200);
  }

  @Test
  void aSessionIdIsWorthNothingAfterLogout() {
    String user = TestUsers.create(port, "dangxuat");
    BrowserSession browser = signedIn(user);
    String cookie = browser.cookie("SESSION");
    browser.get("/units");
    HttpResponse<String> logout = browser.post("/logout", Map.of());
    assertThat(logout.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
    assertThat(rows(TestUsers.sessionId(cookie))).as("deleted on the server").isZero();

    BrowserSession replay = BrowserSession.withCookie(port, "SESSION", cookie);
    assertThat(sentToLogin(replay.get("/units"))).as("the old cookie replayed").isTrue();
    assertThat(replay.json("GET", "/api/units", null, false).statusCode()).isEqualTo(401);
  }

  @Test
  void anIdleSessionEndsAfterThirtyMinutes() {
    BrowserSession browser = signedIn(TestUsers.create(port, "nhanroi"));
    String id = TestUsers.sessionId(browser.cookie("SESSION"));
    jdbc.sql(
            "UPDATE spring_session SET last_access_time = last_access_time - 31 * 60 * 1000"
                + " WHERE session_id = ?")
        .param(id)
        .update();
    assertThat(sentToLogin(browser.get("/units"))).isTrue();
  }

  @Test
  void aRequestWritesTheLastAccessOnlyWhenItIsAMinuteBehind() {
    BrowserSession browser = signedIn(TestUsers.create(port, "docnhieu"));
    String id = TestUsers.sessionId(browser.cookie("SESSION"));
    long signedInAt = lastAccess(id);
    assertThat(browser.get("/units").statusCode()).isEqualTo(200);
    assertThat(browser.get("/people").statusCode()).isEqualTo(200);
    assertThat(lastAccess(id)).as("two reads within the minute: not written").isEqualTo(signedInAt);

    jdbc.sql(
            "UPDATE spring_session SET last_access_time = last_access_time - 61 * 1000,"
                + " expiry_time = expiry_time - 61 * 1000 WHERE session_id = ?")
        .param(id)
        .update();
    long before = System.currentTimeMillis();
    assertThat(browser.get("/units").statusCode()).isEqualTo(200);
    assertThat(lastAccess(id)).as("61 s behind: written again").isGreaterThanOrEqualTo(before);
    assertThat(
            jdbc.sql("SELECT expiry_time FROM spring_session WHERE session_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .as("the idle timeout counted from it")
        .isGreaterThanOrEqualTo(before + 30 * 60 * 1000);
  }

  private long lastAccess(String sessionId) {
    return jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = ?")
        .param(sessionId)
        .query(Long.class)
        .single();
  }

  @Test
  void aBusySessionStillEndsTwelveHoursAfterItBegan() {
    BrowserSession browser = signedIn(TestUsers.create(port, "lamlau"));
    String id = TestUsers.sessionId(browser.cookie("SESSION"));
    jdbc.sql(
            "UPDATE spring_session SET creation_time = creation_time - 11 * 3600 * 1000"
                + " WHERE session_id = ?")
        .param(id)
        .update();
    assertThat(browser.get("/units").statusCode()).as("11 hours: still fine").isEqualTo(200);
    jdbc.sql(
            "UPDATE spring_session SET creation_time = creation_time - 3600 * 1000 - 1000"
                + " WHERE session_id = ?")
        .param(id)
        .update();
    assertThat(sentToLogin(browser.get("/units"))).as("12 hours: signed out").isTrue();
    assertThat(rows(id)).isZero();
  }

  @Test
  void anHtmxRequestOfAnEndedSessionSendsThePageToTheLoginForm() {
    BrowserSession browser = new BrowserSession(port);
    HttpResponse<String> r = browser.htmx("/units/search?q=cho");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("HX-Redirect")).hasValue("/login");
  }

  @Test
  void requestsWithTheSessionButWithoutTheCsrfTokenAreRefused() {
    BrowserSession admin = new BrowserSession(port);
    admin.signIn("admin", "admin-test-password");
    admin.get("/admin/users/new");
    String username = TestUsers.unique("csrf");
    Map<String, String> form =
        Map.of(
            "username",
            username,
            "displayName",
            "CSRF",
            "password",
            TestUsers.PASSWORD,
            "passwordConfirm",
            TestUsers.PASSWORD,
            "roles",
            "ADMIN");
    assertThat(admin.postRaw("/admin/users", form).statusCode()).isEqualTo(403);
    String json =
        "{\"username\":\""
            + username
            + "\",\"displayName\":\"CSRF\",\"password\":\""
            + TestUsers.PASSWORD
            + "\",\"roles\":[\"ADMIN\"]}";
    assertThat(admin.json("POST", "/api/admin/users", json, false).statusCode())
        .as("the JSON API with the session cookie needs the token too")
        .isEqualTo(403);
    assertThat(
            jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(admin.json("POST", "/api/admin/users", json, true).statusCode())
        .as("with the token it goes through")
        .isEqualTo(201);
  }
}
