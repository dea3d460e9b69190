package vn.cbcs.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.cbcs.security.UserAccountChanged;

/**
 * Credentials of HTTP Basic (and the form) verified recently, so that a script's every call does
 * not cost an Argon2id hash (tens of milliseconds of CPU). Only a salted SHA-256 of the password is
 * held (the salt is random per process), for ten minutes at most (configuration), and only while
 * the account's stamp (enabled, session epoch, password change) is the one seen at verification —
 * which the caller checks in the database on every hit, so a change made on another instance counts
 * too. Any change announced for the user, a failed attempt or a lock forgets the entry at once.
 */
@Component
class BasicCredentialCache {

  /** What was true of the account when the password was verified. */
  record Stamp(boolean enabled, int epoch, Instant passwordChangedAt) {}

  private record Entry(byte[] digest, CbcsUser user, Stamp stamp, Instant until) {}

  private static final int MAX_ENTRIES = 10_000;

  private final byte[] salt = new byte[32];
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Duration ttl;

  /**
   * @param ttl how long a verified password is remembered at most ({@code
   *     cbcs.security.basic-cache.ttl}, default 10 min; {@code 0s} remembers nothing).
   */
  BasicCredentialCache(@Value("${cbcs.security.basic-cache.ttl:10m}") Duration ttl) {
    this.ttl = ttl.isNegative() ? Duration.ZERO : ttl;
    new SecureRandom().nextBytes(salt);
  }

  /** The user verified with this password, if cached and not expired; the stamp to re-check. */
  Hit get(String username, String password) {
    Entry e = entries.get(username);
    if (e == null) {
      return null;
    }
    if (e.until().isBefore(Instant.now()) || !MessageDigest.isEqual(e.digest(), digest(password))) {
      entries.remove(username, e);
      return null;
    }
    return new Hit(e.user(), e.stamp());
  }

  /** A cached verification: the user and the account stamp it was made under. */
  record Hit(CbcsUser user, Stamp stamp) {}

  void put(String username, String password, CbcsUser user, Stamp stamp) {
    if (ttl.isZero()) {
      return;
    }
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear(); // crude but bounded: the next calls verify again
    }
    entries.put(username, new Entry(digest(password), user, stamp, Instant.now().plus(ttl)));
  }

  void forget(String username) {
    entries.remove(username);
  }

  @EventListener
  void on(UserAccountChanged change) {
    forget(change.username());
  }

  private byte[] digest(String password) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(salt);
      return md.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
