package vn.cbcs.support;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Test-only wrapper of an application's DataSource that notices a thread asking for a connection
 * while it already holds one from the same pool: the pattern that drains a pool under load (N
 * threads each holding one and waiting for a second). Every such acquisition is recorded with the
 * stack traces of both acquisitions; in the threads that serve requests and run imports and reports
 * it is also refused at once, so that the failure shows where it happens. {@link ConnectionChecks}
 * fails the test class that leaves a record.
 */
public final class ConnectionGuard extends DelegatingDataSource {

  /** Threads where a second connection is refused, not only recorded. */
  private static final List<String> STRICT =
      List.of("http-nio-", "tomcat-handler-", "excel-import-", "report-");

  private static final List<Violation> VIOLATIONS = new CopyOnWriteArrayList<>();
  private static final AtomicReference<Fault> FAULT = new AtomicReference<>();
  private static final Set<ConnectionGuard> LIVE = ConcurrentHashMap.newKeySet();

  /** Connections held now, by the thread that took them. */
  private final Map<Thread, List<Held>> held = new ConcurrentHashMap<>();

  private final String name;

  public ConnectionGuard(DataSource target, String name) {
    super(target);
    this.name = name;
    LIVE.add(this);
  }

  /** A second connection asked for by a thread that held one. */
  public record Violation(String pool, String thread, Throwable first, Throwable second) {
    @Override
    public String toString() {
      return "thread "
          + thread
          + " asked pool "
          + pool
          + " for a second connection while holding one\n  second asked at:\n"
          + stack(second)
          + "  first taken at:\n"
          + stack(first);
    }
  }

  /** Statements made to fail on purpose: the next {@code times} whose SQL contains the text. */
  private record Fault(String sqlContains, AtomicInteger remaining, boolean unchecked) {}

  /**
   * Makes the next {@code times} statements whose SQL contains {@code sqlContains} fail when they
   * are prepared, with an SQLException or ({@code unchecked}) an IllegalStateException: a database
   * that refuses, or code that throws, at that point.
   */
  public static void failStatements(String sqlContains, int times, boolean unchecked) {
    FAULT.set(new Fault(sqlContains, new AtomicInteger(times), unchecked));
  }

  /** How many of the statements asked to fail have not yet been tried; 0 when none is armed. */
  public static int faultsLeft() {
    Fault f = FAULT.get();
    return f == null ? 0 : Math.max(0, f.remaining().get());
  }

  public static void noFaults() {
    FAULT.set(null);
  }

  private static void fault(Object[] args) throws Exception {
    Fault f = FAULT.get();
    if (f != null
        && args != null
        && args.length > 0
        && args[0] instanceof String sql
        && sql.contains(f.sqlContains())
        && f.remaining().getAndDecrement() > 0) {
      if (f.unchecked()) {
        throw new IllegalStateException("a fault injected by the test");
      }
      throw new SQLException("a fault injected by the test");
    }
  }

  /** A connection handed out: the proxy given, the pool's connection behind it. */
  private record Held(Connection connection, Connection real, Throwable acquiredAt) {

