package vn.cbcs.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * Administrators manage users, roles and scopes; disabling a user or changing its rights ends its
 * sessions at once; everyone changes their own password.
 */
@IntegrationTest
class UserAdministrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private Api admin() {
    return Api.admin(port);
  }

  private BrowserSession signedIn(String username, String password) {
    BrowserSession b = new BrowserSession(port);
    HttpResponse<String> r = b.signIn(username, password);
    assertThat(r.headers().firstValue("Location"))
        .as("%s signs in", username)
        .hasValue("http://localhost:" + port + "/");
    return b;
  }

  private static boolean sentToLogin(HttpResponse<String> r) {
    return r.statusCode() == 302
        && r.headers().firstValue("Location").orElse("").endsWith("/login");
  }

  private long sessionsOf(String username) {
    return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  private static List<String> fields(Api.Response r) {
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  @Test
  void anAdministratorCreatesAUserWhoSignsInWithTheRolesAndScopesGiven() {
    String user = TestUsers.create(port, "moi", "PROVINCE_OFFICER", "19");
    JsonNode account = admin().get("/api/admin/users/" + user).json();
    assertThat(account.get("roles").toString()).isEqualTo("[\"PROVINCE_OFFICER\"]");
    assertThat(account.get("scopes").toString()).isEqualTo("[\"19\"]");
    assertThat(account.get("enabled").asBoolean()).isTrue();
    assertThat(account.toString()).doesNotContain("password_hash", "argon2", "$");
    assertThat(
            jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?")
                .param(user)
                .query(String.class)
                .single())
        .as("Argon2id")
        .startsWith("{argon2}$argon2id$");

    BrowserSession b = signedIn(user, TestUsers.PASSWORD);
    assertThat(b.get("/units").statusCode()).isEqualTo(200);
    assertThat(b.get("/admin/users").statusCode()).as("not an administrator").isEqualTo(403);
    assertThat(new Api(port, user, TestUsers.PASSWORD).get("/api/admin/users").status())
        .isEqualTo(403);
    assertThat(admin().get("/api/admin/users?q=" + user).json().size()).isEqualTo(1);
  }

  @Test
  void refusedUsersComeBackWithEveryReasonInVietnamese() {
    Api.Response r =
        admin()
            .post(
                "/api/admin/users",
                Map.of(
                    "username", "Có Dấu",
                    "displayName", " ",
                    "password", "ngan",
                    "roles", List.of("COMMUNE_OFFICER"),
                    "scopes", List.of("99999")));
    assertThat(r.status()).isEqualTo(400);
    assertThat(fields(r))
        .containsExactlyInAnyOrder("username", "displayName", "scopes", "password");
    assertThat(r.body())
        .contains(
            "Mật khẩu phải có ít nhất 12 ký tự", "Không có đơn vị hành chính mã \\\"99999\\\"");

    Api.Response weak =
        admin()
            .post(
                "/api/admin/users",
                Map.of(
                    "username", "yeu1",
                    "displayName", "Yếu",
                    "password", "yeu1-la-mat-khau",
                    "roles", List.of("ADMIN")));
    assertThat(weak.body()).contains("không được chứa tên đăng nhập");
    Api.Response common =
        admin()
            .post(
                "/api/admin/users",
                Map.of(
                    "username", "yeu2",
                    "displayName", "Yếu",
                    "password", "Password1234",
                    "roles", List.of("CADRE"),
                    "scopes", List.of("01840")));
    assertThat(common.body()).contains("quá phổ biến");
    Api.Response noRole =
        admin()
            .post(
                "/api/admin/users",
                Map.of("username", "yeu3", "displayName", "Yếu", "password", TestUsers.PASSWORD));
    assertThat(fields(noRole)).containsExactly("roles");

    String taken = TestUsers.create(port, "trung");
    Api.Response again =
        admin()
            .post(
                "/api/admin/users",
                Map.of(
                    "username",
                    taken,
                    "displayName",
                    "Trùng",
                    "password",
                    TestUsers.PASSWORD,
                    "roles",
                    List.of("ADMIN")));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("message").asString()).contains("đã có người dùng");
    assertThat(admin().get("/api/admin/users/khong-co-ai").status()).isEqualTo(404);
  }

  @Test
  void disablingAUserEndsTheirSessionsAtOnce() {
    String user = TestUsers.create(port, "tat");
    BrowserSession b = signedIn(user, TestUsers.PASSWORD);
    BrowserSession phone = signedIn(user, TestUsers.PASSWORD);
    assertThat(sessionsOf(user)).isEqualTo(2);

    Api.Response r = admin().put("/api/admin/users/" + user, Map.of("enabled", false));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(sessionsOf(user)).as("deleted from the store").isZero();
    assertThat(sentToLogin(b.get("/units"))).isTrue();
    assertThat(sentToLogin(phone.get("/people"))).isTrue();
    assertThat(
            new BrowserSession(port)
                .signIn(user, TestUsers.PASSWORD)
                .headers()
                .firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    assertThat(new Api(port, user, TestUsers.PASSWORD).get("/api/units/stats").status())
        .isEqualTo(401);

    admin().put("/api/admin/users/" + user, Map.of("enabled", true));
    signedIn(user, TestUsers.PASSWORD);
  }

  @Test
  void aSessionThatEscapedDeletionIsRefusedByItsEpoch() {
    String user = TestUsers.create(port, "epoch");
    BrowserSession b = signedIn(user, TestUsers.PASSWORD);
    // another instance bumped the epoch (e.g. disabled the user) but this session row survived
    jdbc.sql("UPDATE app_user SET session_epoch = session_epoch + 1 WHERE username = ?")
        .param(user)
        .update();
    assertThat(sentToLogin(b.get("/units"))).isTrue();
  }

  @Test
  void changingRolesOrScopesEndsTheSessionsThatCarryTheOldOnes() {
    String user = TestUsers.create(port, "doiquyen");
    BrowserSession b = signedIn(user, TestUsers.PASSWORD);
    Api.Response r =
        admin()
            .put(
                "/api/admin/users/" + user,
                Map.of("roles", List.of("INSPECTOR"), "scopes", List.of("19", "064")));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("roles").toString()).isEqualTo("[\"INSPECTOR\"]");
    assertThat(r.json().get("scopes").toString())
        .as("a district of before 2025 is a scope too")
        .isEqualTo("[\"064\",\"19\"]");
    assertThat(sentToLogin(b.get("/units"))).isTrue();

    BrowserSession again = signedIn(user, TestUsers.PASSWORD);
    admin().put("/api/admin/users/" + user, Map.of("displayName", "Tên mới"));
    assertThat(again.get("/units").body())
        .as("a new display name does not end sessions")
        .contains("data-testid=\"current-user\"");
  }

  @Test
  void aPasswordResetEndsSessionsAndOnlyTheNewPasswordWorks() {
    String user = TestUsers.create(port, "datlai");
    BrowserSession b = signedIn(user, TestUsers.PASSWORD);
    String fresh = "mật khẩu mới hoàn toàn 2026";
    assertThat(
            admin()
                .post("/api/admin/users/" + user + "/password", Map.of("password", fresh))
                .status())
        .isEqualTo(204);
    assertThat(sentToLogin(b.get("/units"))).isTrue();
    assertThat(new Api(port, user, TestUsers.PASSWORD).get("/api/units/stats").status())
        .isEqualTo(401);
    assertThat(new Api(port, user, fresh).get("/api/units/stats").status()).isEqualTo(200);
    assertThat(
            admin()
                .post("/api/admin/users/" + user + "/password", Map.of("password", "short"))
                .status())
        .isEqualTo(400);
  }

  @Test
  void aBcryptHashFromBeforeIsReadAndRehashedWithArgon2AtTheNextSignIn() {
    String user = TestUsers.create(port, "bcrypt");
    String bcrypt =
        "{bcrypt}"
            + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                .encode(TestUsers.PASSWORD);
    jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?")
        .params(bcrypt, user)
        .update();
    assertThat(new Api(port, user, TestUsers.PASSWORD).get("/api/units/stats").status())
        .isEqualTo(200);
    assertThat(
            jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?")
                .param(user)
                .query(String.class)
                .single())
        .startsWith("{argon2}$argon2id$");
    assertThat(new Api(port, user, TestUsers.PASSWORD).get("/api/units/stats").status())
        .isEqualTo(200);
  }

  @Test
  void aChangeRefusedInPartChangesNothing() {
    String user = TestUsers.create(port, "tatca");
    Api.Response r =
        admin()
            .put(
                "/api/admin/users/" + user,
                Map.of("displayName", "Tên mới", "roles", List.of(), "enabled", false));
    assertThat(r.status()).isEqualTo(400);
    JsonNode now = admin().get("/api/admin/users/" + user).json();
    assertThat(now.get("displayName").asString()).isEqualTo("Người thử " + user);
    assertThat(now.get("enabled").asBoolean()).isTrue();
  }

  @Test
  void scriptsSigningInWithHttpBasicLeaveNoSessionBehind() {
    String user = TestUsers.create(port, "kichban");
    Api api = new Api(port, user, TestUsers.PASSWORD);
    for (int i = 0; i < 3; i++) {
      Api.Download r = api.download("/api/units/stats");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.headers().get("Set-Cookie")).as("no session cookie").isNull();
    }
    assertThat(sessionsOf(user)).isZero();
  }

  @Test
  void administratorsCannotLockThemselvesOut() {
    assertThat(admin().put("/api/admin/users/admin", Map.of("enabled", false)).body())
        .contains("không thể tự vô hiệu hóa");
    Api.Response r =
        admin()
            .put(
                "/api/admin/users/admin",
                Map.of("roles", List.of("PROVINCE_OFFICER"), "scopes", List.of("19")));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("không thể tự bỏ vai trò quản trị");
    assertThat(admin().get("/api/admin/users/admin").status()).isEqualTo(200);
  }

  @Test
  void thePagesCreateAUserShowingRefusalsBesideTheirFields() {
    BrowserSession b = signedIn("admin", "admin-test-password");
    assertThat(b.get("/").body()).contains("href=\"/admin/users\"");
    assertThat(b.get("/admin/users").body()).contains("data-testid=\"user-tinh\"");
    b.get("/admin/users/new");
    String username = TestUsers.unique("trang");
    HttpResponse<String> refused =
        b.post(
            "/admin/users",
            Map.of(
                "username", username,
                "displayName", "Nguyễn Văn Trang",
                "password", "ngan",
                "passwordConfirm", "khac",
                "roles", "COMMUNE_OFFICER",
                "scopes", "01840, 7777"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains(
            "data-testid=\"error-password\"",
            "data-testid=\"error-passwordConfirm\"",
            "data-testid=\"error-scopes\"",
            "Không có đơn vị hành chính mã \"7777\"",
            "value=\"COMMUNE_OFFICER\" id=\"role-COMMUNE_OFFICER\" checked",
            "value=\"Nguyễn Văn Trang\"",
            "value=\"01840, 7777\"")
        .doesNotContain("value=\"ngan\"");

    HttpResponse<String> created =
        b.post(
            "/admin/users",
            Map.of(
                "username",
                username,
                "displayName",
                "Nguyễn Văn Trang",
                "password",
                TestUsers.PASSWORD,
                "passwordConfirm",
                TestUsers.PASSWORD,
                "roles",
                "COMMUNE_OFFICER",
                "scopes",
                "01840"));
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/admin/users/" + username));
    String page = b.get("/admin/users/" + username).body();
    assertThat(page).contains("Đã tạo người dùng", "01840 – Phường Đức Xuân");

    HttpResponse<String> access =
        b.post("/admin/users/" + username + "/access", Map.of("scopes", "01840"));
    assertThat(access.body()).as("no role ticked").contains("data-testid=\"error-roles\"");
    assertThat(b.get("/admin/unit-search?q=duc%20xuan").body())
        .contains("data-scope-code=\"01840\"");
  }

  @Test
  void everyoneChangesTheirOwnPasswordAndTheirOtherSessionsEnd() {
    String user = TestUsers.create(port, "tudoi");
    BrowserSession laptop = signedIn(user, TestUsers.PASSWORD);
    BrowserSession phone = signedIn(user, TestUsers.PASSWORD);
    String before = laptop.cookie("SESSION");
    laptop.get("/account/password");
    String fresh = "câu mật khẩu mới của tôi";
    HttpResponse<String> wrong =
        laptop.post(
            "/account/password",
            Map.of("currentPassword", "sai", "password", fresh, "passwordConfirm", fresh));
    assertThat(wrong.body()).contains("Mật khẩu hiện tại không đúng");

    HttpResponse<String> ok =
        laptop.post(
            "/account/password",
            Map.of(
                "currentPassword",
                TestUsers.PASSWORD,
                "password",
                fresh,
                "passwordConfirm",
                fresh));
    assertThat(ok.statusCode()).isEqualTo(302);
    assertThat(laptop.get("/account/password").body()).contains("Đã đổi mật khẩu");
    assertThat(laptop.cookie("SESSION")).as("a new session id").isNotEqualTo(before);
    assertThat(laptop.get("/units").statusCode()).as("this session goes on").isEqualTo(200);
    assertThat(sentToLogin(phone.get("/units"))).as("the other one ended").isTrue();

    Api api = new Api(port, user, fresh);
    String newer = "và thêm một câu nữa 2027";
    assertThat(
            api.post(
                    "/api/account/password",
                    Map.of("currentPassword", fresh, "password", newer, "passwordConfirm", newer))
                .status())
        .isEqualTo(204);
    assertThat(new Api(port, user, newer).get("/api/units/stats").status()).isEqualTo(200);
  }
}
