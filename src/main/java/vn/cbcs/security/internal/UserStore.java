package vn.cbcs.security.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.security.Role;

/** Users, roles and unit scopes in PostgreSQL. */
@Repository
class UserStore implements UserDetailsService {

  private final JdbcClient jdbc;

  UserStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }

  Optional<CbcsUser> find(String username) {
    return jdbc.sql(
            "SELECT username, password_hash, display_name, enabled FROM app_user WHERE username = ?")
        .param(username)
        .query(
            (rs, i) ->
                new CbcsUser(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4),
                    roles(rs.getString(1)),
                    scopes(rs.getString(1))))
        .optional();
  }

  private Set<Role> roles(String username) {
    List<String> names =
        jdbc.sql("SELECT role FROM app_user_role WHERE username = ?")
            .param(username)
            .query(String.class)
            .list();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    names.forEach(n -> roles.add(Role.valueOf(n)));
    return roles;
  }

  private List<String> scopes(String username) {
    return jdbc.sql("SELECT unit_code FROM app_user_scope WHERE username = ? ORDER BY unit_code")
        .param(username)
        .query(String.class)
        .list();
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
}
