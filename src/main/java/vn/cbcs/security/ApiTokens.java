package vn.cbcs.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.Role;
import vn.cbcs.platform.TextRules;

/**
 * Personal and service API tokens: a token acts as its user, with the user's roles and scopes as
 * they are at each request (a disabled user's tokens stop at once). The secret is 256 random bits,
 * shown once; only its SHA-256 is stored — a fast hash is right for a random secret, and it keeps a
 * script's call to one indexed lookup instead of a password hash. Everyone manages their own
 * tokens; administrators manage anyone's (service accounts). A token cannot create tokens.
 */
@Service
public class ApiTokens {

  /** What a new token's secret starts with, so that scanners recognise a leaked one. */
  public static final String PREFIX = "cbcs_";

  /** A token just created: the secret is in {@code token}, and nowhere else, ever again. */
  public record Created(ApiToken token, String secret) {}

  /** The user a presented token stands for, as the sign-in filter needs it. */
  public record Holder(
      long tokenId, String prefix, String tokenName, String username, Set<Role> roles) {}

  private static final String COLUMNS =
      "id, username, name, prefix, created_at, created_by, expires_at, revoked_at, revoked_by,"
          + " last_used_at";

  /** The last use is written at most this often per token and instance: not a write per call. */
  static final long USE_STAMP_SECONDS = 60;

  private final JdbcClient jdbc;
  private final int maxDays;
  private final int defaultDays;
  private final SecureRandom random = new SecureRandom();
  private final Map<Long, Instant> stamped = new ConcurrentHashMap<>();

  /**
   * @param maxDays the longest life of a token ({@code cbcs.security.tokens.max-days}, default
   *     366): every token expires; how long is the operator's choice, not a rule of law.
   * @param defaultDays the life offered when none is asked ({@code
   *     cbcs.security.tokens.default-days}, default 90, never above the longest).
   */
  ApiTokens(
      JdbcClient jdbc,
      @Value("${cbcs.security.tokens.max-days:366}") int maxDays,
      @Value("${cbcs.security.tokens.default-days:90}") int defaultDays) {
    if (maxDays < 1) {
      throw new IllegalStateException("cbcs.security.tokens.max-days must be at least 1");
    }
    this.jdbc = jdbc;
    this.maxDays = maxDays;
    this.defaultDays = Math.max(1, Math.min(defaultDays, maxDays));
  }

  /** The longest life of a token, in days (configuration). */
  public int maxDays() {
    return maxDays;
  }

  /** The life a new token gets when none is asked, in days (configuration). */
  public int defaultDays() {
    return defaultDays;
  }

  /** A new token for {@code username}: the user themself, or an administrator for anyone. */
  @Transactional
  public Created create(String username, String name, Integer days, Actor actor) {
    requireManages(username, actor, true);
    requireUser(username);
    List<FieldError> errors = new ArrayList<>();
    String label = name == null ? "" : name.strip();
    if (label.isEmpty() || label.length() > 100) {
      errors.add(new FieldError("name", "token.name.invalid"));
    } else {
      TextRules.check(errors, "name", label);
    }
    int life = days == null ? defaultDays : days;
    if (life < 1 || life > maxDays) {
      errors.add(new FieldError("days", "token.days.range", maxDays));
    }
    InvalidInputException.throwIfAny(errors);
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant expires = Instant.now().plus(life, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    long id =
        jdbc.sql(
                "INSERT INTO app_token (username, name, token_hash, prefix, created_by, expires_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
            .params(
                username,
                label,
                sha256(secret),
                secret.substring(0, PREFIX.length() + 6),
                actor.username(),
                OffsetDateTime.ofInstant(expires, java.time.ZoneOffset.UTC))
            .query(Long.class)
            .single();
    return new Created(find(id).orElseThrow(), secret);
  }

  /** The tokens of a user (their own, or any user's for administrators), newest first. */
  @Transactional(readOnly = true)
  public List<ApiToken> of(String username, Actor actor) {
    requireManages(username, actor, false);
    requireUser(username);
    return jdbc.sql("SELECT " + COLUMNS + " FROM app_token WHERE username = ? ORDER BY id DESC")
        .param(username)
        .query(ApiTokens::map)
        .list();
  }

  /** Revokes a token at once: its next request is refused. */
  @Transactional
  public ApiToken revoke(long id, Actor actor) {
    ApiToken t = find(id).orElseThrow(() -> new NotFoundException("token.notFound", id));
    requireManages(t.username(), actor, true);
    jdbc.sql(
            "UPDATE app_token SET revoked_at = now(), revoked_by = ? WHERE id = ?"
                + " AND revoked_at IS NULL")
        .params(actor.username(), id)
        .update();
    return find(id).orElseThrow();
  }

  /**
   * The user a presented secret stands for: an existing, unrevoked, unexpired token of an enabled
   * user whose username is not locked by failed sign-ins ({@code login_failure}: a lock means the
   * account is under attack or suspicion, and stops every credential of it until it ends or an
   * administrator lifts it); one indexed lookup. Its last use is stamped at most once a minute.
   */
  public Optional<Holder> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    Optional<Holder> holder =
        jdbc.sql(
                "SELECT t.id, t.name, u.username, ARRAY(SELECT r.role FROM app_user_role r"
                    + " WHERE r.username = u.username), t.prefix FROM app_token t"
                    + " JOIN app_user u ON u.username = t.username"
                    + " WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > now()"
                    + " AND u.enabled AND NOT EXISTS (SELECT 1 FROM login_failure f"
                    + " WHERE f.kind = 'USER' AND f.key = lower(u.username)"
                    + " AND f.locked_until > now())")
            .param(sha256(secret))
            .query(
                (rs, i) -> {
                  Set<Role> roles = EnumSet.noneOf(Role.class);
                  for (String r : (String[]) rs.getArray(4).getArray()) {
                    roles.add(Role.valueOf(r));
                  }
                  return new Holder(
                      rs.getLong(1), rs.getString(5), rs.getString(2), rs.getString(3), roles);
                })
            .optional();
    holder.ifPresent(h -> stamp(h.tokenId()));
    return holder;
  }

  private void stamp(long id) {
    Instant now = Instant.now();
    Instant last = stamped.get(id);
    if (last == null || last.isBefore(now.minusSeconds(USE_STAMP_SECONDS))) {
      stamped.put(id, now);
      jdbc.sql("UPDATE app_token SET last_used_at = now() WHERE id = ?").param(id).update();
    }
  }

  private void requireUser(String username) {
    boolean exists =
        jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single()
            > 0;
    if (!exists) {
      throw new NotFoundException("error.user.notFound", username);
    }
  }

  private Optional<ApiToken> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM app_token WHERE id = ?")
        .param(id)
        .query(ApiTokens::map)
        .optional();
  }

  /**
   * One's own tokens, or anyone's with the right to administer users; a token may list, but never
   * create nor revoke, tokens.
   */
  private static void requireManages(String username, Actor actor, boolean write) {
    if (write && actor.source() == Actor.Source.TOKEN) {
      throw new ForbiddenException("token.notFromToken");
    }
    if (!actor.username().equals(username) && !actor.can(Capability.ADMINISTER_USERS)) {
      throw new ForbiddenException("token.notYours");
    }
  }

  static byte[] sha256(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ApiToken map(ResultSet rs, int row) throws SQLException {
    return new ApiToken(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        instant(rs, 5),
        rs.getString(6),
        instant(rs, 7),
        instant(rs, 8),
        rs.getString(9),
        instant(rs, 10));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