    /**
     * Given back: through the proxy, or directly (JDBC code may close the connection a statement
     * names, which is the pool's own).
     */
    boolean closed() {
      try {
        return real.isClosed();
      } catch (SQLException e) {
        return true;
      }
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return guard(() -> obtainTargetDataSource().getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return guard(() -> obtainTargetDataSource().getConnection(username, password));
  }

  private interface Acquire {
    Connection get() throws SQLException;
  }

  private Connection guard(Acquire acquire) throws SQLException {
    Thread thread = Thread.currentThread();
    Throwable here = new Throwable("connection taken by " + thread.getName());
    List<Held> mine = held.get(thread);
    if (mine != null) {
      mine.removeIf(Held::closed);
    }
    if (mine != null && !mine.isEmpty() && !flyway(here)) {
      Violation v = new Violation(name, thread.getName(), mine.get(0).acquiredAt(), here);
      VIOLATIONS.add(v);
      if (strict(thread.getName())) {
        throw new SQLException("Second connection refused by the test's ConnectionGuard: " + v);
      }
    }
    Connection real = acquire.get();
    Connection proxy = track(real, thread, here);
    return proxy;
  }

  private Connection track(Connection real, Thread owner, Throwable acquiredAt) {
    Connection[] self = new Connection[1];
    self[0] =
        (Connection)
            Proxy.newProxyInstance(
                ConnectionGuard.class.getClassLoader(),
                // ConnectionProxy: Spring knows the connection a statement names as this one
                new Class<?>[] {ConnectionProxy.class},
                (p, method, args) -> {
                  switch (method.getName()) {
                    case "equals":
                      return p == args[0];
                    case "hashCode":
                      return System.identityHashCode(p);
                    case "toString":
                      return "guarded " + real;
                    case "getTargetConnection":
                      return real;
                    default:
                      break;
                  }
                  if (method.getName().startsWith("prepare")) {
                    fault(args);
                  }
                  if (method.getName().equals("close") && method.getParameterCount() == 0) {
                    release(owner, self[0]);
                  }
                  if (method.getName().equals("unwrap")
                      && args != null
                      && args[0] == Connection.class) {
                    return p;
                  }
                  try {
                    return method.invoke(real, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    held.computeIfAbsent(owner, t -> new CopyOnWriteArrayList<>())
        .add(new Held(self[0], real, acquiredAt));
    return self[0];
  }

  private void release(Thread owner, Connection proxy) {
    held.computeIfPresent(
        owner,
        (t, list) -> {
          list.removeIf(h -> h.connection() == proxy);
          return list.isEmpty() ? null : list;
        });
  }

  /**
   * Flyway migrates with a second connection while it holds the schema history's (it has no setting
   * for one): once, at start-up, on the main thread, before the application serves anyone.
   */
  private static boolean flyway(Throwable here) {
    for (StackTraceElement frame : here.getStackTrace()) {
      if (frame.getClassName().startsWith("org.flywaydb.")) {
        return true;
      }
    }
    return false;
  }

  private static boolean strict(String thread) {
    return STRICT.stream().anyMatch(thread::startsWith);
  }

  /** What this pool's threads hold now, with where each connection was taken. */
  public List<String> holders() {
    List<String> out = new ArrayList<>();
    held.forEach(
        (thread, list) ->
            list.stream()
                .filter(h -> !h.closed())
                .forEach(
                    h ->
                        out.add(
                            "thread "
                                + thread.getName()
                                + " holds a connection taken at:\n"
                                + stack(h.acquiredAt()))));
    return out;
  }

  /** The pool's MXBean; null before its first connection or when it is not HikariCP. */
  public HikariPoolMXBean pool() {
    try {
      HikariDataSource hikari = obtainTargetDataSource().unwrap(HikariDataSource.class);
      return hikari.isClosed() ? null : hikari.getHikariPoolMXBean();
    } catch (SQLException e) {
      return null;
    }
  }

  boolean closed() {
    try {
      return obtainTargetDataSource().unwrap(HikariDataSource.class).isClosed();
    } catch (SQLException e) {
      return false;
    }
  }

  /** The guards of the application contexts that are open in this JVM. */
  static List<ConnectionGuard> live() {
    LIVE.removeIf(ConnectionGuard::closed);
    return List.copyOf(LIVE);
  }

  /** The violations recorded so far, which are then forgotten. */
  public static List<Violation> drain() {
    List<Violation> out = List.copyOf(VIOLATIONS);
    VIOLATIONS.removeAll(out);
    return out;
  }

  /** Runs {@code work} and returns the violations it caused (a test of the guard itself). */
  public static List<Violation> recordedDuring(Supplier<?> work) {
    List<Violation> before = drain();
    try {
      work.get();
      return drain();
    } finally {
      VIOLATIONS.addAll(before);
    }
  }

  static String stack(Throwable t) {
    StringBuilder b = new StringBuilder();
    StackTraceElement[] frames = t.getStackTrace();
    for (int i = 0; i < frames.length && i < 60; i++) {
      b.append("    at ").append(frames[i]).append('\n');
    }
    return b.toString();
  }
}
