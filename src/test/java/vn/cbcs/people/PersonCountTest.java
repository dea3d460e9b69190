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

  private long kept() {
    return jdbc.sql("SELECT sum(n) FROM person_count").query(Long.class).single();
  }

  private long counted() {
    return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
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
    assertThat(kept()).as("after the demo province").isEqualTo(counted()).isGreaterThan(1000);
    long before = counted();

    tx.executeWithoutResult(
        s -> {
          newPerson("Đếm Thử Một");
          newPerson("Đếm Thử Hai");
          assertThat(kept()).as("inside the writer").isEqualTo(before + 2);
          s.setRollbackOnly();
        });
    assertThat(kept()).as("rolled back").isEqualTo(before);

    long one = tx.execute(s -> newPerson("Đếm Thử Ba"));
    jdbc.sql(
            "INSERT INTO person (personal_id, full_name, sex, birth_date, created_by, updated_by)"
                + " SELECT lpad((floor(random() * 1e11))::bigint::text || g, 12, '7'),"
                + " 'Đếm Loạt ' || g, 'FEMALE', DATE '1991-01-01', 'count-test', 'count-test'"
                + " FROM generate_series(1, 3) g")
        .update();
    assertThat(kept()).as("one, then three in one statement").isEqualTo(before + 4);
    jdbc.sql("DELETE FROM person WHERE created_by = 'count-test' AND id <> ?").param(one).update();
    assertThat(kept()).as("three deleted").isEqualTo(before + 1);
    jdbc.sql("DELETE FROM person WHERE id = ?").param(one).update();
    assertThat(kept()).isEqualTo(counted()).isEqualTo(before);
  }

  @Test
  void twoWritersAtOnceNeitherWaitsAndBothAreCounted() throws Exception {
    long before = counted();
    CountDownLatch firstWrote = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);
    try {
      CompletableFuture<Void> first =
          CompletableFuture.runAsync(
              () ->
                  tx.executeWithoutResult(
                      s -> {
                        newPerson("Song Song Một");
                        firstWrote.countDown();
                        // holds its counter row until the second has committed
                        await(secondDone);
                      }));
      assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<Void> second =
          CompletableFuture.runAsync(
              () -> {
                tx.executeWithoutResult(s -> newPerson("Song Song Hai"));
                secondDone.countDown();
              });
      second.get(30, TimeUnit.SECONDS); // would time out if it waited for the first's counter
      assertThat(kept()).as("the second committed, the first not yet").isEqualTo(before + 1);
      first.get(30, TimeUnit.SECONDS);
      assertThat(kept()).isEqualTo(counted()).isEqualTo(before + 2);
    } finally {
      secondDone.countDown();
      jdbc.sql("DELETE FROM person WHERE created_by = 'count-test'").update();
    }
    assertThat(kept()).isEqualTo(before);
  }

  @Test
  void everyoneOnRecordIsCountedByTheKeptCount() {
    PersonPage all =
        directory.list(PersonFilter.search(null, DemoProvince.END), 0, 50, TestActors.SYSTEM);
    assertThat(all.total()).isEqualTo(counted());
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
