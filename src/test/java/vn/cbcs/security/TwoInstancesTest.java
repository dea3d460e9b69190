package vn.cbcs.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.CbcsApplication;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.TestUsers;

/**
 * Two app instances on one database, as behind a load balancer: a person signed in on one is signed
 * in on the other, edits through either, is signed out of both at once, and is locked out of both
 * by failures spread over them.
 */
class TwoInstancesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static EmbeddedPostgres database;
  private static ConfigurableApplicationContext a;
  private static ConfigurableApplicationContext b;

  @BeforeAll
  static void startTwoInstancesOnOneDatabase() throws IOException {
    database =
        EmbeddedPostgres.builder()
            .setLocaleConfig("locale", "C")
            .setPGStartupWait(Duration.ofSeconds(60))
            .start();
    a = instance();
    b = instance();
  }

  private static ConfigurableApplicationContext instance() {
    return new SpringApplicationBuilder(CbcsApplication.class)
        .run(
            "--spring.datasource.url=jdbc:postgresql://localhost:"
                + database.getPort()
                + "/postgres",
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
            "--server.port=0",
            "--cbcs.demo.generate=false",
            "--cbcs.demo.admin-password=admin-test-password",
            "--spring.main.banner-mode=off");
  }

  @AfterAll
  static void stop() throws IOException {
    if (b != null) {
      b.close();
    }
    if (a != null) {
      a.close();
    }
    if (database != null) {
      database.close();
    }
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Test
  void aSessionBegunOnOneInstanceReadsAndEditsOnTheOther() {
    long id = createPerson("Hà Thị Thu");
    CookieManager cookies = new CookieManager();
    BrowserSession onA = new BrowserSession(port(a), cookies);
    BrowserSession onB = new BrowserSession(port(b), cookies);

    assertThat(onA.signIn("admin", "admin-test-password").statusCode()).isEqualTo(302);
    String session = onA.cookie("SESSION");

    HttpResponse<String> page = onB.get("/people/" + id);
    assertThat(page.statusCode()).as("B knows the session A began").isEqualTo(200);
    assertThat(page.body()).contains("Hà Thị Thu", "Quản trị viên (demo)");
    assertThat(onB.cookie("SESSION")).as("the same session").isEqualTo(session);

    JsonNode before = json(onB.json("GET", "/api/people/" + id, null, false));
    ObjectNode edit = (ObjectNode) before.deepCopy();
    edit.put("fullName", "Hà Thị Thu Hằng");
    edit.put("reason", "Sửa họ tên qua máy chủ B");
    HttpResponse<String> put = onB.json("PUT", "/api/people/" + id, edit.toString(), true);
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

    JsonNode seenFromA = json(onA.json("GET", "/api/people/" + id, null, false));
    assertThat(seenFromA.get("fullName").asString()).isEqualTo("Hà Thị Thu Hằng");
    JsonNode history = json(onA.json("GET", "/api/people/" + id + "/history", null, false));
    assertThat(history.get(0).get("changedBy").asString()).isEqualTo("admin");

    onA.get("/people");
    assertThat(onA.post("/logout", Map.of()).statusCode()).isEqualTo(302);
    HttpResponse<String> afterLogout =
        BrowserSession.withCookie(port(b), "SESSION", session).get("/people");
    assertThat(afterLogout.statusCode()).as("signed out of B by the logout on A").isEqualTo(302);
  }

  @Test
  void disablingOnOneInstanceEndsTheSessionOnTheOther() {
    String user = TestUsers.create(port(a), "haimay");
    BrowserSession onB = new BrowserSession(port(b));
    onB.signIn(user, TestUsers.PASSWORD);
    assertThat(onB.get("/units").statusCode()).isEqualTo(200);
    assertThat(
            Api.admin(port(a)).put("/api/admin/users/" + user, Map.of("enabled", false)).status())
        .isEqualTo(200);
    assertThat(onB.get("/units").statusCode()).isEqualTo(302);
  }

  @Test
  void failuresOnBothInstancesAddUp() {
    String user = TestUsers.create(port(a), "demchung");
    for (int i = 0; i < 4; i++) {
      ConfigurableApplicationContext instance = i % 2 == 0 ? a : b;
      assertThat(
              new BrowserSession(port(instance))
                  .signIn(user, "sai")
                  .headers()
                  .firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }
    assertThat(new BrowserSession(port(b)).signIn(user, "sai").headers().firstValue("Location"))
        .as("the fifth, on B, after two on B and two on A")
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
    assertThat(
            new BrowserSession(port(a))
                .signIn(user, TestUsers.PASSWORD)
                .headers()
                .firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
  }

  private static long createPerson(String name) {
    Api.Response r =
        Api.admin(port(a)).post("/api/people", PersonJsonMother.person(name, true, 1984));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private static JsonNode json(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }
}
