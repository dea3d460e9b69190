package vn.cbcs.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cbcs.planning.CheckVerdict;
import vn.cbcs.planning.Plan;
import vn.cbcs.planning.PlanInputs;
import vn.cbcs.planning.PlanReviews;
import vn.cbcs.planning.Plans;
import vn.cbcs.planning.Review;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.InvalidInputException;

/**
 * Succession plans of the demo province (issue 14), one Party committee plan per commune and term,
 * approved on the plan's day:
 *
 * <ul>
 *   <li>term 2020–2025 — for the first {@value #OLD_COMMUNES} Bắc Kạn communes (as they were after
 *       NQ 855, until 30-6-2025), approved on {@link #OLD_PLAN_DATE} under QĐ 50-QĐ/TW with HD
 *       16-HD/BTCTW (the regime in force before 8-10-2025, {@code planning_regime}), ages computed
 *       on the next congress, July 2025; reviewed on 31 March of 2023, 2024 and 2025;
 *   <li>term 2025–2030 — for the first {@value #COMMUNES} Thái Nguyên communes with demo people,
 *       approved on {@link #PLAN_DATE} under QĐ 377-QĐ/TW, ages computed on July 2030; reviewed on
 *       31 March of each year from 2026 that the demo has reached.
 * </ul>
 *
 * Candidates are the holders of the posts one planning level below each planned post (đối tượng 1),
 * each with the ballots of the introduction round and of the committee's vote — as many as the
 * plan's own checks accept: a candidate the checks refuse is left out (a savepoint keeps the
 * transaction usable). At the review the removals the system proposes are accepted with their
 * grounds as the reason, and the first proposed addition that the checks still accept is made; the
 * other additions are left to the officer. Everything goes through {@link Plans} and {@link
 * PlanReviews} with the demo actor, inside the caller's transaction; the same seed gives the same
 * plans (posts and holders in a fixed order, ballots from the seed).
 */
@Component
class DemoPlans {

  private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

  static final int COMMUNES = 5;
  static final LocalDate PLAN_DATE = LocalDate.of(2025, 12, 1);
  static final LocalDate REVIEW_DATE = LocalDate.of(2026, 3, 31);

  static final int OLD_COMMUNES = 4;
  static final LocalDate OLD_PLAN_DATE = LocalDate.of(2022, 6, 30);
  static final LocalDate OLD_REVIEW_DATE = LocalDate.of(2023, 3, 31);

  /** Planned post → the posts one level below it whose holders are planned (đối tượng 1). */
  static final Map<String, List<String>> SOURCES = new LinkedHashMap<>();

  /** The same for the communes before 1-7-2025 (posts of {@code planning_post_level}, "_XA"). */
  static final Map<String, List<String>> OLD_SOURCES = new LinkedHashMap<>();

  static {
    SOURCES.put("BI_THU_DANG_UY", List.of("PHO_BI_THU_DANG_UY", "CHU_TICH_UBND", "CHU_TICH_HDND"));
    SOURCES.put("CHU_TICH_UBND", List.of("PHO_CHU_TICH_UBND"));
    SOURCES.put("CHU_TICH_HDND", List.of("PHO_CHU_TICH_HDND", "PHO_CHU_TICH_UBND"));
    SOURCES.put(
        "PHO_CHU_TICH_UBND",
        List.of(
            "TRUONG_PHONG_KINH_TE",
            "TRUONG_PHONG_VH_XH",
            "TRUONG_PHONG_KT_HT_DO_THI",
            "CHANH_VAN_PHONG_HDND_UBND"));
    OLD_SOURCES.put(
        "BI_THU_DANG_UY_XA",
        List.of("PHO_BI_THU_DANG_UY_XA", "CHU_TICH_UBND_XA", "CHU_TICH_HDND_XA"));
    OLD_SOURCES.put("CHU_TICH_UBND_XA", List.of("PHO_CHU_TICH_UBND_XA"));
    OLD_SOURCES.put("CHU_TICH_HDND_XA", List.of("PHO_CHU_TICH_HDND_XA", "PHO_CHU_TICH_UBND_XA"));
    List<String> massOrganisations =
        List.of(
            "BI_THU_DOAN_XA",
            "CHU_TICH_HOI_PHU_NU_XA",
            "CHU_TICH_HOI_NONG_DAN_XA",
            "CHU_TICH_HOI_CCB_XA");
    OLD_SOURCES.put("PHO_CHU_TICH_UBND_XA", massOrganisations);
    OLD_SOURCES.put("CHU_TICH_MTTQ_XA", massOrganisations);
  }

  /** One term's plans: which communes, when approved and reviewed, from which posts. */
  record Term(
      int from,
      LocalDate planDate,
      LocalDate referenceDate,
      LocalDate reviewDate,
      int communes,
      int firstDecision,
      Map<String, List<String>> sources) {}

  static final Term OLD_TERM =
      new Term(
          2020,
          OLD_PLAN_DATE,
          LocalDate.of(2025, 7, 1),
          OLD_REVIEW_DATE,
          OLD_COMMUNES,
          20,
          OLD_SOURCES);
  static final Term TERM =
      new Term(2025, PLAN_DATE, LocalDate.of(2030, 7, 1), REVIEW_DATE, COMMUNES, 40, SOURCES);

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

  /** Records the plans of both terms; returns how many candidates were planned. */
  int record(DemoSettings settings, Actor actor) {
    return record(OLD_TERM, settings, actor) + record(TERM, settings, actor);
  }

