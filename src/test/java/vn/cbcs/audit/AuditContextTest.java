package vn.cbcs.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cbcs.people.People;
import vn.cbcs.people.PersonData;
import vn.cbcs.people.Sex;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.CurrentActor;
import vn.cbcs.platform.Role;
import vn.cbcs.qualifications.NewQualification;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.qualifications.Track;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.TestActors;

/**
 * The context the triggers log is the one of the service call, also inside savepoints that are
 * rolled back (an import checks each row in a savepoint and rolls back the rejected ones).
 */
@IntegrationTest
class AuditContextTest {

  @Autowired People people;
  @Autowired Qualifications qualifications;
  @Autowired PlatformTransactionManager tx;
  @Autowired JdbcClient jdbc;

  private static PersonData person(String name) {
    return PersonData.builder()
        .personalId(PersonJsonMother.personalId(true, 1990))
        .fullName(name)
        .sex(Sex.FEMALE)
        .birthDate(LocalDate.of(1990, 4, 2))
        .build();
  }

  private static NewQualification level(String level, int year) {
    return new NewQualification(
        Track.IT, level, null, null, null, null, LocalDate.of(year, 6, 1), null);
  }

  @Test
  void aRowRolledBackToItsSavepointDoesNotLoseTheActorOfTheNextRow() {
    Actor importer =
        TestActors.user("nhapexcel", Role.PROVINCE_OFFICER, "19")
            .via(Actor.Source.IMPORT)
            .withReason("Nhập Excel số 7 (a.xlsx)");
    long id = people.create(person("Triệu Thị Lưu"), importer);
    TransactionTemplate outer = new TransactionTemplate(tx);
    TransactionTemplate row = new TransactionTemplate(tx);
    row.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    outer.executeWithoutResult(
        s -> {
          row.executeWithoutResult(
              r -> {
                qualifications.add(id, level("CO_BAN", 2010), importer);
                r.setRollbackOnly(); // a rejected row
              });
          row.executeWithoutResult(r -> qualifications.add(id, level("NANG_CAO", 2012), importer));
        });
    List<String> logged =
        jdbc.sql(
                "SELECT t.actor || ' ' || t.source || ' ' || coalesce(t.reason, '') || ' '"
                    + " || (l.after ->> 'level')"
                    + " FROM audit_log l JOIN audit_txn t ON t.id = l.txn_id"
                    + " WHERE l.person_id = :id AND l.table_name = 'qualification'")
            .param("id", id)
            .query(String.class)
            .list();
    assertThat(logged).containsExactly("nhapexcel IMPORT Nhập Excel số 7 (a.xlsx) NANG_CAO");
  }

  @Test
  void aRowRefusedByTheDatabaseIsRolledBackToItsSavepointAndTheOtherRowsAreKept() {
    Actor importer =
        TestActors.user("nhapexcel", Role.PROVINCE_OFFICER, "19")
            .via(Actor.Source.IMPORT)
            .withReason("Nhập Excel số 900008 (b.xlsx)");
    long id = people.create(person("Triệu Thị Lỗi"), importer);
    TransactionTemplate outer = new TransactionTemplate(tx);
    TransactionTemplate row = new TransactionTemplate(tx);
    row.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    // as on an import's thread: the actor is the thread's, each row in a savepoint
    CurrentActor.runAs(
        importer,
        () ->
            outer.executeWithoutResult(
                s -> {
                  assertThatThrownBy(
                          () ->
                              row.executeWithoutResult(
                                  r -> {
                                    try {
                                      jdbc.sql("SELECT 1 / 0").query(Integer.class).single();
                                    } catch (DataAccessException e) {
                                      // the database refused a statement of the row
                                    }
                                    // the transaction is aborted up to the savepoint: this fails,
                                    // and so does setting the audit context around it
                                    qualifications.add(id, level("CO_BAN", 2010), importer);
                                  }))
                      .isInstanceOf(DataAccessException.class);
                  row.executeWithoutResult(
                      r -> qualifications.add(id, level("NANG_CAO", 2012), importer));
                }));
    List<String> logged =
        jdbc.sql(
                "SELECT t.actor || ' ' || (l.after ->> 'level')"
                    + " FROM audit_log l JOIN audit_txn t ON t.id = l.txn_id"
                    + " WHERE l.person_id = :id AND l.table_name = 'qualification'")
            .param("id", id)
            .query(String.class)
            .list();
    assertThat(logged)
        .as("the next row committed, attributed")
        .containsExactly("nhapexcel NANG_CAO");
  }

  @Test
  void aWriteWithoutAnyActorIsTheSystemsAndOneInPsqlIsTheDatabaseUsers() {
    long id =
        people.create(person("Sầm Thị Hệ"), TestActors.user("tinh", Role.PROVINCE_OFFICER, "19"));
    new TransactionTemplate(tx)
        .executeWithoutResult(
            s ->
                jdbc.sql("UPDATE person SET phone = '0209' WHERE id = :id")
                    .param("id", id)
                    .update());
    jdbc.sql("UPDATE person SET phone = '0210' WHERE id = :id").param("id", id).update();
    List<String> sources =
        jdbc.sql(
                "SELECT t.source FROM audit_log l JOIN audit_txn t ON t.id = l.txn_id"
                    + " WHERE l.person_id = :id AND l.kind = 'UPDATE' ORDER BY l.id")
            .param("id", id)
            .query(String.class)
            .list();
    assertThat(sources)
        .as("a Spring transaction with nobody signed in is the system's; a bare statement is DB")
        .containsExactly("SYSTEM", "DB");
  }
}
