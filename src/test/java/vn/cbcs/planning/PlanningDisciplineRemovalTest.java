package vn.cbcs.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.people.People;
import vn.cbcs.people.Person;
import vn.cbcs.people.PersonData;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Role;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * A candidate is taken out at once when a discipline decision is recorded (QĐ 377-QĐ/TW Điều 29; HD
 * 45-HD/BTCTW mục II.8: "đưa ngay ra khỏi quy hoạch" after the decision; before 8-10-2025 QĐ
 * 50-QĐ/TW with HD 16-HD/BTCTW): a commune officer corrects the record with a khiển trách of
 * 10-1-2027; the candidate of the approved plan is out on that day with the decision and the rule,
 * under the grant DISCIPLINE_DECISION and in the name of the officer; a draft plan, a discipline no
 * longer in force when the candidate was added and a correction without a new decision change
 * nothing. Xã 01489 (Cao Bằng, from 1-7-2025), no other test.
 */
@IntegrationTest
class PlanningDisciplineRemovalTest {

  static final String UNIT = "01489";

  @LocalServerPort int port;
  @Autowired Plans plans;
  @Autowired People people;
  @Autowired DisciplineRemovals removals;

  private long create(String name, int born, String post) {
    ObjectNode p = person(name + " " + System.nanoTime() % 100_000, false, born);
    p.set("assignments", array(assignment(UNIT, post, "2025-07-01", null)));
    var r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private Plan plan(boolean approved) {
    return PlanningFixture.committeePlan(
        plans, UNIT, approved ? PlanningFixture.bySecretary("3-QĐ/ĐU") : null);
  }

  private void add(Plan plan, long person) {
    plans.addCandidate(
        plan.id(),
        new PlanInputs.NewCandidate(
            String.valueOf(person), "CHU_TICH_UBND", 2, null, null, null, null, "2026-06-01", null),
        TestActors.ADMIN);
  }

  private void discipline(
      long person, Actor actor, String decided, String effectiveTo, String number) {
    Person p = people.require(person, TestActors.ADMIN);
    List<PersonData.Discipline> list = new ArrayList<>(p.data().disciplines());
    if (decided != null) {
      list.add(
          new PersonData.Discipline(
              "KHIEN_TRACH",
              LocalDate.parse(decided),
              LocalDate.parse(decided),
              effectiveTo == null ? null : LocalDate.parse(effectiveTo),
              "Vi phạm quy chế (kiểm thử)",
              "UBND xã",
              number,
              "STATE"));
    }
    people.update(
        person,
        p.version(),
        p.data().toBuilder().disciplines(list).build(),
        actor.withReason("Ghi quyết định kỷ luật"));
  }

  private Candidate candidate(long planId, long person) {
    return plans.require(planId, TestActors.ADMIN).candidates().stream()
        .filter(c -> c.personId() == person)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aDisciplineDecisionTakesTheCandidateOutAtOnce_QD377Art29() {
    long deputy = create("Nông Văn Kỷ", 1990, "PHO_CHU_TICH_UBND");
    long other = create("Nông Thị Giữ", 1991, "PHO_CHU_TICH_UBND");
    Plan approved = plan(true);
    Plan draft = plan(false);
    add(approved, deputy);
    add(approved, other);
    add(draft, deputy);
    Actor officer = TestActors.user("qhkyluat", Role.COMMUNE_OFFICER, UNIT);

    // a correction without a new decision changes nothing
    discipline(deputy, officer, null, null, null);
    assertThat(candidate(approved.id(), deputy).removedOn()).isNull();

    discipline(deputy, officer, "2027-01-10", null, "07/QĐ-UBND");

    Candidate out = candidate(approved.id(), deputy);
    assertThat(out.removedOn()).isEqualTo(LocalDate.of(2027, 1, 10));
    assertThat(out.removedGrant()).isEqualTo("DISCIPLINE_DECISION");
    assertThat(out.removedBy()).isEqualTo("qhkyluat");
    assertThat(out.removedReason())
        .isEqualTo(
            "Đưa ngay ra khỏi quy hoạch do bị kỷ luật khiển trách theo quyết định số 07/QĐ-UBND"
                + " ngày 10/01/2027 (QĐ 377-QĐ/TW Điều 29; HD 45-HD/BTCTW mục II.8)");
    // the other candidate of the plan and the draft plan (checked again on approval) stay
    assertThat(candidate(approved.id(), other).removedOn()).isNull();
    assertThat(candidate(draft.id(), deputy).removedOn()).isNull();
    assertThat(plans.require(approved.id(), TestActors.ADMIN).active())
        .extracting(Candidate::personId)
        .containsExactly(other);

    // the plan's API shows the grant; a later correction does not take her out twice
    JsonNode shown = Api.admin(port).get("/api/plans/" + approved.id()).json();
    assertThat(shown.toString()).contains("\"removedGrant\":\"DISCIPLINE_DECISION\"");
    discipline(deputy, officer, null, null, null);
    assertThat(candidate(approved.id(), deputy).removedOn()).isEqualTo(LocalDate.of(2027, 1, 10));
  }

  @Test
  void aDisciplineNoLongerInForceWhenTheCandidateWasAddedLeavesHimIn_QD377Art29() {
    long deputy = create("Nông Văn Cũ", 1989, "PHO_CHU_TICH_UBND");
    Plan approved = plan(true);
    add(approved, deputy);
    // decided 10-1-2024, in force until 9-1-2025, recorded late: he was added on 1-6-2026
    discipline(deputy, TestActors.ADMIN, "2024-01-10", "2025-01-09", "1/QĐ-UBND");
    assertThat(candidate(approved.id(), deputy).removedOn()).isNull();
    // decided before the addition but still in force on it: out on the day he was added
    discipline(deputy, TestActors.ADMIN, "2026-03-02", "2027-03-01", "2/QĐ-UBND");
    Candidate out = candidate(approved.id(), deputy);
    assertThat(out.removedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(out.removedReason()).contains("số 2/QĐ-UBND ngày 02/03/2026", "Điều 29");
  }

  /** The rule in force on the decision's day: QĐ 50 until 7-10-2025, QĐ 377 from 8-10-2025. */
  @Test
  void theRuleNamedIsTheOneInForceOnTheDecisionsDay() {
    assertThat(removals.article(LocalDate.of(2025, 10, 7))).startsWith("QĐ 50-QĐ/TW; HD 16");
    assertThat(removals.article(LocalDate.of(2025, 10, 8)))
        .isEqualTo("QĐ 377-QĐ/TW Điều 29; HD 45-HD/BTCTW mục II.8");
  }
}
