package vn.cbcs.support;

import com.zaxxer.hikari.HikariPoolMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After every test class (registered for all of them through JUnit's extension auto-detection):
 * fails the class when, while it ran, a thread asked for a second connection ({@link
 * ConnectionGuard}) or HikariCP reported a leak ({@link LeakLog}), or when a pool does not come
 * back to idle (no connection in use, nobody waiting) within 30 seconds of its end — a connection
 * left bound to a thread.
 */
public class ConnectionChecks implements AfterAllCallback {

  static final Duration IDLE_WAIT = Duration.ofSeconds(30);

  @Override
  public void afterAll(ExtensionContext context) {
    verify(IDLE_WAIT);
  }

  /** Throws an AssertionError naming every problem found (each is then forgotten). */
  public static void verify(Duration idleWait) {
    List<String> problems = new ArrayList<>();
    for (ConnectionGuard.Violation v : ConnectionGuard.drain()) {
      problems.add(v.toString());
    }
    for (ConnectionGuard guard : ConnectionGuard.live()) {
      if (!idle(guard, idleWait)) {
        HikariPoolMXBean pool = guard.pool();
        StringBuilder b =
            new StringBuilder(
                "a pool did not come back to idle within "
                    + idleWait.toSeconds()
                    + " s: "
                    + (pool == null
                        ? "?"
                        : pool.getActiveConnections()
                            + " in use, "
                            + pool.getThreadsAwaitingConnection()
                            + " threads waiting"));
        guard.holders().forEach(h -> b.append('\n').append(h));
        problems.add(b.toString());
      }
    }
    for (String leak : LeakLog.drain()) {
      problems.add("HikariCP reported a connection leak: " + leak);
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          problems.size() + " connection problem(s):\n\n" + String.join("\n\n", problems));
    }
  }

  /** Whether the pool is idle, or becomes so within {@code wait}. */
  public static boolean idle(ConnectionGuard guard, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      HikariPoolMXBean pool = guard.pool();
      if (pool == null
          || (pool.getActiveConnections() == 0 && pool.getThreadsAwaitingConnection() == 0)) {
        return true;
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
