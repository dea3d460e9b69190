package vn.cbcs.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * API tokens (issue 18): a token acts as its user with the user's scopes, is refused once revoked
 * or expired or when its user is disabled, cannot mint tokens, is stored only as a hash, and the
 * audit log names it. HTTP Basic credentials are remembered for a while, and forgotten when the
 * password changes.
 */
@IntegrationTest
class ApiTokenTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private record Answer(int status, JsonNode json, List<String> cookies) {}

  private Answer bearer(String method, String path, String secret, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + secret)
            .header("Accept", "application/json");
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> r =
        HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    String text = r.body();
    return new Answer(
        r.statusCode(),
        text.isBlank() || text.startsWith("<") ? null : JSON.readTree(text),
        r.headers().allValues("Set-Cookie"));
  }

  private long record(String name, String commune) {
    ObjectNode p = person(name + " " + (System.nanoTime() % 10000), true, 1985);
    p.set(
        "assignments",
        array(assignment(commune, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private JsonNode create(Api api, String name) {
    Api.Response r = api.post("/api/account/tokens", Map.of("name", name, "days", 30));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  @Test
  void aTokenActsAsItsUserWithinTheUsersScopeAndTheAuditLogNamesIt() throws Exception {
    String user = TestUsers.create(port, "token");
    Api basic = new Api(port, user, TestUsers.PASSWORD);
    JsonNode created = create(basic, "đồng bộ hằng đêm");
    String secret = created.get("secret").asString();
    long id = created.get("token").get("id").asLong();
    assertThat(secret).startsWith("cbcs_").hasSizeGreaterThan(40);
    assertThat(created.get("token").has("secret")).isFalse();

    long inside = record("Ma Thị Mã", "01840");
    long outside = record("Ma Văn Ngoài Mã", "00004");
    assertThat(bearer("GET", "/api/people/" + inside, secret, null).status()).isEqualTo(200);
    assertThat(bearer("GET", "/api/people/" + outside, secret, null).status()).isEqualTo(403);
    Answer list = bearer("GET", "/api/people?unit=01840", secret, null);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().toString()).contains("\"id\":" + inside);
    assertThat(list.cookies()).as("a Bearer call is stateless: no session").isEmpty();
    assertThat(bearer("GET", "/api/people?unit=00004", secret, null).status())
        .as("another commune's list: the same answer as for Basic (ScopeEnforcementTest)")
        .isEqualTo(403);
    String prefix = created.get("token").get("prefix").asString();
    assertThat(secret).startsWith(prefix);

    String phone = "0209 " + (System.nanoTime() % 1000000);
    JsonNode current = bearer("GET", "/api/people/" + inside, secret, null).json();
    ObjectNode body = (ObjectNode) current.deepCopy();
    body.put("phone", phone);
    body.put("reason", "Cập nhật qua API");
    assertThat(bearer("PUT", "/api/people/" + inside, secret, body.toString()).status())
        .isEqualTo(200);
    List<String> logged =
        jdbc.sql(
                "SELECT t.actor || ' ' || t.source || ' ' || t.request FROM audit_log l"
                    + " JOIN audit_txn t ON t.id = l.txn_id"
                    + " WHERE l.person_id = :p AND l.kind = 'UPDATE' AND l.table_name = 'person'")
            .param("p", inside)
            .query(String.class)
            .list();
    assertThat(logged)
        .singleElement()
        .asString()
        .startsWith(user + " TOKEN PUT /api/people/" + inside)
        .contains("token " + id + " " + prefix + "/đồng bộ hằng đêm");

    byte[] stored =
        jdbc.sql("SELECT token_hash FROM app_token WHERE id = ?")
            .param(id)
            .query(byte[].class)
            .single();
    assertThat(stored).hasSize(32);
    assertThat(
            jdbc.sql("SELECT count(*) FROM app_token WHERE prefix = ? OR name = ?")
                .params(secret, secret)
                .query(Long.class)
                .single())
        .as("the secret is stored nowhere")
        .isZero();
  }

  @Test
  void aRevokedOrExpiredTokenOrADisabledUsersIsRefused() throws Exception {
    String user = TestUsers.create(port, "tokenend");
    Api basic = new Api(port, user, TestUsers.PASSWORD);
    String revoked = create(basic, "sẽ thu hồi").get("secret").asString();
    JsonNode expiring = create(basic, "sẽ hết hạn");
    String kept = create(basic, "giữ lại").get("secret").asString();
    assertThat(bearer("GET", "/api/account/tokens", revoked, null).status()).isEqualTo(200);

    long revokedId = -1;
    for (JsonNode t : basic.get("/api/account/tokens").json()) {
      if (t.get("name").asString().equals("sẽ thu hồi")) {
        revokedId = t.get("id").asLong();
      }
    }
    assertThat(basic.delete("/api/account/tokens/" + revokedId).status()).isEqualTo(200);
    assertThat(bearer("GET", "/api/people?unit=01840", revoked, null).status()).isEqualTo(401);

    jdbc.sql(
            "UPDATE app_token SET created_at = now() - interval '2 days', expires_at = now() - interval '1 second' WHERE id = ?")
        .param(expiring.get("token").get("id").asLong())
        .update();
    assertThat(
            bearer("GET", "/api/people?unit=01840", expiring.get("secret").asString(), null)
                .status())
        .isEqualTo(401);
    Answer wrong = bearer("GET", "/api/people?unit=01840", "cbcs_not-a-token", null);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().get("message").asString())
        .startsWith("Mã truy cập API không dùng được");

    assertThat(bearer("GET", "/api/people?unit=01840", kept, null).status()).isEqualTo(200);
    assertThat(Api.admin(port).put("/api/admin/users/" + user, Map.of("enabled", false)).status())
        .isEqualTo(200);
    assertThat(bearer("GET", "/api/people?unit=01840", kept, null).status())
        .as("the user is disabled")
        .isEqualTo(401);
  }

  @Test
  void aTokenCannotMintTokensNorTouchAnothersAndAdministratorsManageServiceAccounts()
      throws Exception {
    String user = TestUsers.create(port, "tokenmint");
    String other = TestUsers.create(port, "tokenother");
    Api basic = new Api(port, user, TestUsers.PASSWORD);
    String secret = create(basic, "kịch bản").get("secret").asString();
    assertThat(bearer("POST", "/api/account/tokens", secret, "{\"name\":\"thêm\"}").status())
        .isEqualTo(403);
    long othersToken =
        create(new Api(port, other, TestUsers.PASSWORD), "của người khác")
            .get("token")
            .get("id")
            .asLong();
    assertThat(basic.delete("/api/account/tokens/" + othersToken).status()).isEqualTo(403);
    assertThat(basic.get("/api/admin/users/" + other + "/tokens").status()).isEqualTo(403);

    Api.Response service =
        Api.admin(port)
            .post("/api/admin/users/" + other + "/tokens", Map.of("name", "tích hợp tỉnh"));
    assertThat(service.status()).as(service.body()).isEqualTo(201);
    assertThat(service.json().get("token").get("createdBy").asString()).isEqualTo("admin");
    assertThat(bearer("GET", "/api/me", service.json().get("secret").asString(), null).status())
        .as("a commune officer's token: no self-service capability")
        .isEqualTo(403);
    assertThat(Api.admin(port).delete("/api/account/tokens/" + othersToken).status())
        .isEqualTo(200);
  }

  @Test
  void basicCredentialsAreRememberedUntilThePasswordChanges() {
    String user = TestUsers.create(port, "basiccache");
    Api old = new Api(port, user, TestUsers.PASSWORD);
    assertThat(old.get("/api/people?unit=01840").status()).isEqualTo(200);
    assertThat(old.get("/api/people?unit=01840").status()).isEqualTo(200);
    String next = "một câu mới cũng đủ dài";
    Api.Response reset =
        Api.admin(port).post("/api/admin/users/" + user + "/password", Map.of("password", next));
    assertThat(reset.status()).as(reset.body()).isEqualTo(204);
    assertThat(old.get("/api/people?unit=01840").status())
        .as("the remembered password is forgotten with the change")
        .isEqualTo(401);
    assertThat(new Api(port, user, next).get("/api/people?unit=01840").status()).isEqualTo(200);
  }

  @Test
  void aTokenOfALockedUsernameIsRefusedUntilTheLockIsLifted() throws Exception {
    String user = TestUsers.create(port, "tokenlock");
    String secret =
        create(new Api(port, user, TestUsers.PASSWORD), "khóa").get("secret").asString();
    assertThat(bearer("GET", "/api/people?unit=01840", secret, null).status()).isEqualTo(200);
    for (int i = 0; i < 5; i++) {
      assertThat(new Api(port, user, "sai").get("/api/units/stats").status()).isEqualTo(401);
    }
    assertThat(bearer("GET", "/api/people?unit=01840", secret, null).status())
        .as("five failed passwords lock the username, and its tokens with it")
        .isEqualTo(401);
    assertThat(Api.admin(port).post("/api/admin/users/" + user + "/unlock", Map.of()).status())
        .isEqualTo(204);
    assertThat(bearer("GET", "/api/people?unit=01840", secret, null).status()).isEqualTo(200);
  }

  @Test
  void theLastUseIsWrittenAtMostOnceAMinuteNotOnEveryCall() throws Exception {
    String user = TestUsers.create(port, "tokenuse");
    JsonNode created = create(new Api(port, user, TestUsers.PASSWORD), "dấu dùng");
    String secret = created.get("secret").asString();
    long id = created.get("token").get("id").asLong();
    assertThat(created.get("token").get("lastUsedAt").isNull()).isTrue();
    assertThat(bearer("GET", "/api/people?unit=01840", secret, null).status()).isEqualTo(200);
    assertThat(lastUsed(id)).as("the first call is stamped").isNotNull();
    jdbc.sql("UPDATE app_token SET last_used_at = '2001-01-01T00:00:00Z' WHERE id = ?")
        .param(id)
        .update();
    assertThat(bearer("GET", "/api/people?unit=01840", secret, null).status()).isEqualTo(200);
    assertThat(lastUsed(id))
        .as("a second call within the minute writes nothing")
        .isEqualTo("2001-01-01");
  }

  private String lastUsed(long id) {
    return jdbc.sql(
            "SELECT to_char(last_used_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM app_token"
                + " WHERE id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  @Test
  void everyTokenExpiresWithinTheConfiguredLongestLife() {
    String user = TestUsers.create(port, "tokenlife");
    Api basic = new Api(port, user, TestUsers.PASSWORD);
    Api.Response tooLong =
        basic.post("/api/account/tokens", Map.of("name", "mãi mãi", "days", 367));
    assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
    assertThat(tooLong.body()).contains("Số ngày hiệu lực phải từ 1 đến 366");
    assertThat(basic.post("/api/account/tokens", Map.of("name", "không", "days", 0)).status())
        .isEqualTo(400);
    Api.Response byDefault = basic.post("/api/account/tokens", Map.of("name", "mặc định"));
    assertThat(byDefault.status()).isEqualTo(201);
    assertThat(
            jdbc.sql(
                    "SELECT round(extract(epoch FROM expires_at - created_at) / 86400)"
                        + " FROM app_token WHERE id = ?")
                .param(byDefault.json().get("token").get("id").asLong())
                .query(Long.class)
                .single())
        .as("the default life (cbcs.security.tokens.default-days)")
        .isEqualTo(90L);
  }

  @Test
  void rememberedBasicCredentialsEndWithTheAccountOrTheLock() {
    String disabled = TestUsers.create(port, "basicoff");
    Api off = new Api(port, disabled, TestUsers.PASSWORD);
    assertThat(off.get("/api/people?unit=01840").status()).isEqualTo(200);
    assertThat(
            Api.admin(port).put("/api/admin/users/" + disabled, Map.of("enabled", false)).status())
        .isEqualTo(200);
    assertThat(off.get("/api/people?unit=01840").status())
        .as("disabled: the remembered password no longer signs in")
        .isEqualTo(401);

    String locked = TestUsers.create(port, "basiclock");
    Api right = new Api(port, locked, TestUsers.PASSWORD);
    assertThat(right.get("/api/people?unit=01840").status()).isEqualTo(200);
    for (int i = 0; i < 5; i++) {
      assertThat(new Api(port, locked, "sai").get("/api/units/stats").status()).isEqualTo(401);
    }
    assertThat(right.get("/api/people?unit=01840").status())
        .as("locked: the remembered password is refused like any other")
        .isEqualTo(401);
  }

  @Test
  void anAdministratorMakesAServiceAccountsTokenOnItsPageAndItActsAsThatAccount() throws Exception {
    String service = TestUsers.create(port, "tichhop");
    BrowserSession browser = new BrowserSession(port);
    browser.signIn("admin", "admin-test-password");
    HttpResponse<String> account = browser.get("/admin/users/" + service);
    assertThat(account.body()).contains("href=\"/admin/users/" + service + "/tokens\"");
    HttpResponse<String> page = browser.get("/admin/users/" + service + "/tokens");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Mã truy cập API của tài khoản " + service)
        .contains("action=\"/admin/users/" + service + "/tokens\"");
    HttpResponse<String> made =
        browser.post(
            "/admin/users/" + service + "/tokens", Map.of("name", "kết nối tỉnh", "days", "30"));
    assertThat(made.statusCode()).isEqualTo(200);
    Matcher m = Pattern.compile("data-testid=\"token-secret\">(cbcs_[^<]+)<").matcher(made.body());
    assertThat(m.find()).as(made.body()).isTrue();
    String secret = m.group(1);

    Answer mine = bearer("GET", "/api/account/tokens", secret, null);
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.json().get(0).get("username").asString()).isEqualTo(service);
    assertThat(mine.json().get(0).get("createdBy").asString()).isEqualTo("admin");
    assertThat(bearer("GET", "/api/people?unit=01840", secret, null).status()).isEqualTo(200);
    assertThat(bearer("GET", "/api/people?unit=00004", secret, null).status()).isEqualTo(403);

    long id = mine.json().get(0).get("id").asLong();
    HttpResponse<String> revoked = browser.post("/account/tokens/" + id + "/revoke", Map.of());
    assertThat(revoked.statusCode()).isEqualTo(302);
    assertThat(revoked.headers().firstValue("Location").orElse(""))
        .as("back to the account's tokens")
        .endsWith("/admin/users/" + service + "/tokens");
    assertThat(bearer("GET", "/api/people?unit=01840", secret, null).status()).isEqualTo(401);
  }
}
