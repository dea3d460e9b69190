package vn.cbcs.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * Brute force: five failures lock a username for 15 minutes, known or not, with the same answers;
 * an address failing too often is locked whatever the usernames; HTTP Basic counts the same.
 */
@IntegrationTest
class LockoutTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  @AfterEach
  void forgetTheAddress() {
    // every test signs in from this machine: keep the shared address count from locking others
    jdbc.sql("DELETE FROM login_failure WHERE kind = 'IP'").update();
  }

  /** Where each of the attempts was sent, with the page it shows. */
  private List<String> attempts(String username, String... passwords) {
    List<String> seen = new ArrayList<>();
    for (String password : passwords) {
      BrowserSession b = new BrowserSession(port);
      HttpResponse<String> r = b.signIn(username, password);
      String location = r.headers().firstValue("Location").orElse("");
      String path = location.replace("http://localhost:" + port, "");
      String message =
          path.startsWith("/login")
              ? b.get(path).body().replaceAll("(?s).*data-testid=\"login-error\">([^<]*)<.*", "$1")
              : "";
      seen.add(r.statusCode() + " " + path + " " + message);
    }
    return seen;
  }

  @Test
  void fiveFailuresLockAUsernameThatExistsExactlyAsOneThatDoesNot() {
    String known = TestUsers.create(port, "khoa");
    String unknown = TestUsers.unique("khongco");
    String[] tries = {"sai-1", "sai-2", "sai-3", "sai-4", "sai-5", TestUsers.PASSWORD};

    List<String> forKnown = attempts(known, tries);
    List<String> forUnknown = attempts(unknown, tries);

    assertThat(forKnown)
        .as("four refusals, the fifth locks, and then even the right password is refused")
        .containsExactly(
            "302 /login?error Tên đăng nhập hoặc mật khẩu không đúng.",
            "302 /login?error Tên đăng nhập hoặc mật khẩu không đúng.",
            "302 /login?error Tên đăng nhập hoặc mật khẩu không đúng.",
            "302 /login?error Tên đăng nhập hoặc mật khẩu không đúng.",
            "302 /login?locked Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
            "302 /login?locked Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.");
    assertThat(forUnknown).as("nothing tells that one of them exists").isEqualTo(forKnown);
  }

  @Test
  void theLockEndsAfterItsTimeOrWhenAnAdministratorLiftsIt() {
    String user = TestUsers.create(port, "mokhoa");
    attempts(user, "a", "b", "c", "d", "e");
    assertThat(attempts(user, TestUsers.PASSWORD).get(0)).contains("/login?locked");
    assertThat(Api.admin(port).get("/api/admin/users/" + user).json().get("lockedUntil").isNull())
        .as("administrators see the lock")
        .isFalse();

    jdbc.sql(
            "UPDATE login_failure SET locked_until = now() - interval '1 second'"
                + " WHERE kind = 'USER' AND key = ?")
        .param(user)
        .update();
    assertThat(attempts(user, TestUsers.PASSWORD).get(0))
        .as("15 minutes later")
        .startsWith("302 / ");

    attempts(user, "a", "b", "c", "d", "e");
    assertThat(Api.admin(port).post("/api/admin/users/" + user + "/unlock", Map.of()).status())
        .isEqualTo(204);
    assertThat(attempts(user, TestUsers.PASSWORD).get(0)).startsWith("302 / ");
  }

  @Test
  void aSuccessStartsTheCountAgain() {
    String user = TestUsers.create(port, "demlai");
    attempts(user, "a", "b", "c", "d", TestUsers.PASSWORD, "e", "f", "g", "h");
    assertThat(attempts(user, TestUsers.PASSWORD).get(0))
        .as("4 failures, a success, 4 failures: not locked")
        .startsWith("302 / ");
  }

  @Test
  void httpBasicIsCountedAndLockedTheSameWay() {
    String user = TestUsers.create(port, "basic");
    String unknown = TestUsers.unique("basickhong");
    for (int i = 0; i < 5; i++) {
      assertThat(new Api(port, user, "sai").get("/api/units/stats").status()).isEqualTo(401);
      assertThat(new Api(port, unknown, "sai").get("/api/units/stats").status()).isEqualTo(401);
    }
    Api.Response known = new Api(port, user, TestUsers.PASSWORD).get("/api/units/stats");
    Api.Response stranger = new Api(port, unknown, TestUsers.PASSWORD).get("/api/units/stats");
    assertThat(known.status()).as("locked, right password").isEqualTo(401);
    assertThat(known.body()).isEqualTo(stranger.body());
  }

  @Test
  void anAddressFailingTooOftenIsLockedWhateverTheUsernames() {
    attempts(TestUsers.unique("dau"), "x");
    String address =
        jdbc.sql("SELECT key FROM login_failure WHERE kind = 'IP'").query(String.class).single();
    jdbc.sql("UPDATE login_failure SET failures = 99 WHERE kind = 'IP' AND key = ?")
        .param(address)
        .update();

    assertThat(attempts(TestUsers.unique("thu100"), "x").get(0))
        .as("the 100th failure from one address")
        .contains("/login?locked");
    assertThat(attempts("tinh", "demo-cbcs-2025").get(0))
        .as("no one signs in from that address for a while, not even with a right password")
        .contains("/login?locked");
    assertThat(new Api(port, "tinh", "demo-cbcs-2025").get("/api/units/stats").status())
        .isEqualTo(401);

    jdbc.sql("DELETE FROM login_failure WHERE kind = 'IP'").update();
    assertThat(attempts("tinh", "demo-cbcs-2025").get(0)).startsWith("302 / ");
  }
}
