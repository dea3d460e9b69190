package vn.cbcs.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.support.DemoProvince;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * The number of people on record is kept (migration V125) and equals a count of the records after
 * every kind of write — added, deleted, rolled back, two writers at once, neither waiting for the
 * other — and it is the total of everyone-on-record lists.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonCountTest {

  @Autowired DemoDataGenerator generator;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired PersonDirectory directory;

  @BeforeAll
  void demo() {
    DemoProvince.ensure(generator);
  }

  private long counted() {
    return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
  }

  /**
   * The kept count and a count of the records, in one snapshot (other tests' background work may
   * add records meanwhile), and how many of them this test added.
   */
  private void consistent(String as, long ours) {
    var row =
        jdbc.sql(
                "SELECT (SELECT sum(n) FROM person_count), (SELECT count(*) FROM person),"
                    + " (SELECT count(*) FROM person WHERE created_by = 'count-test')")
            .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
            .single();
    assertThat(row[0]).as(as + ": kept = counted").isEqualTo(row[1]);
    assertThat(row[2]).as(as + ": this test's records").isEqualTo(ours);
  }

  private long newPerson(String name) {
    return jdbc.sql(
            "INSERT INTO person (personal_id, full_name, sex, birth_date, created_by, updated_by)"
                + " VALUES (lpad((floor(random() * 1e11))::bigint::text, 12, '8'), ?, 'MALE',"
                + " DATE '1985-03-01', 'count-test', 'count-test') RETURNING id")
        .param(name)
        .query(Long.class)
        .single();
  }

  @Test
  void theKeptCountIsTheRecordsCountAfterEveryWrite() {
    consistent("after the demo province", 0);
    assertThat(counted()).isGreaterThan(1000);

    tx.executeWithoutResult(
        s -> {
          newPerson("Đếm Thử Một");
          newPerson("Đếm Thử Hai");
          consistent("inside the writer", 2);
          s.setRollbackOnly();
        });
    consistent("rolled back", 0);

    long one = tx.execute(s -> newPerson("Đếm Thử Ba"));
    jdbc.sql(
            "INSERT INTO person (personal_id, full_name, sex, birth_date, created_by, updated_by)"
                + " SELECT lpad((floor(random() * 1e11))::bigint::text || g, 12, '7'),"
                + " 'Đếm Loạt ' || g, 'FEMALE', DATE '1991-01-01', 'count-test', 'count-test'"
                + " FROM generate_series(1, 3) g")
        .update();
    consistent("one, then three in one statement", 4);
    jdbc.sql("DELETE FROM person WHERE created_by = 'count-test' AND id <> ?").param(one).update();
    consistent("three deleted", 1);
    jdbc.sql("DELETE FROM person WHERE id = ?").param(one).update();
    consistent("the last deleted", 0);
  }

  @Test
  void twoWritersAtOnceNeitherWaitsAndBothAreCounted() throws Exception {
    CountDownLatch firstWrote = new CountDownLatch(1);
    CountDownLatch checked = new CountDownLatch(1);
    try {
      CompletableFuture<Void> first =
          CompletableFuture.runAsync(
              () ->
                  tx.executeWithoutResult(
                      s -> {
                        newPerson("Song Song Một");
                        firstWrote.countDown();
                        // holds its counter row until the second has committed and been seen
                        await(checked);
                      }));
      assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<Void> second =
          CompletableFuture.runAsync(
              () -> tx.executeWithoutResult(s -> newPerson("Song Song Hai")));
      second.get(30, TimeUnit.SECONDS); // would time out if it waited for the first's counter
      consistent("the second committed, the first not yet", 1);
      checked.countDown();
      first.get(30, TimeUnit.SECONDS);
      consistent("both committed", 2);
    } finally {
      checked.countDown();
      jdbc.sql("DELETE FROM person WHERE created_by = 'count-test'").update();
    }
    consistent("both deleted", 0);
  }

  @Test
  void everyoneOnRecordIsCountedByTheKeptCount() {
    long before = counted();
    PersonPage all =
        directory.list(PersonFilter.search(null, DemoProvince.END), 0, 50, TestActors.SYSTEM);
    long after = counted();
    assertThat(all.total()).as("other tests may add records meanwhile").isBetween(before, after);
    assertThat(all.totalExact()).isTrue();
    assertThat(all.items()).hasSize(50);
    assertThat(all.items().get(0).id())
        .as("the first name in Vietnamese order")
        .isEqualTo(
            jdbc.sql(
                    "SELECT id FROM person ORDER BY given_name COLLATE vi, full_name COLLATE vi, id"
                        + " LIMIT 1")
                .query(Long.class)
                .single());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
