package vn.cbcs.security.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins counted in PostgreSQL, per username and per client address, so that every app
 * instance sees the same counts. A username (whether or not it exists, so that the answer never
 * tells) is locked after {@code maxFailures} failures within the window; an address after {@code
 * maxFailuresPerAddress}. A lock lasts {@code lockDuration}; then counting starts again. A
 * successful sign-in clears the username's count, never the address's.
 */
@Component
class LoginThrottle {

  static final String USER = "USER";
  static final String ADDRESS = "IP";
  private static final int MAX_KEY = 100;

  private final JdbcClient jdbc;
  private final TrustProperties.Login settings;

  LoginThrottle(JdbcClient jdbc, TrustProperties props) {
    this.jdbc = jdbc;
    this.settings = props.login();
  }

  /** The username as counted: trimmed, lower case, at most 100 characters. */
  static String userKey(String username) {
    String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
  }

  private static String addressKey(String address) {
    String key = address == null ? "unknown" : address;
    return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
  }

  /** Whether sign-in is refused now for this username or from this address. */
  boolean locked(String username, String address) {
    return jdbc.sql(
                """
            SELECT count(*) FROM login_failure
            WHERE ((kind = 'USER' AND key = :user) OR (kind = 'IP' AND key = :address))
              AND locked_until > now()
            """)
            .param("user", userKey(username))
            .param("address", addressKey(address))
            .query(Long.class)
            .single()
        > 0;
  }

  /** Counts a failure for both; returns whether either is now locked. */
  boolean recordFailure(String username, String address) {
    boolean user = count(USER, userKey(username), settings.maxFailures());
    boolean ip = count(ADDRESS, addressKey(address), settings.maxFailuresPerAddress());
    forgetExpired();
    return user || ip;
  }

  /** A successful sign-in: the username starts from zero. */
  void recordSuccess(String username) {
    clear(username);
  }

  /** Lifts a username's lock and count (an administrator's unlock, a password reset). */
  void clear(String username) {
    jdbc.sql("DELETE FROM login_failure WHERE kind = 'USER' AND key = ?")
        .param(userKey(username))
        .update();
  }

  /** Until when the username is locked, if it is. */
  Optional<Instant> lockedUntil(String username) {
    return jdbc.sql(
            "SELECT locked_until FROM login_failure"
                + " WHERE kind = 'USER' AND key = ? AND locked_until > now()")
        .param(userKey(username))
        .query(OffsetDateTime.class)
        .optional()
        .map(OffsetDateTime::toInstant);
  }

  private boolean count(String kind, String key, int max) {
    int failures =
        jdbc.sql(
                """
                INSERT INTO login_failure AS f (kind, key, window_start, failures)
                VALUES (:kind, :key, now(), 1)
                ON CONFLICT (kind, key) DO UPDATE SET
                  failures = CASE WHEN f.window_start < now() - make_interval(secs => :window)
                                  THEN 1 ELSE f.failures + 1 END,
                  window_start = CASE WHEN f.window_start < now() - make_interval(secs => :window)
                                      THEN now() ELSE f.window_start END
                RETURNING failures
                """)
            .param("kind", kind)
            .param("key", key)
            .param("window", (double) settings.failureWindow().toSeconds())
            .query(Integer.class)
            .single();
    if (failures < max) {
      return false;
    }
    jdbc.sql(
            """
            UPDATE login_failure
               SET locked_until = now() + make_interval(secs => :lock), failures = 0,
                   window_start = now()
             WHERE kind = :kind AND key = :key
            """)
        .param("lock", (double) settings.lockDuration().toSeconds())
        .param("kind", kind)
        .param("key", key)
        .update();
    return true;
  }

  /** Counts whose window has passed and that lock nothing are forgotten. */
  private void forgetExpired() {
    jdbc.sql(
            """
            DELETE FROM login_failure
             WHERE window_start < now() - make_interval(secs => :window)
               AND (locked_until IS NULL OR locked_until < now())
            """)
        .param("window", (double) settings.failureWindow().toSeconds())
        .update();
  }
}