  private int record(Term term, DemoSettings settings, Actor actor) {
    if (settings.end().isBefore(term.planDate()) || settings.start().isAfter(term.planDate())) {
      return 0;
    }
    List<String> communes =
        jdbc.sql(
                "SELECT a.unit_code FROM positions_assignments_on(:d) a"
                    + " JOIN person p ON p.id = a.person_id AND p.synthetic"
                    + " GROUP BY a.unit_code ORDER BY a.unit_code LIMIT :n")
            .param("d", term.planDate())
            .param("n", term.communes())
            .query(String.class)
            .list();
    log.info(
        "Demo data: Party committee plans {}–{} in communes {}",
        term.from(),
        term.from() + 5,
        communes);
    int planned = 0;
    int n = 0;
    for (String commune : communes) {
      n++;
      Plan plan =
          plans.create(
              new PlanInputs.NewPlan(
                  commune,
                  "PARTY_COMMITTEE",
                  term.from(),
                  term.from() + 5,
                  term.planDate().toString(),
                  term.referenceDate().toString(),
                  null,
                  null,
                  null,
                  List.of(),
                  new PlanInputs.Approval(
                      (term.firstDecision() + n) + "-QĐ/ĐU",
                      term.planDate().toString(),
                      "Bí thư Đảng ủy xã")),
              actor);
      Random ballots = new Random(settings.seed() * 31 + commune.hashCode() * 7L + term.from());
      for (var e : term.sources().entrySet()) {
        for (long person : holders(commune, term.planDate(), e.getValue())) {
          if (add(plan.id(), person, e.getKey(), term.planDate(), ballots, actor)) {
            planned++;
          }
        }
      }
      // the annual review in the first quarter of each year of the term the demo has reached
      for (LocalDate on = term.reviewDate();
          on.getYear() <= term.from() + 5 && !settings.end().isBefore(on);
          on = on.plusYears(1)) {
        review(plan.id(), on, actor);
      }
    }
    return planned;
  }

  private List<Long> holders(String commune, LocalDate on, List<String> posts) {
    return jdbc.sql(
            "SELECT DISTINCT a.person_id FROM positions_assignments_on(:d) a"
                + " WHERE a.unit_code = :u AND a.position_code IN (:posts) ORDER BY a.person_id")
        .param("d", on)
        .param("u", commune)
        .param("posts", posts)
        .query(Long.class)
        .list();
  }

  /**
   * One candidate through the plan's checks, with the ballots of the introduction round (the
   * commune's leading cadres) and of the Party committee's vote, each above half; a refusal rolls
   * back to the savepoint only.
   */
  private boolean add(
      long planId, long person, String post, LocalDate on, Random ballots, Actor actor) {
    int introVoters = 30 + ballots.nextInt(11);
    int introVotes = introVoters / 2 + 1 + ballots.nextInt(introVoters - introVoters / 2);
    int voteVoters = 13 + ballots.nextInt(5);
    int voteVotes = voteVoters / 2 + 1 + ballots.nextInt(voteVoters - voteVoters / 2);
    try {
      savepoint.executeWithoutResult(
          s ->
              plans.addCandidate(
                  planId,
                  new PlanInputs.NewCandidate(
                      String.valueOf(person),
                      post,
                      1,
                      introVotes,
                      introVoters,
                      voteVotes,
                      voteVoters,
                      on.toString(),
                      null),
                  actor));
      return true;
    } catch (InvalidInputException refused) {
      return false;
    }
  }

  /**
   * The review of a year: its proposals; the removals accepted with their grounds as the reason;
   * the first addition the checks accept made, the others left to the officer.
   */
  private void review(long planId, LocalDate on, Actor actor) {
    int year = on.getYear();
    Review r = reviews.start(planId, new PlanReviews.NewReview(year, on.toString()), actor);
    for (Review.Proposal p : r.proposals()) {
      if (p.kind() == Review.Kind.OUT) {
        reviews.decide(
            planId,
            year,
            new PlanReviews.Decision(String.valueOf(p.id()), true, reason(year, p), null),
            actor);
      }
    }
    for (Review.Proposal p : r.proposals()) {
      if (p.kind() == Review.Kind.IN && addIn(planId, year, p, actor)) {
        break;
      }
    }
  }

  private boolean addIn(long planId, int year, Review.Proposal p, Actor actor) {
    try {
      savepoint.executeWithoutResult(
          s ->
              reviews.decide(
                  planId,
                  year,
                  new PlanReviews.Decision(
                      String.valueOf(p.id()),
                      true,
                      "Bổ sung quy hoạch theo kết quả rà soát năm " + year,
                      null),
                  actor));
      return true;
    } catch (InvalidInputException refused) {
      return false;
    }
  }

  /** The reason of a removal: the review's year and the grounds the system gave. */
  static String reason(int year, Review.Proposal p) {
    Set<String> grounds = new LinkedHashSet<>();
    for (CheckVerdict v : p.grounds()) {
      grounds.add(ground(v.rule()));
    }
    List<String> parts = new ArrayList<>(grounds);
    return "Đưa ra khỏi quy hoạch theo kết quả rà soát năm "
        + year
        + (parts.isEmpty() ? "" : ": " + String.join("; ", parts));
  }

  private static String ground(String rule) {
    return switch (rule) {
      case "AGE" -> "không còn đủ tuổi quy hoạch";
      case "DISCIPLINE" -> "bị kỷ luật, đang trong thời hạn";
      case "RATINGS" -> "có năm xếp loại không hoàn thành nhiệm vụ";
      case "POLITICAL_THEORY" -> "chưa đạt trình độ lý luận chính trị theo tiêu chuẩn";
      case "HIGHER_POST", "POST" -> "đã giữ chức vụ tương đương hoặc cao hơn";
      default -> "không còn đáp ứng điều kiện quy hoạch";
    };
  }
}
