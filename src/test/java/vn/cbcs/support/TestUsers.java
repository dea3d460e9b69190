package vn.cbcs.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh users made through the administration API, with a password that passes the policy. */
public final class TestUsers {

  public static final String PASSWORD = "một câu đủ dài để nhớ";
  private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

  private TestUsers() {}

  public static String unique(String prefix) {
    return prefix + SEQ.incrementAndGet();
  }

  /** A commune personnel officer of Phường Đức Xuân (01840). */
  public static String create(int port, String prefix) {
    return create(port, prefix, "COMMUNE_OFFICER", "01840");
  }

  public static String create(int port, String prefix, String role, String scope) {
    String username = unique(prefix);
    Api.Response r =
        Api.admin(port)
            .post(
                "/api/admin/users",
                Map.of(
                    "username",
                    username,
                    "displayName",
                    "Người thử " + username,
                    "password",
                    PASSWORD,
                    "roles",
                    List.of(role),
                    "scopes",
                    List.of(scope)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return username;
  }

  /** The session id a Spring Session cookie carries (the cookie is its Base64). */
  public static String sessionId(String cookie) {
    return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
  }
}
