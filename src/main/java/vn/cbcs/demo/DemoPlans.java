package vn.cbcs.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cbcs.planning.Plan;
import vn.cbcs.planning.PlanInputs;
import vn.cbcs.planning.PlanReviews;
import vn.cbcs.planning.Plans;
import vn.cbcs.planning.Review;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.InvalidInputException;

/**
 * Succession plans of the demo province (issue 14): for the first {@value #COMMUNES} Thái Nguyên
 * communes with demo people, a Party committee plan for 2025–2030 approved on {@link #PLAN_DATE}
 * (under QĐ 377-QĐ/TW), its candidates — the holders of the posts one planning level below each
 * planned post (đối tượng 1), as many as the plan's own checks accept — and, once the day has
 * passed, the 2026 review with its proposals and the removals it proposes accepted. Everything goes
 * through {@link Plans} and {@link PlanReviews} with the demo actor, inside the caller's
 * transaction; a candidate the checks refuse is left out (a savepoint keeps the transaction
 * usable).
 */
@Component
class DemoPlans {

  static final int COMMUNES = 5;
  static final LocalDate PLAN_DATE = LocalDate.of(2025, 12, 1);
  static final LocalDate REVIEW_DATE = LocalDate.of(2026, 3, 31);

  /** Planned post → the posts one level below it whose holders are planned (đối tượng 1). */
  static final Map<String, List<String>> SOURCES =
      Map.of(
          "BI_THU_DANG_UY", List.of("PHO_BI_THU_DANG_UY", "CHU_TICH_UBND", "CHU_TICH_HDND"),
          "CHU_TICH_UBND", List.of("PHO_CHU_TICH_UBND"),
          "CHU_TICH_HDND", List.of("PHO_CHU_TICH_HDND", "PHO_CHU_TICH_UBND"),
          "PHO_CHU_TICH_UBND",
              List.of(
                  "TRUONG_PHONG_KINH_TE",
                  "TRUONG_PHONG_VH_XH",
                  "TRUONG_PHONG_KT_HT_DO_THI",
                  "CHANH_VAN_PHONG_HDND_UBND"));

  private final Plans plans;
  private final PlanReviews reviews;
  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  DemoPlans(
      Plans plans, PlanReviews reviews, JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.plans = plans;
    this.reviews = reviews;
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Records the plans; returns how many candidates were planned. */
  int record(DemoSettings settings, Actor actor) {
    if (settings.end().isBefore(PLAN_DATE)) {
      return 0;
    }
    List<String> communes =
        jdbc.sql(
                "SELECT a.unit_code FROM positions_assignments_on(:d) a"
                    + " JOIN person p ON p.id = a.person_id AND p.synthetic"
                    + " GROUP BY a.unit_code ORDER BY a.unit_code LIMIT :n")
            .param("d", PLAN_DATE)
            .param("n", COMMUNES)
            .query(String.class)
            .list();
    int planned = 0;
    int n = 0;
    for (String commune : communes) {
      n++;
      Plan plan =
          plans.create(
              new PlanInputs.NewPlan(
                  commune,
                  "PARTY_COMMITTEE",
                  2025,
                  2030,
                  PLAN_DATE.toString(),
                  "2030-07-01",
                  null,
                  null,
                  null,
                  List.of(),
                  new PlanInputs.Approval(
                      (40 + n) + "-QĐ/ĐU", PLAN_DATE.toString(), "Bí thư Đảng ủy xã")),
              actor);
      for (var e : SOURCES.entrySet()) {
        for (long person : holders(commune, e.getValue())) {
          if (add(plan.id(), person, e.getKey(), actor)) {
            planned++;
          }
        }
      }
      if (!settings.end().isBefore(REVIEW_DATE)) {
        review(plan.id(), actor);
      }
    }
    return planned;
  }

  private List<Long> holders(String commune, List<String> posts) {
    return jdbc.sql(
            "SELECT DISTINCT a.person_id FROM positions_assignments_on(:d) a"
                + " WHERE a.unit_code = :u AND a.position_code IN (:posts) ORDER BY a.person_id")
        .param("d", PLAN_DATE)
        .param("u", commune)
        .param("posts", posts)
        .query(Long.class)
        .list();
  }

  /** One candidate through the plan's checks; a refusal rolls back to the savepoint only. */
  private boolean add(long planId, long person, String post, Actor actor) {
    try {
      savepoint.executeWithoutResult(
          s ->
              plans.addCandidate(
                  planId,
                  new PlanInputs.NewCandidate(
                      String.valueOf(person),
                      post,
                      1,
                      null,
                      null,
                      null,
                      null,
                      PLAN_DATE.toString(),
                      null),
                  actor));
      return true;
    } catch (InvalidInputException refused) {
      return false;
    }
  }

  /** The 2026 review: its proposals, the removals accepted, the additions left to the officer. */
  private void review(long planId, Actor actor) {
    Review r =
        reviews.start(
            planId,
            new PlanReviews.NewReview(REVIEW_DATE.getYear(), REVIEW_DATE.toString()),
            actor);
    for (Review.Proposal p : r.proposals()) {
      if (p.kind() == Review.Kind.OUT) {
        reviews.decide(
            planId,
            r.year(),
            new PlanReviews.Decision(
                String.valueOf(p.id()), true, "Theo kết quả rà soát năm 2026", null),
            actor);
      }
    }
  }
}
