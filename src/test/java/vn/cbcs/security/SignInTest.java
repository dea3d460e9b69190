package vn.cbcs.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;

/** People sign in with the form, scripts with HTTP Basic; forms need the CSRF token. */
@IntegrationTest
class SignInTest {

  static final String DEMO_PASSWORD = "demo-cbcs-2025";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void pagesSendStrangersToTheLoginForm() {
    HttpResponse<String> r = new BrowserSession(port).get("/units");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
  }

  @Test
  void theApiAnswers401AsJsonToStrangers() {
    Api.Response r = new Api(port, null, null).get("/api/units");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get("message").asString()).contains("đăng nhập");
  }

  @Test
  void demoAccountsWorkWithBasicAuth() {
    assertThat(new Api(port, "tinh", DEMO_PASSWORD).get("/api/units/stats").status())
        .isEqualTo(200);
    assertThat(Api.admin(port).get("/api/units/stats").status()).isEqualTo(200);
    assertThat(new Api(port, "tinh", "wrong-password").get("/api/units/stats").status())
        .isEqualTo(401);
    assertThat(new Api(port, "nobody", "wrong-password").get("/api/units/stats").status())
        .isEqualTo(401);
  }

  @Test
  void theFormSignsInAndOut() {
    BrowserSession browser = new BrowserSession(port);
    HttpResponse<String> signIn = browser.signIn("admin", "admin-test-password");
    assertThat(signIn.statusCode()).isEqualTo(302);
    HttpResponse<String> units = browser.get("/units/06?asOf=2025-06-30");
    assertThat(units.statusCode()).isEqualTo(200);
    assertThat(units.body()).contains("Tỉnh Bắc Kạn", "Huyện Chợ Đồn");
    assertThat(browser.get("/api/units/06?asOf=2025-06-30").statusCode())
        .as("the JSON API accepts the browser session too")
        .isEqualTo(200);
    assertThat(browser.post("/logout", Map.of()).statusCode()).isEqualTo(302);
    assertThat(browser.get("/units").statusCode()).as("the old session is gone").isEqualTo(302);
  }

  @Test
  void aWrongPasswordShowsAMessageThatDoesNotSayWhichPartWasWrong() {
    BrowserSession browser = new BrowserSession(port);
    HttpResponse<String> r = browser.signIn("nobody", "x");
    assertThat(r.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
    assertThat(browser.get("/login?error").body())
        .contains("Tên đăng nhập hoặc mật khẩu không đúng");
  }

  @Test
  void aFormPostWithoutTheCsrfTokenIsRefused() {
    BrowserSession browser = new BrowserSession(port);
    browser.signIn("tinh", DEMO_PASSWORD);
    HttpResponse<String> r =
        browser.postRaw(
            "/units/01840/attributes",
            Map.of(
                "asOf",
                "2025-08-01",
                "attribute",
                "BORDER",
                "value",
                "true",
                "validFrom",
                "2025-07-01",
                "validTo",
                "",
                "legalBasis",
                "QĐ csrf"));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(count("QĐ csrf")).isZero();
  }

  @Test
  void onlyProvinceOfficersRecordUnitAttributes() {
    Map<String, String> form =
        Map.of(
            "asOf",
            "2025-08-01",
            "attribute",
            "ISLAND",
            "value",
            "false",
            "validFrom",
            "2025-07-01",
            "validTo",
            "",
            "legalBasis",
            "QĐ role test");
    BrowserSession commune = new BrowserSession(port);
    commune.signIn("xa", DEMO_PASSWORD);
    commune.get("/units/01840?asOf=2025-08-01");
    assertThat(commune.post("/units/01840/attributes", form).statusCode()).isEqualTo(403);
    assertThat(count("QĐ role test")).isZero();

    jdbc.sql("DELETE FROM unit_attribute WHERE unit_code = '01840' AND attribute = 'ISLAND'")
        .update();
    BrowserSession province = new BrowserSession(port);
    province.signIn("tinh", DEMO_PASSWORD);
    assertThat(province.get("/units/01840?asOf=2025-08-01").body())
        .contains("data-testid=\"attribute-form\"");
    HttpResponse<String> saved = province.post("/units/01840/attributes", form);
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(count("QĐ role test")).isEqualTo(1);
  }

  @Test
  void aRefusedFormIsShownAgainWithTheReasonAndTheValuesTyped() {
    BrowserSession province = new BrowserSession(port);
    province.signIn("tinh", DEMO_PASSWORD);
    province.get("/units/01840?asOf=2025-08-01");
    HttpResponse<String> r =
        province.post(
            "/units/01840/attributes",
            Map.of(
                "asOf",
                "2025-08-01",
                "attribute",
                "CLASS",
                "value",
                "LOAI_I",
                "validFrom",
                "2020-01-01",
                "validTo",
                "",
                "legalBasis",
                "Căn cứ <b>đậm</b>"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("data-testid=\"attribute-error\"", "thời kỳ hiệu lực");
    assertThat(r.body())
        .as("typed text is kept, escaped")
        .contains("Căn cứ &lt;b")
        .doesNotContain("<b>đậm");
  }

  @Test
  void responsesCarrySecurityHeaders() {
    HttpResponse<String> r = new BrowserSession(port).get("/login");
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            v -> assertThat(v).contains("frame-ancestors 'none'", "script-src 'self'"));
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }

  @Test
  void healthIsPublicAndApiDocsNeedSignIn() {
    BrowserSession anonymous = new BrowserSession(port);
    HttpResponse<String> health = anonymous.get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("UP");
    assertThat(anonymous.get("/v3/api-docs").statusCode())
        .as("a browser is sent to the login form")
        .isEqualTo(302);
    assertThat(new Api(port, null, null).get("/v3/api-docs").status())
        .as("a script gets 401")
        .isEqualTo(401);
    Api.Response docs = Api.admin(port).get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.body()).contains("/api/units/{code}/successors");
  }

  private long count(String legalBasis) {
    return jdbc.sql("SELECT count(*) FROM unit_attribute WHERE legal_basis = ?")
        .param(legalBasis)
        .query(Long.class)
        .single();
  }
}
