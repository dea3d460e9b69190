package vn.cbcs.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.positions.Assignments;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.support.DemoProvince;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * One person's record, lists, posts and qualifications are read by statements PostgreSQL keeps one
 * plan for once the driver has prepared them ({@code platform.AnyId}: {@code = ?} for one id, where
 * an array of ids was planned anew at every read of a person's page), and two people's by the
 * array, with the same rows as each read alone.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonReadPlansTest {

  @Autowired DemoDataGenerator generator;
  @Autowired People people;
  @Autowired Qualifications qualifications;
  @Autowired Assignments assignments;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @BeforeAll
  void demo() {
    DemoProvince.ensure(generator);
  }

  /**
   * Two people with posts and qualifications (and, for the first, a family list if any has one).
   */
  private List<Long> twoPeople() {
    return jdbc.sql(
            "SELECT p.id FROM person p WHERE EXISTS (SELECT 1 FROM assignment a"
                + " WHERE a.person_id = p.id AND a.superseded_at IS NULL) AND EXISTS (SELECT 1"
                + " FROM qualification q WHERE q.person_id = p.id AND q.superseded_at IS NULL)"
                + " ORDER BY EXISTS (SELECT 1 FROM person_family_member f WHERE f.person_id = p.id)"
                + " DESC, p.id LIMIT 2")
        .query(Long.class)
        .list();
  }

  @Test
  void onePersonsReadsKeepTheirPlans() {
    long id = twoPeople().get(0);
    Long generic =
        new TransactionTemplate(transactions)
            .execute(
                status -> {
                  for (int i = 0; i < 12; i++) {
                    assertThat(people.require(id, TestActors.SYSTEM).id()).isEqualTo(id);
                    assertThat(qualifications.of(id, TestActors.SYSTEM)).isNotEmpty();
                    assertThat(assignments.of(id, TestActors.SYSTEM)).isNotEmpty();
                  }
                  return jdbc.sql(
                          "SELECT count(*) FROM pg_prepared_statements WHERE generic_plans > 0"
                              + " AND (statement LIKE '%FROM person_family_member WHERE person_id"
                              + " = $1%' OR statement LIKE '%WHERE q.person_id = $1 %' OR"
                              + " statement LIKE '%WHERE a.person_id = $1 %')")
                      .query(Long.class)
                      .single();
                });
    assertThat(generic).as("family, qualifications and posts read on kept plans").isEqualTo(3);
  }

  @Test
  void twoPeopleAreReadAsEachAlone() {
    List<Long> two = twoPeople();
    assertThat(two).hasSize(2);
    var quals = qualifications.ofAll(two, TestActors.SYSTEM);
    var posts = assignments.ofAll(two, TestActors.SYSTEM);
    for (long id : two) {
      assertThat(quals.get(id)).isEqualTo(qualifications.of(id, TestActors.SYSTEM));
      assertThat(posts.get(id)).isEqualTo(assignments.of(id, TestActors.SYSTEM));
    }
  }
}
