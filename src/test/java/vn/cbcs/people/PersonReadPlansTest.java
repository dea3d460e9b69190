package vn.cbcs.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.positions.Assignments;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.support.Api;
import vn.cbcs.support.DemoProvince;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
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
  @LocalServerPort int port;

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

  /** A record with two of each list, entered out of their order (the lists are read in it). */
  private String withLists(String name, int seed) {
    ObjectNode p = PersonJsonMother.person(name, true, 1980 + seed);
    ArrayNode family = p.putArray("family");
    family
        .addObject()
        .put("side", "SELF")
        .put("relation", "CON")
        .put("fullName", "Hà Văn Con " + seed)
        .put("birthYear", 2010 + seed);
    family
        .addObject()
        .put("side", "SPOUSE")
        .put("relation", "ME")
        .put("fullName", "Lý Thị Mẹ " + seed)
        .put("details", "Nông dân")
        .put("residence", "Đức Xuân");
    ArrayNode work = p.putArray("workHistory");
    work.addObject()
        .put("from", "2005-09-01")
        .put("to", "2008-06-30")
        .put("organisation", "Trường THCS " + seed);
    work.addObject()
        .put("from", "2001-09-01")
        .put("organisation", "Xưởng " + seed)
        .put("title", "Thợ");
    ArrayNode rewards = p.putArray("rewards");
    rewards.addObject().put("year", 2022).put("form", "Giấy khen " + seed).put("issuer", "UBND");
    rewards
        .addObject()
        .put("year", 2019)
        .put("form", "Bằng khen " + seed)
        .put("decisionNumber", "1/QĐ-UBND")
        .put("decisionDate", "2019-05-01");
    ArrayNode disciplines = p.putArray("disciplines");
    disciplines
        .addObject()
        .put("form", "KHIEN_TRACH")
        .put("decidedOn", "2024-03-01")
        .put("effectiveFrom", "2024-03-01")
        .put("effectiveTo", "2025-02-28")
        .put("violation", "Đi muộn " + seed);
    disciplines
        .addObject()
        .put("form", "CANH_CAO")
        .put("decidedOn", "2021-03-01")
        .put("effectiveFrom", "2021-03-01")
        .put("effectiveTo", "2022-02-28");
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return p.get("personalId").asString();
  }

  /**
   * Two people's lists read in one statement are each person's read alone, in each list's order.
   */
  @Test
  void twoPeoplesListsAreReadAsEachAlone() {
    List<String> two = List.of(withLists("Hà Thị Danh Sách", 1), withLists("Hà Thị Hai Lượt", 2));
    var both = people.findAllByPersonalId(two, TestActors.SYSTEM);
    assertThat(both).hasSize(2);
    for (String pid : two) {
      PersonData together = both.get(pid).data();
      PersonData alone = people.require(both.get(pid).id(), TestActors.SYSTEM).data();
      assertThat(together).isEqualTo(alone);
      assertThat(alone.family())
          .extracting(PersonData.FamilyMember::relation)
          .containsExactly("CON", "ME");
      assertThat(alone.family().get(1).residence()).isEqualTo("Đức Xuân");
      assertThat(alone.workHistory())
          .extracting(PersonData.WorkEntry::title)
          .as("by start date")
          .containsExactly("Thợ", null);
      assertThat(alone.rewards()).extracting(PersonData.Reward::year).containsExactly(2019, 2022);
      assertThat(alone.rewards().get(0).decisionDate())
          .isEqualTo(java.time.LocalDate.of(2019, 5, 1));
      assertThat(alone.disciplines())
          .extracting(PersonData.Discipline::form)
          .containsExactly("CANH_CAO", "KHIEN_TRACH");
      assertThat(alone.disciplines().get(1).violation()).startsWith("Đi muộn");
    }
  }
}
