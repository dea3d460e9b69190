package vn.cbcs.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.people.Sex;
import vn.cbcs.standards.RetirementAge;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;
import vn.cbcs.support.TestUsers;

/**
 * Posts at risk as an indicator (issue 14; ADR 15 points 3 and 7): the read model {@code
 * planning_posts_at_risk_on} and the built-in indicator {@code POSTS_AT_RISK} computed from it. Xã
 * Thành Công (01777, Cao Bằng, from 1-7-2025), no other test; as of 1-12-2026. The UBND chair (born
 * 15-3-1966) retires on 31-12-2027 (NĐ 135/2020: 61 years 9 months in 2027), within the 24 months
 * of {@code bench_risk_months}: with nobody planned the post is at risk; a deputy planned as đối
 * tượng 1 who holds the post's political-theory level takes it off (QĐ 377 Điều 25).
 */
@IntegrationTest
class PlanningPostsAtRiskTest {

  static final String UNIT = "01777";
  static final String AS_OF = "2026-12-01";

  @LocalServerPort int port;
  @Autowired Plans plans;
  @Autowired Bench bench;
  @Autowired JdbcClient jdbc;

  private long create(String name, int born, String post, String since) {
    ObjectNode p = person(name + " " + System.nanoTime() % 100_000, false, born);
    p.set("assignments", array(assignment(UNIT, post, since, null)));
    var r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private List<Object[]> atRisk() {
    return jdbc.sql(
            "SELECT position_code, person_id, leaves_on, why, planned FROM"
                + " planning_posts_at_risk_on(DATE '"
                + AS_OF
                + "', NULL, ARRAY['"
                + UNIT
                + "']::varchar[])")
        .query(
            (rs, i) ->
                new Object[] {
                  rs.getString(1),
                  rs.getLong(2),
                  rs.getObject(3, LocalDate.class),
                  rs.getString(4),
                  rs.getInt(5)
                })
        .list();
  }

  @Test
  void theSqlRetirementDateIsTheJavaRule() {
    for (int year = 1955; year <= 1990; year++) {
      for (int month = 1; month <= 12; month++) {
        for (Sex sex : Sex.values()) {
          for (int early : new int[] {0, 3}) {
            LocalDate birth = java.time.YearMonth.of(year, month).atEndOfMonth();
            LocalDate sql =
                jdbc.sql("SELECT planning_retirement_date(:b, :s, :e)")
                    .param("b", birth)
                    .param("s", sex.name())
                    .param("e", early)
                    .query(LocalDate.class)
                    .single();
            assertThat(sql)
                .as(birth + " " + sex + " " + early)
                .isEqualTo(RetirementAge.of(birth, sex, early).retirementDate());
          }
        }
      }
    }
  }

  @Test
  void aHolderLeavingWithoutAnEligibleSuccessorIsCountedUntilOneIsPlanned() {
    long chair = create("Nông Văn Hưu", 1966, "CHU_TICH_UBND", "2025-07-01");
    long deputy = create("Nông Văn Kế", 1985, "PHO_CHU_TICH_UBND", "2025-07-01");
    var q =
        Api.admin(port)
            .post(
                "/api/people/" + deputy + "/qualifications",
                qualification("POLITICAL_THEORY", "CAO_CAP", "2020-06-30"));
    assertThat(q.status()).as(q.body()).isEqualTo(201);
    LocalDate retirement =
        RetirementAge.of(LocalDate.of(1966, 3, 15), Sex.MALE, 0).retirementDate();
    assertThat(retirement).isEqualTo(LocalDate.of(2027, 12, 31));

    // the read model: the chair's post, the day and the reason; the deputy's post is not due
    List<Object[]> rows = atRisk();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).containsExactly("CHU_TICH_UBND", chair, retirement, "RETIREMENT", 0);
    // the bench (Java) says the same
    Bench.View view = bench.of(UNIT, LocalDate.parse(AS_OF), 5, TestActors.ADMIN);
    assertThat(view.atRisk()).extracting(p -> p.post().code()).containsExactly("CHU_TICH_UBND");
    // 12 months: the chair leaves after them, nothing at risk
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM planning_posts_at_risk_on(DATE '"
                        + AS_OF
                        + "', 12, ARRAY['"
                        + UNIT
                        + "']::varchar[])")
                .query(Long.class)
                .single())
        .isZero();

    // the indicator: the chair is in the numerator, with the post, the day and the reason
    String user = TestUsers.create(port, "qhrisk", "COMMUNE_OFFICER", UNIT);
    Api officer = new Api(port, user, TestUsers.PASSWORD);
    var v = officer.get("/api/indicators/POSTS_AT_RISK/people?unit=" + UNIT + "&asOf=" + AS_OF);
    assertThat(v.status()).as(v.body()).isEqualTo(200);
    JsonNode before = v.json();
    assertThat(before.get("numerator").asLong()).isEqualTo(1);
    assertThat(before.get("denominator").asLong()).isEqualTo(2);
    assertThat(before.get("people").get(0).get("id").asString()).isEqualTo(String.valueOf(chair));
    assertThat(before.get("people").get(0).get("detail").asString())
        .contains("Chủ tịch Ủy ban nhân dân xã", "31/12/2027", "nghỉ hưu");
    // on the dashboard, with the link to the drill-down
    BrowserSession b = new BrowserSession(port);
    b.signIn(user, TestUsers.PASSWORD);
    var dash = b.get("/dashboard?unit=" + UNIT + "&asOf=" + AS_OF);
    assertThat(dash.statusCode()).isEqualTo(200);
    assertThat(dash.body())
        .contains(
            "Nguồn cán bộ kế cận",
            "data-testid=\"bench-POSTS_AT_RISK\"",
            "/plans/bench?unit=" + UNIT);

    // an eligible đối tượng 1 (the deputy, with the level): no longer at risk, not counted
    Plan plan = PlanningFixture.committeePlan(plans, UNIT, PlanningFixture.bySecretary("3-QĐ/ĐU"));
    PlanningFixture.candidate(plans, plan, deputy, "CHU_TICH_UBND", 1);
    assertThat(atRisk()).isEmpty();
    assertThat(bench.of(UNIT, LocalDate.parse(AS_OF), 5, TestActors.ADMIN).atRisk()).isEmpty();
    JsonNode after =
        officer.get("/api/indicators/POSTS_AT_RISK/value?unit=" + UNIT + "&asOf=" + AS_OF).json();
    assertThat(after.get("numerator").asLong()).isZero();
    assertThat(after.get("denominator").asLong()).isEqualTo(2);
  }
}
