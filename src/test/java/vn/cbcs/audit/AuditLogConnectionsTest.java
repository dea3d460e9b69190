package vn.cbcs.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cbcs.support.ConnectionGuard;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * Recording a read never takes a second connection (ADR 14): outside a transaction it has one of
 * its own; inside the caller's read-write transaction it is written there, and committed or rolled
 * back with it; inside a read-only transaction it is refused.
 */
@IntegrationTest
class AuditLogConnectionsTest {

  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  private long reads(long personId) {
    return jdbc.sql("SELECT count(*) FROM audit_log WHERE kind = 'READ' AND person_id = ?")
        .param(personId)
        .query(Long.class)
        .single();
  }

  @Test
  void outsideATransactionTheEventHasOneOfItsOwn() {
    long person = 990_000_001L;
    List<ConnectionGuard.Violation> second =
        ConnectionGuard.recordedDuring(
            () -> {
              audit.read(person, ReadKind.PERSON_API, false, TestActors.ADMIN);
              return null;
            });
    assertThat(second).isEmpty();
    assertThat(reads(person)).isEqualTo(1);
  }

  @Test
  void insideAReadWriteTransactionTheEventGoesWithIt() {
    long kept = 990_000_002L;
    long undone = 990_000_003L;
    TransactionTemplate tx = new TransactionTemplate(transactions);
    List<ConnectionGuard.Violation> second =
        ConnectionGuard.recordedDuring(
            () -> {
              tx.executeWithoutResult(
                  s -> audit.read(kept, ReadKind.PERSON_PAGE, false, TestActors.ADMIN));
              tx.executeWithoutResult(
                  s -> {
                    audit.read(undone, ReadKind.PERSON_PAGE, false, TestActors.ADMIN);
                    s.setRollbackOnly();
                  });
              return null;
            });
    assertThat(second).as("no second connection").isEmpty();
    assertThat(reads(kept)).isEqualTo(1);
    assertThat(reads(undone)).as("rolled back with the caller's work").isZero();
  }

  @Test
  void insideAReadOnlyTransactionItIsRefused() {
    long person = 990_000_004L;
    TransactionTemplate readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    List<ConnectionGuard.Violation> second =
        ConnectionGuard.recordedDuring(
            () -> {
              assertThatThrownBy(
                      () ->
                          readOnly.executeWithoutResult(
                              s -> audit.read(person, ReadKind.CV_PDF, false, TestActors.ADMIN)))
                  .isInstanceOf(IllegalStateException.class)
                  .hasMessageContaining("read-only");
              return null;
            });
    assertThat(second).isEmpty();
    assertThat(reads(person)).isZero();
  }
}
