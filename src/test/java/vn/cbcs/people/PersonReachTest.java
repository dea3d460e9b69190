package vn.cbcs.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Role;
import vn.cbcs.security.Visibility;
import vn.cbcs.support.DemoProvince;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * The people's reach (migration V123) is the rule of who an officer reaches among everyone on
 * record — a post ever in a commune (superseded posts left out), or, posted nowhere, the account
 * that created them — kept by triggers whatever writes the posts or the records; an officer's list
 * is the people their posts ever put in the officer's ground.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonReachTest {

  /** Every (person, key) the rule gives, computed from the posts and records themselves. */
  private static final String RULE =
      "SELECT person_id, unit_code::text AS key FROM assignment WHERE superseded_at IS NULL"
          + " UNION SELECT p.id, 'by:' || p.created_by FROM person p WHERE NOT EXISTS"
          + " (SELECT 1 FROM assignment a WHERE a.person_id = p.id AND a.superseded_at IS NULL)";

  private static final String HOA_AN = "01654";
  private static final String DUC_XUAN = "01840";
  private static final String NAM_CUONG = "01849";

  @Autowired DemoDataGenerator generator;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired PersonDirectory directory;
  @Autowired Visibility visibility;

  @BeforeAll
  void demo() {
    DemoProvince.ensure(generator);
  }

  @Test
  void theDemoProvinceIsReachedAsItsPostsAndRecordsSay() {
    assertThat(jdbc.sql("SELECT count(*) FROM person_reach").query(Long.class).single())
        .isGreaterThan(1000);
    assertThat(differences(null)).isZero();
  }

  @Test
  void everyKindOfWriteKeepsTheReach() {
    tx.executeWithoutResult(
        status -> {
          long person = newPerson("Nông Thị Reach", "reach-writer");
          assertThat(keys(person)).containsExactly("by:reach-writer");
          assertThat(searchKey(person)).isEqualTo("nong thi reach");

          long first = post(person, HOA_AN, "2020-01-01");
          assertThat(keys(person)).containsExactly(HOA_AN);
          long second = post(person, DUC_XUAN, "2021-01-01");
          assertThat(keys(person)).containsExactlyInAnyOrder(HOA_AN, DUC_XUAN);

          jdbc.sql("UPDATE assignment SET valid_to = DATE '2020-12-31' WHERE id = ?")
              .param(first)
              .update();
          assertThat(keys(person)).as("an ended post").containsExactlyInAnyOrder(HOA_AN, DUC_XUAN);
          jdbc.sql("UPDATE assignment SET superseded_at = now() WHERE id = ?")
              .param(first)
              .update();
          assertThat(keys(person)).as("a superseded post").containsExactly(DUC_XUAN);
          jdbc.sql("UPDATE assignment SET unit_code = ? WHERE id = ?")
              .params(NAM_CUONG, second)
              .update();
          assertThat(keys(person)).as("a post moved").containsExactly(NAM_CUONG);
          long other = newPerson("Vi Văn Khác", "reach-writer");
          jdbc.sql("UPDATE assignment SET person_id = ? WHERE id = ?")
              .params(other, second)
              .update();
          assertThat(keys(person)).as("a post given to another").containsExactly("by:reach-writer");
          assertThat(keys(other)).as("a post given to another").containsExactly(NAM_CUONG);
          jdbc.sql("UPDATE assignment SET person_id = ? WHERE id = ?")
              .params(person, second)
              .update();
          assertThat(keys(person)).containsExactly(NAM_CUONG);
          assertThat(keys(other)).containsExactly("by:reach-writer");
          jdbc.sql("DELETE FROM assignment WHERE person_id = ?").param(person).update();
          assertThat(keys(person)).as("posted nowhere").containsExactly("by:reach-writer");

          jdbc.sql("UPDATE person SET full_name = 'Lò Văn Đổi', other_names = 'Đổi' WHERE id = ?")
              .param(person)
              .update();
          assertThat(searchKey(person)).isEqualTo("lo van doi doi");
          jdbc.sql("UPDATE person SET created_by = 'reach-other' WHERE id = ?")
              .param(person)
              .update();
          assertThat(keys(person)).containsExactly("by:reach-other");
          assertThat(differences(person)).isZero();

          jdbc.sql("DELETE FROM person WHERE id = ?").param(person).update();
          assertThat(keys(person)).isEmpty();
          status.setRollbackOnly();
        });
  }

  @Test
  void twoWritersOfOnePersonsPostsEachSeeTheOthers() throws Exception {
    long person = tx.execute(s -> newPerson("Hà Thị Song Song", "reach-writer"));
    try {
      race(() -> post(person, HOA_AN, "2020-01-01"), () -> post(person, DUC_XUAN, "2022-01-01"));
      assertThat(keys(person)).containsExactlyInAnyOrder(HOA_AN, DUC_XUAN);
      assertThat(differences(person)).isZero();

      // a post added while another is superseded: the one recomputing waits for the one adding,
      // then counts its post (else it would find no post and reach the person by their creator)
      race(
          () -> post(person, NAM_CUONG, "2023-01-01"),
          () ->
              jdbc.sql("UPDATE assignment SET superseded_at = now() WHERE person_id = ?")
                  .param(person)
                  .update());
      assertThat(keys(person)).containsExactly(NAM_CUONG);
      assertThat(differences(person)).isZero();
    } finally {
      jdbc.sql("DELETE FROM person WHERE id = ?").param(person).update();
    }
  }

  /**
   * Two transactions: the first writes and holds its locks until the second has started its write
   * (and waits for them), then commits; the second then finishes.
   */
  private void race(Runnable first, Runnable second) throws Exception {
    CountDownLatch firstWrote = new CountDownLatch(1);
    CountDownLatch secondStarted = new CountDownLatch(1);
    CompletableFuture<Void> one =
        CompletableFuture.runAsync(
            () ->
                tx.executeWithoutResult(
                    s -> {
                      first.run();
                      firstWrote.countDown();
                      await(secondStarted);
                      sleep(300); // the second now waits for this one's lock on the person
                    }));
    await(firstWrote);
    CompletableFuture<Void> two =
        CompletableFuture.runAsync(
            () ->
                tx.executeWithoutResult(
                    s -> {
                      secondStarted.countDown();
                      second.run();
                    }));
    CompletableFuture.allOf(one, two).get(60, TimeUnit.SECONDS);
  }

  @Test
  void anOfficersListIsThePeopleTheirPostsEverPutInTheirGround() {
    Actor officer = TestActors.user("reach-officer", Role.PROVINCE_OFFICER, "06");
    String[] ever = visibility.communesEver(officer).toArray(String[]::new);
    Set<Long> expected =
        new HashSet<>(
            jdbc.sql(
                    "SELECT p.id FROM person p WHERE EXISTS (SELECT 1 FROM positions_units_of(p.id)"
                        + " x WHERE x.unit_code = ANY(CAST(:ever AS varchar[])))")
                .param("ever", ever)
                .query(Long.class)
                .list());
    assertThat(expected).hasSizeGreaterThan(100);
    Set<Long> listed = new HashSet<>();
    PersonPage page;
    int n = 0;
    do {
      page = directory.list(PersonFilter.search(null, DemoProvince.END), n++, 200, officer);
      page.items().forEach(row -> listed.add(row.id()));
      assertThat(page.total()).as("counted from the reach").isEqualTo(expected.size());
    } while (page.hasNext());
    assertThat(listed).isEqualTo(expected);
  }

  private long newPerson(String name, String createdBy) {
    return jdbc.sql(
            "INSERT INTO person (personal_id, full_name, sex, birth_date, created_by, updated_by)"
                + " VALUES (lpad((floor(random() * 1e11))::bigint::text, 12, '9'), ?, 'FEMALE',"
                + " DATE '1990-05-01', ?, ?) RETURNING id")
        .params(name, createdBy, createdBy)
        .query(Long.class)
        .single();
  }

  /** A concurrent post in a commune, its position and decision borrowed from the demo's. */
  private long post(long person, String commune, String from) {
    return jdbc.sql(
            "INSERT INTO assignment (person_id, unit_code, position_code, concurrent, valid_from,"
                + " start_decision_id, recorded_by) SELECT ?, ?, position_code, true, CAST(? AS"
                + " date), start_decision_id, 'reach-test' FROM assignment WHERE person_id = ?"
                + " LIMIT 1 RETURNING id")
        .params(person, commune, from, anyPostHolder())
        .query(Long.class)
        .single();
  }

  private long anyPostHolder() {
    return jdbc.sql("SELECT min(person_id) FROM assignment").query(Long.class).single();
  }

  private List<String> keys(long person) {
    return jdbc.sql("SELECT key FROM person_reach WHERE person_id = ? ORDER BY key")
        .param(person)
        .query(String.class)
        .list();
  }

  private String searchKey(long person) {
    return jdbc.sql(
            "SELECT DISTINCT r.search_key FROM person_reach r JOIN person p ON p.id = r.person_id"
                + " WHERE r.person_id = ? AND r.search_key = p.search_key")
        .param(person)
        .query(String.class)
        .single();
  }

  /** Rows of the reach the rule does not give, rows it gives that are missing, stale names. */
  private long differences(Long person) {
    String only = person == null ? "" : " WHERE person_id = " + person;
    return jdbc.sql(
            "SELECT (SELECT count(*) FROM ((SELECT person_id, key FROM person_reach"
                + only
                + ") EXCEPT (SELECT * FROM ("
                + RULE
                + ") r"
                + only
                + ")) x) + (SELECT count(*) FROM ((SELECT * FROM ("
                + RULE
                + ") r"
                + only
                + ") EXCEPT (SELECT person_id, key FROM person_reach"
                + only
                + ")) y) + (SELECT count(*) FROM person_reach r JOIN person p ON p.id ="
                + " r.person_id WHERE r.search_key IS DISTINCT FROM p.search_key)")
        .query(Long.class)
        .single();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
