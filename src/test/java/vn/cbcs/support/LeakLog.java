package vn.cbcs.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Records HikariCP's connection-leak warnings (a connection held longer than {@code
 * spring.datasource.hikari.leak-detection-threshold}, set in the tests' configuration), so that
 * {@link ConnectionChecks} fails the test class during which one was logged and not returned. A
 * connection HikariCP reports again as "returned to the pool (unleaked)" was held long, not lost
 * (the demo province is written one province per transaction, which takes more than the threshold
 * on a busy machine): it is forgotten, with a line on standard error.
 */
public final class LeakLog extends AppenderBase<ILoggingEvent> {

  static final String LOGGER = "com.zaxxer.hikari.pool.ProxyLeakTask";
  private static final String NAME = "cbcs-leak-log";
  private static final Map<String, String> LEAKS = new ConcurrentHashMap<>();
  private static final Pattern CONNECTION = Pattern.compile("(?:for|connection) (\\S+) on thread");

  /** Attaches the recorder to HikariCP's leak logger (again after logging was re-initialised). */
  static synchronized void attach() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    Logger logger = context.getLogger(LOGGER);
    if (logger.getAppender(NAME) != null) {
      return;
    }
    // INFO: the "returned to the pool (unleaked)" line that follows a leak report
    logger.setLevel(Level.INFO);
    LeakLog appender = new LeakLog();
    appender.setName(NAME);
    appender.setContext(context);
    appender.start();
    logger.addAppender(appender);
    // the failing check prints it, with its stack trace
    logger.setAdditive(false);
  }

  @Override
  protected void append(ILoggingEvent event) {
    String message = event.getFormattedMessage();
    Matcher m = CONNECTION.matcher(message);
    String connection = m.find() ? m.group(1) : message;
    if (!event.getLevel().isGreaterOrEqual(Level.WARN)) {
      if (message.contains("unleaked") && LEAKS.remove(connection) != null) {
        System.err.println("[LeakLog] held longer than the threshold, then returned: " + message);
      }
      return;
    }
    {
      StringBuilder b = new StringBuilder(message);
      if (event.getThrowableProxy() != null) {
        for (var frame : event.getThrowableProxy().getStackTraceElementProxyArray()) {
          b.append("\n    ").append(frame.getSTEAsString());
        }
      }
      LEAKS.put(connection, b.toString());
    }
  }

  /** The leaks logged so far and not returned since, which are then forgotten. */
  public static List<String> drain() {
    List<String> out = new ArrayList<>();
    for (String connection : List.copyOf(LEAKS.keySet())) {
      String leak = LEAKS.remove(connection);
      if (leak != null) {
        out.add(leak);
      }
    }
    return out;
  }
}
