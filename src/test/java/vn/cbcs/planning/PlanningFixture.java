package vn.cbcs.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.TestActors;

/**
 * What the planning tests of a commune's people's committee share: a man holding a post in the
 * commune, its 2026–2031 plan with a successor for the chair, and a post of the bench's answer.
 * Each test passes its own commune.
 */
final class PlanningFixture {

  private PlanningFixture() {}

  /** A man born in {@code born} holding {@code post} in {@code unit} from 1-7-2025: his id. */
  static long person(int port, String unit, String name, int born, String post) {
    ObjectNode p = PersonJsonMother.person(name + " " + System.nanoTime() % 100_000, false, born);
    p.set("assignments", array(assignment(unit, post, "2025-07-01", null)));
    var r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  /**
   * The people's committee's plan for 2026–2031 of {@code unit}, dated 1-6-2026 (reference date
   * 1-3-2031), with {@code approval} (or none).
   */
  static Plan committeePlan(Plans plans, String unit, PlanInputs.Approval approval) {
    return plans.create(
        new PlanInputs.NewPlan(
            unit,
            "PEOPLES_COMMITTEE",
            2026,
            2031,
            "2026-06-01",
            "2031-03-01",
            null,
            null,
            null,
            List.of(),
            approval),
        TestActors.ADMIN);
  }

  /** Approved by decision {@code number} of the commune's party secretary on 1-6-2026. */
  static PlanInputs.Approval bySecretary(String number) {
    return new PlanInputs.Approval(number, "2026-06-01", "Bí thư Đảng ủy xã");
  }

  /**
   * {@code person} added to {@code plan} for {@code post} as đối tượng {@code target}, 1-6-2026.
   */
  static Candidate candidate(Plans plans, Plan plan, long person, String post, int target) {
    return plans.addCandidate(
        plan.id(),
        new PlanInputs.NewCandidate(
            String.valueOf(person), post, target, null, null, null, null, "2026-06-01", null),
        TestActors.ADMIN);
  }

  /**
   * {@link #committeePlan} approved {@link #bySecretary} with {@code successor} as a đối tượng 2
   * for the chair.
   */
  static Plan chairSuccession(Plans plans, String unit, String approval, long successor) {
    Plan plan = committeePlan(plans, unit, bySecretary(approval));
    candidate(plans, plan, successor, "CHU_TICH_UBND", 2);
    return plan;
  }

  /** The post {@code code} of a bench or projection answer. */
  static JsonNode post(JsonNode bench, String code) {
    for (JsonNode p : bench.get("posts")) {
      if (p.get("code").asString().equals(code)) {
        return p;
      }
    }
    throw new AssertionError("no post " + code + " in " + bench);
  }
}
