package vn.cbcs.audit.internal;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.ResourceHolderSupport;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the database who is writing: sets the transaction-local settings {@code cbcs.actor}, {@code
 * cbcs.source}, {@code cbcs.client_addr}, {@code cbcs.request} and {@code cbcs.reason} that the
 * audit triggers read. Done when a read-write transaction begins (Spring Boot registers this
 * listener with the transaction manager) and again when a service method taking an {@link
 * vn.cbcs.platform.Actor} is called inside a transaction with another context ({@link
 * ActorAdvice}).
 *
 * <p>The settings last until the transaction ends, except that rolling back to a savepoint undoes
 * what was set after it: the cache of what was set is dropped then.
 */
@Component
public class AuditSettings implements TransactionExecutionListener {

  private static final Logger log = LoggerFactory.getLogger(AuditSettings.class);
  private static final String SET =
      "SELECT set_config('cbcs.actor', ?, true), set_config('cbcs.source', ?, true),"
          + " set_config('cbcs.client_addr', ?, true), set_config('cbcs.request', ?, true),"
          + " set_config('cbcs.reason', ?, true)";

  /** What was set, on which transaction's connection. */
  private record Applied(Object holder, AuditContext context) {}

  private static final ThreadLocal<Applied> APPLIED = new ThreadLocal<>();

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;

  AuditSettings(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /**
   * Nothing may escape this hook: an exception thrown here reaches the caller before it holds the
   * transaction, which is then never committed nor rolled back, and its connection stays bound to
   * the thread for good. A context that cannot be set marks the transaction rollback-only instead,
   * so that no write is committed without its attribution.
   */
  @Override
  public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
    if (beginFailure == null && transaction.isNewTransaction() && !transaction.isReadOnly()) {
      try {
        APPLIED.remove();
        apply(AuditContext.current());
      } catch (RuntimeException | Error e) {
        log.error("Could not set the audit context; the transaction will be rolled back", e);
        refuse(transaction);
      }
    }
  }

  /**
   * Marks the transaction to be rolled back, on its connection: its commit then rolls back AND
   * throws ({@code UnexpectedRollbackException}), so the caller is not told its write was saved (a
   * mark on the transaction's status alone would roll back silently). The transaction ends as
   * usual, and its connection goes back to the pool.
   */
  private void refuse(TransactionExecution transaction) {
    if (TransactionSynchronizationManager.getResource(dataSource)
        instanceof ResourceHolderSupport holder) {
      holder.setRollbackOnly();
    } else {
      transaction.setRollbackOnly();
    }
  }

  @Override
  public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
    if (transaction.isNewTransaction()) {
      APPLIED.remove();
    }
  }

  @Override
  public void afterRollback(TransactionExecution transaction, Throwable rollbackFailure) {
    if (transaction.isNewTransaction() || transaction.isNested()) {
      APPLIED.remove();
    }
  }

  /**
   * Sets the current thread's context in its transaction, unless it is set already.
   *
   * @return false when it could not be set (the transaction is then rolled back, its commit fails)
   */
  boolean apply(AuditContext context) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      return true;
    }
    Object holder = TransactionSynchronizationManager.getResource(dataSource);
    if (holder == null) {
      return true;
    }
    Applied applied = APPLIED.get();
    if (applied != null && applied.holder() == holder && applied.context().equals(context)) {
      return true;
    }
    try {
      jdbc.query(
          SET,
          rs -> {},
          text(context.actor()),
          text(context.source()),
          text(context.clientAddr()),
          text(context.request()),
          text(context.reason()));
      APPLIED.set(new Applied(holder, context));
      return true;
    } catch (RuntimeException e) {
      APPLIED.remove();
      if (aborted(e)) {
        // a statement before failed: nothing can be written until the transaction, or the
        // savepoint before it (an import's row), is rolled back; the next call sets it again
        log.debug("Audit context not set in an aborted transaction", e);
        return false;
      }
      // nothing may be written unattributed: the transaction is rolled back, and its commit fails
      log.warn("Could not set the audit context; the transaction will be rolled back", e);
      if (holder instanceof ResourceHolderSupport h) {
        h.setRollbackOnly();
      }
      return false;
    }
  }

  /** Whether the statement failed because the transaction had already failed (SQLSTATE 25P02). */
  private static boolean aborted(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && "25P02".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
