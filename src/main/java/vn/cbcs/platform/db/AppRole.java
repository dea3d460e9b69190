package vn.cbcs.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.util.PasswordUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application connects to the embedded cluster as the role {@code cbcs}: not a superuser, the
 * owner of its database and of everything in it — as on an external server (README, "Using an
 * external PostgreSQL"). So the privileges revoked from it count (the audit log's UPDATE, DELETE,
 * TRUNCATE), and SQL run through the application cannot read server files, run programs or change
 * the server's configuration. The superuser {@code postgres} is used by CBCS only here, to set the
 * roles and the database up.
 */
final class AppRole {

  private static final Logger log = LoggerFactory.getLogger(AppRole.class);

  /**
   * Gives every object of schema {@code public} not owned by the role (and not part of an
   * extension) to it: the databases of CBCS versions that ran as {@code postgres}. Tables take
   * their indexes, triggers and own sequences with them; the privileges revoked from the old owner
   * stay revoked from the new one.
   */
  private static final String TRANSFER =
      """
      DO $$
      DECLARE
          app regrole := '%1$s'::regrole;
          r record;
      BEGIN
          FOR r IN
              SELECT c.oid::regclass AS obj, c.relkind FROM pg_class c
              JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                AND c.relowner <> app
                AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                AND d.objid = c.oid AND d.deptype = 'e')
          LOOP
              EXECUTE format('ALTER %%s %%s OWNER TO %%I',
                  CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                 WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, r.obj, app);
          END LOOP;
          FOR r IN
              SELECT c.oid::regclass AS obj FROM pg_class c
              JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND c.relkind = 'S' AND c.relowner <> app
                AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
          LOOP
              EXECUTE format('ALTER SEQUENCE %%s OWNER TO %%I', r.obj, app);
          END LOOP;
          FOR r IN
              SELECT p.oid::regprocedure AS obj, p.prokind FROM pg_proc p
              JOIN pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname = 'public' AND p.proowner <> app
                AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                AND d.objid = p.oid AND d.deptype = 'e')
          LOOP
              EXECUTE format('ALTER %%s %%s OWNER TO %%I',
                  CASE r.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE'
                                 ELSE 'FUNCTION' END, r.obj, app);
          END LOOP;
          FOR r IN
              SELECT t.oid::regtype AS obj, t.typtype FROM pg_type t
              JOIN pg_namespace n ON n.oid = t.typnamespace
              WHERE n.nspname = 'public' AND t.typowner <> app AND t.typtype IN ('e', 'd', 'r', 'c')
                AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
                AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                                AND d.objid = t.oid AND d.deptype = 'e')
          LOOP
              EXECUTE format('ALTER %%s %%s OWNER TO %%I',
                  CASE r.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, r.obj, app);
          END LOOP;
          FOR r IN
              SELECT format('%%I.%%I', n.nspname, c.collname) AS obj FROM pg_collation c
              JOIN pg_namespace n ON n.oid = c.collnamespace
              WHERE n.nspname = 'public' AND c.collowner <> app
                AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_collation'::regclass
                                AND d.objid = c.oid AND d.deptype = 'e')
          LOOP
              EXECUTE format('ALTER COLLATION %%s OWNER TO %%I', r.obj, app);
          END LOOP;
      END
      $$""";

  private AppRole() {}

  /**
   * Creates the role (or sets its password and attributes again) and its database, or gives the
   * database and its objects to the role when an earlier version left them to {@code postgres}.
   *
   * @param pg the cluster, reached as its superuser
   * @param name the application database
   * @param password the role's password
   */
  static void ensure(EmbeddedPostgres pg, String name, String password) throws SQLException {
    if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("cbcs.embedded-db.database must be a plain identifier");
    }
    String role = PasswordFile.APP_ROLE;
    String owner;
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
        s.execute("CREATE ROLE " + role);
      }
      s.execute(
          "ALTER ROLE "
              + role
              + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
              + " PASSWORD "
              + literal(PasswordUtil.encodeScramSha256(password.toCharArray())));
      owner = owner(c, name);
      if (owner == null) {
        s.execute(
            "CREATE DATABASE " + name + " OWNER " + role + " ENCODING 'UTF8' TEMPLATE template0");
        log.info("Created database {} owned by {}", name, role);
        return;
      }
      if (!owner.equals(role)) {
        s.execute("ALTER DATABASE " + name + " OWNER TO " + role);
      }
    }
    try (Connection c = pg.getDatabase(PasswordFile.SUPERUSER, name).getConnection();
        Statement s = c.createStatement()) {
      if (exists(
          c,
          "SELECT 1 FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace"
              + " WHERE n.nspname = 'public' AND k.relowner <> ?::regrole"
              + " AND k.relkind IN ('r', 'p', 'v', 'm', 'S') LIMIT 1",
          role)) {
        s.execute(TRANSFER.formatted(role));
        log.warn(
            "Database {} was created by an earlier CBCS that ran as superuser; its objects now"
                + " belong to the role {}",
            name,
            role);
      }
    }
  }

  /** Sets the superuser's password (a cluster of an earlier version has none). */
  static void setSuperuserPassword(DataSource superuser, String password) throws SQLException {
    try (Connection c = superuser.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "ALTER ROLE "
              + PasswordFile.SUPERUSER
              + " PASSWORD "
              + literal(PasswordUtil.encodeScramSha256(password.toCharArray())));
    }
  }

  private static String owner(Connection c, String database) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = ?")) {
      ps.setString(1, database);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static boolean exists(Connection c, String sql, String param) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** A SCRAM verifier is base64 and {@code $:} only; quoted all the same. */
  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
