package vn.cbcs.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Records HikariCP's connection-leak warnings (a connection held longer than {@code
 * spring.datasource.hikari.leak-detection-threshold}, set in the tests' configuration), so that
 * {@link ConnectionChecks} fails the test class during which one was logged.
 */
public final class LeakLog extends AppenderBase<ILoggingEvent> {

  static final String LOGGER = "com.zaxxer.hikari.pool.ProxyLeakTask";
  private static final String NAME = "cbcs-leak-log";
  private static final List<String> LEAKS = new CopyOnWriteArrayList<>();

  /** Attaches the recorder to HikariCP's leak logger (again after logging was re-initialised). */
  static synchronized void attach() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    Logger logger = context.getLogger(LOGGER);
    if (logger.getAppender(NAME) != null) {
      return;
    }
    if (logger.getLevel() == null || !logger.isEnabledFor(Level.WARN)) {
      logger.setLevel(Level.WARN);
    }
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
    if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
      StringBuilder b = new StringBuilder(event.getFormattedMessage());
      if (event.getThrowableProxy() != null) {
        for (var frame : event.getThrowableProxy().getStackTraceElementProxyArray()) {
          b.append("\n    ").append(frame.getSTEAsString());
        }
      }
      LEAKS.add(b.toString());
    }
  }

  /** The leaks logged so far, which are then forgotten. */
  public static List<String> drain() {
    List<String> out = List.copyOf(LEAKS);
    LEAKS.removeAll(out);
    return out;
  }
}
