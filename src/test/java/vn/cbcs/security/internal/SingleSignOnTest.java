package vn.cbcs.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cbcs.support.BrowserSession;

/**
 * Single sign-on is configured, not coded: with a client registration in the properties the login
 * form offers it, and a person the identity provider names by {@code preferred_username} signs in
 * as that existing CBCS user. A small identity provider of our own (token and key endpoints on
 * localhost) plays the province's.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "cbcs.units.load-on-startup=false",
      "spring.security.oauth2.client.registration.tinh.client-id=cbcs",
      "spring.security.oauth2.client.registration.tinh.client-secret=bi-mat",
      "spring.security.oauth2.client.registration.tinh.client-name=Cổng đăng nhập tỉnh",
      "spring.security.oauth2.client.registration.tinh.authorization-grant-type=authorization_code",
      "spring.security.oauth2.client.registration.tinh.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
      "spring.security.oauth2.client.registration.tinh.scope=openid",
      "spring.security.oauth2.client.provider.tinh.user-name-attribute=sub"
    })
class SingleSignOnTest {

  private static final RSAKey KEY = key();
  private static final HttpServer IDP = idp();
  private static volatile String nonce;
  private static volatile String preferredUsername;

  @LocalServerPort int port;
  @Autowired OidcAccounts accounts;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    String base = "http://127.0.0.1:" + IDP.getAddress().getPort();
    registry.add(
        "spring.security.oauth2.client.provider.tinh.authorization-uri", () -> base + "/auth");
    registry.add("spring.security.oauth2.client.provider.tinh.token-uri", () -> base + "/token");
    registry.add("spring.security.oauth2.client.provider.tinh.jwk-set-uri", () -> base + "/jwks");
  }

  @AfterAll
  static void stopIdp() {
    IDP.stop(0);
  }

  @Test
  void theLoginFormOffersTheConfiguredProvider() {
    String page = new BrowserSession(port).get("/login").body();
    assertThat(page)
        .contains(
            "href=\"/oauth2/authorization/tinh\"",
            "Đăng nhập một lần qua Cổng đăng nhập tỉnh",
            "action=\"/login\"");
  }

  @Test
  void aPersonTheProviderNamesSignsInAsThatCbcsUser() {
    preferredUsername = "TINH";
    BrowserSession browser = new BrowserSession(port);
    HttpResponse<String> callback = signInThroughTheProvider(browser);
    assertThat(callback.headers().firstValue("Location"))
        .hasValue("http://localhost:" + port + "/");
    HttpResponse<String> units = browser.get("/units");
    assertThat(units.statusCode()).isEqualTo(200);
    assertThat(units.body()).contains("Cán bộ Ban Tổ chức Tỉnh ủy (demo)");
    assertThat(
            jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = 'tinh'")
                .query(Long.class)
                .single())
        .as("a session in PostgreSQL under the CBCS username")
        .isPositive();
  }

  @Test
  void nobodyIsCreatedForAPersonCbcsDoesNotKnow() {
    preferredUsername = "nguoi-la";
    BrowserSession browser = new BrowserSession(port);
    HttpResponse<String> callback = signInThroughTheProvider(browser);
    assertThat(callback.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?sso-error"));
    assertThat(browser.get("/login?sso-error").body()).contains("chưa được cấp quyền");
    assertThat(browser.get("/units").statusCode()).isEqualTo(302);
    assertThat(
            jdbc.sql("SELECT count(*) FROM app_user WHERE username = 'nguoi-la'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theClaimMapsToAnEnabledUserWithItsRoles() {
    CbcsOidcUser user = accounts.map(oidcUser(Map.of("preferred_username", " Thanhtra ")));
    assertThat(user.getName()).isEqualTo("thanhtra");
    assertThat(user.displayName()).isEqualTo("Ủy ban Kiểm tra (demo)");
    assertThat(user.getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_INSPECTOR");
    assertThatThrownBy(() -> accounts.map(oidcUser(Map.of("email", "a@b.vn"))))
        .isInstanceOf(OAuth2AuthenticationException.class);
  }

  /** The browser goes to the provider, which sends it back with a code, as a real one would. */
  private HttpResponse<String> signInThroughTheProvider(BrowserSession browser) {
    HttpResponse<String> toProvider = browser.get("/oauth2/authorization/tinh");
    assertThat(toProvider.statusCode()).isEqualTo(302);
    URI authorize = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
    assertThat(authorize.getPath()).isEqualTo("/auth");
    Map<String, String> query = query(authorize.getRawQuery());
    assertThat(query).containsEntry("client_id", "cbcs").containsEntry("response_type", "code");
    nonce = query.get("nonce");
    return browser.get(
        "/login/oauth2/code/tinh?code=ma-mot-lan&state="
            + java.net.URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
  }

  private static DefaultOidcUser oidcUser(Map<String, Object> claims) {
    Map<String, Object> all = new HashMap<>(claims);
    all.put("sub", "abc-123");
    OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), all);
    return new DefaultOidcUser(List.of(), token);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> map = new HashMap<>();
    for (String pair : raw.split("&")) {
      String[] kv = pair.split("=", 2);
      map.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
    }
    return map;
  }

  private static RSAKey key() {
    try {
      return new RSAKeyGenerator(2048).keyID("tinh-1").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpServer idp() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/jwks", exchange -> answer(exchange, new JWKSet(KEY.toPublicJWK()).toString()));
      server.createContext("/token", exchange -> answer(exchange, tokenResponse()));
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String tokenResponse() {
    try {
      JWTClaimsSet claims =
          new JWTClaimsSet.Builder()
              .issuer("http://127.0.0.1:" + IDP.getAddress().getPort())
              .subject("abc-123")
              .audience("cbcs")
              .issueTime(new Date())
              .expirationTime(new Date(System.currentTimeMillis() + 300_000))
              .claim("nonce", nonce)
              .claim("preferred_username", preferredUsername)
              .build();
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(KEY));
      return "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":300,"
          + "\"scope\":\"openid\",\"id_token\":\""
          + jwt.serialize()
          + "\"}";
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void answer(HttpExchange exchange, String json) throws IOException {
    exchange.getRequestBody().readAllBytes();
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}
