package vn.cbcs.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Role;

/** Users, roles and unit scopes in PostgreSQL. */
@Repository
class UserStore {

  private final JdbcClient jdbc;

  UserStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Roles and scopes of a user as two arrays, read in the same statement as the user. */
  private static final String ACCESS_COLUMNS =
      "ARRAY(SELECT r.role FROM app_user_role r WHERE r.username = u.username ORDER BY r.role)"
          + " AS roles, ARRAY(SELECT s.unit_code FROM app_user_scope s"
          + " WHERE s.username = u.username ORDER BY s.unit_code) AS scopes";

  /**
   * The user with its password hash, for signing in: one statement (no query inside the row mapper,
   * which would hold a second connection while the first is open).
   */
  Optional<CbcsUser> find(String username) {
    return jdbc.sql(
            "SELECT u.username, u.password_hash, u.display_name, u.enabled, "
                + ACCESS_COLUMNS
                + " FROM app_user u WHERE u.username = ?")
        .param(username)
        .query(
            (rs, i) ->
                new CbcsUser(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4),
                    roles(rs),
                    scopes(rs)))
        .optional();
  }

  /** Users whose username or display name contains {@code query} (all when blank), by username. */
  List<UserAccount> list(String query) {
    String like = query == null || query.isBlank() ? null : "%" + escapeLike(query.strip()) + "%";
    return jdbc.sql(
            """
            SELECT u.username, u.display_name, u.enabled, u.demo, u.created_at,
                   u.password_changed_at, l.locked_until, %s
              FROM app_user u
              LEFT JOIN login_failure l
                ON l.kind = 'USER' AND l.key = u.username AND l.locked_until > now()
             WHERE CAST(:like AS text) IS NULL
                OR u.username ILIKE :like OR unaccent(u.display_name) ILIKE unaccent(:like)
             ORDER BY u.username
            """
                .formatted(ACCESS_COLUMNS))
        .param("like", like)
        .query(this::toAccount)
        .list();
  }

  Optional<UserAccount> account(String username) {
    return jdbc.sql(
            """
            SELECT u.username, u.display_name, u.enabled, u.demo, u.created_at,
                   u.password_changed_at, l.locked_until, %s
              FROM app_user u
              LEFT JOIN login_failure l
                ON l.kind = 'USER' AND l.key = u.username AND l.locked_until > now()
             WHERE u.username = ?
            """
                .formatted(ACCESS_COLUMNS))
        .param(username)
        .query(this::toAccount)
        .optional();
  }

  private UserAccount toAccount(ResultSet rs, int row) throws SQLException {
    String username = rs.getString("username");
    return new UserAccount(
        username,
        rs.getString("display_name"),
        rs.getBoolean("enabled"),
        rs.getBoolean("demo"),
        roles(rs),
        scopes(rs),
        instant(rs, "created_at"),
        instant(rs, "password_changed_at"),
        instant(rs, "locked_until"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static Set<Role> roles(ResultSet rs) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String n : (String[]) rs.getArray("roles").getArray()) {
      roles.add(Role.valueOf(n));
    }
    return roles;
  }

  private static List<String> scopes(ResultSet rs) throws SQLException {
    return List.of((String[]) rs.getArray("scopes").getArray());
  }

  /** Creates the user, or resets its password, name, roles and scopes if it exists. */
  @Transactional
  void upsert(
      String username,
      String passwordHash,
      String displayName,
      boolean demo,
      Set<Role> roles,
      List<String> scopes) {
    jdbc.sql(
            """
            INSERT INTO app_user (username, password_hash, display_name, enabled, demo)
            VALUES (:u, :p, :d, true, :demo)
            ON CONFLICT (username) DO UPDATE
              SET password_hash = :p, display_name = :d, enabled = true, demo = :demo
            """)
        .param("u", username)
        .param("p", passwordHash)
        .param("d", displayName)
        .param("demo", demo)
        .update();
    writeAccess(username, roles, scopes);
  }

  /** A new, enabled, non-demo user. */
  void insert(
      String username,
      String passwordHash,
      String displayName,
      Collection<Role> roles,
      List<String> scopes) {
    jdbc.sql(
            "INSERT INTO app_user (username, password_hash, display_name, enabled, demo)"
                + " VALUES (?, ?, ?, true, false)")
        .params(username, passwordHash, displayName)
        .update();
    writeAccess(username, roles, scopes);
  }

  void updateDisplayName(String username, String displayName) {
    jdbc.sql("UPDATE app_user SET display_name = ?, updated_at = now() WHERE username = ?")
        .params(displayName, username)
        .update();
  }

  /** Replaces roles and scopes and ends the user's sessions (new epoch). */
  void replaceAccess(String username, Collection<Role> roles, List<String> scopes) {
    writeAccess(username, roles, scopes);
    revokeSessions(username);
  }

  private void writeAccess(String username, Collection<Role> roles, List<String> scopes) {
    jdbc.sql("DELETE FROM app_user_role WHERE username = ?").param(username).update();
    jdbc.sql("DELETE FROM app_user_scope WHERE username = ?").param(username).update();
    for (Role role : roles) {
      jdbc.sql("INSERT INTO app_user_role (username, role) VALUES (?, ?)")
          .params(username, role.name())
          .update();
    }
    for (String unit : scopes) {
      jdbc.sql("INSERT INTO app_user_scope (username, unit_code) VALUES (?, ?)")
          .params(username, unit)
          .update();
    }
  }

  void setEnabled(String username, boolean enabled) {
    jdbc.sql("UPDATE app_user SET enabled = ?, updated_at = now() WHERE username = ?")
        .params(enabled, username)
        .update();
    revokeSessions(username);
  }

  /** A new password hash; the user's sessions end (new epoch). */
  void setPassword(String username, String passwordHash) {
    jdbc.sql(
            "UPDATE app_user SET password_hash = ?, password_changed_at = now(), updated_at = now()"
                + " WHERE username = ?")
        .params(passwordHash, username)
        .update();
    revokeSessions(username);
  }

  /** A rehash of the same password with stronger settings: sessions stay. */
  void upgradeHash(String username, String passwordHash) {
    jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?")
        .params(passwordHash, username)
        .update();
  }

  /** What a cached verification of the user's password depends on. */
  Optional<BasicCredentialCache.Stamp> stamp(String username) {
    return jdbc.sql(
            "SELECT enabled, session_epoch, password_changed_at FROM app_user WHERE username = ?")
        .param(username)
        .query(
            (rs, i) ->
                new BasicCredentialCache.Stamp(
                    rs.getBoolean(1),
                    rs.getInt(2),
                    rs.getObject(3, OffsetDateTime.class).toInstant()))
        .optional();
  }

  /** Sessions signed in before now are refused from now on, on every instance. */
  void revokeSessions(String username) {
    jdbc.sql("UPDATE app_user SET session_epoch = session_epoch + 1 WHERE username = ?")
        .param(username)
        .update();
  }

  /** The current session epoch of a user, if it exists. */
  Optional<Integer> sessionEpoch(String username) {
    return jdbc.sql("SELECT session_epoch FROM app_user WHERE username = ?")
        .param(username)
        .query(Integer.class)
        .optional();
  }

  boolean exists(String username) {
    return jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?")
            .param(username)
            .query(Long.class)
            .single()
        > 0;
  }

  List<String> demoUsernames() {
    return jdbc.sql("SELECT username FROM app_user WHERE demo ORDER BY username")
        .query(String.class)
        .list();
  }

  long administratorCount() {
    return jdbc.sql(
            "SELECT count(*) FROM app_user u JOIN app_user_role r USING (username)"
                + " WHERE r.role = 'ADMIN' AND u.enabled")
        .query(Long.class)
        .single();
  }

  @Transactional
  int deleteDemoUsers() {
    return jdbc.sql("DELETE FROM app_user WHERE demo").update();
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
