package vn.cbcs.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.indicators.Indicator;
import vn.cbcs.indicators.IndicatorValue;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.people.People;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.resolutions.Resolution;
import vn.cbcs.resolutions.Resolutions;
import vn.cbcs.resolutions.Target;
import vn.cbcs.security.Visibility;
import vn.cbcs.standards.Compliance;
import vn.cbcs.standards.Staffing;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.Units;

/**
 * The heads' scorecard (issue 13): for a unit and year, the head and deputies of the commune with
 * their own ratings beside the unit's results — its indicators against the resolutions' targets,
 * the ratings under them, staffing and standards, evaluation completion by 15 December — each line
 * naming the rule it feeds. ADR 13: {@code READ_RECORDS} (it names people and their ratings), then
 * the unit (404), then the actor's ground (403).
 */
@Service
@Transactional(readOnly = true)
public class HeadScorecards {

  /**
   * The heads of a commune (the People's Committee chair, the Party committee secretary, before and
   * after 1-7-2025: NĐ 33/2023 Art. 5; NĐ 300/2025; QĐ 368-QĐ/TW) and their deputies.
   */
  static final Set<String> HEADS =
      Set.of("CHU_TICH_UBND_XA", "CHU_TICH_UBND", "BI_THU_DANG_UY_XA", "BI_THU_DANG_UY");

  static final Set<String> DEPUTIES =
      Set.of(
          "PHO_CHU_TICH_UBND_XA",
          "PHO_CHU_TICH_UBND",
          "PHO_BI_THU_DANG_UY_XA",
          "PHO_BI_THU_DANG_UY");

  /**
   * Ratings are decided before 15 December each year (NĐ 90/2020/NĐ-CP as amended by NĐ 48/2023,
   * timing; REGULATIONS.md §2.2 [H]).
   */
  static final MonthDay DEADLINE = MonthDay.of(12, 15);

  static final String DEADLINE_SOURCE = "Nghị định 90/2020/NĐ-CP (sửa đổi bởi NĐ 48/2023/NĐ-CP)";

  private final JdbcClient jdbc;
  private final EvaluationRules rules;
  private final SubordinateCounts counts;
  private final Visibility visibility;
  private final Units units;
  private final People people;
  private final PositionCatalogue positions;
  private final Indicators indicators;
  private final Resolutions resolutions;
  private final Staffing staffing;
  private final Compliance compliance;

  HeadScorecards(
      JdbcClient jdbc,
      EvaluationRules rules,
      SubordinateCounts counts,
      Visibility visibility,
      Units units,
      People people,
      PositionCatalogue positions,
      Indicators indicators,
      Resolutions resolutions,
      Staffing staffing,
      Compliance compliance) {
    this.jdbc = jdbc;
    this.rules = rules;
    this.counts = counts;
    this.visibility = visibility;
    this.units = units;
    this.people = people;
    this.positions = positions;
    this.indicators = indicators;
    this.resolutions = resolutions;
    this.staffing = staffing;
    this.compliance = compliance;
  }

  /** The scorecard of a unit for a year: 403 capability, 404 no such unit, 403 outside. */
  public HeadScorecard of(String unitCode, int year, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    if (year < EvaluationRules.FIRST_YEAR || year > EvaluationRules.LAST_YEAR) {
      throw new vn.cbcs.platform.BadRequestException(
          "year",
          "evaluation.parameter.range",
          "year",
          String.valueOf(year),
          String.valueOf(EvaluationRules.FIRST_YEAR),
          String.valueOf(EvaluationRules.LAST_YEAR));
    }
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    LocalDate asOf = yearEnd.isAfter(AsOf.today()) ? AsOf.today() : yearEnd;
    if (asOf.getYear() < year) {
      asOf = LocalDate.of(year, 1, 1);
    }
    Unit unit =
        units
            .nearest(unitCode, asOf)
            .orElseThrow(() -> new NotFoundException("evaluation.unit.notFound", unitCode));
    visibility.requireUnit(actor, unit, asOf);
    List<Unit> communes = units.communesCovering(unit, asOf);
    List<String> codes = communes.stream().map(Unit::code).toList();
    List<HeadScorecard.Leader> leaders =
        unit.level() == UnitLevel.COMMUNE ? leaders(codes, year, actor) : List.of();
    List<HeadScorecard.Ratings> ratings = new ArrayList<>();
    for (RatingSystem s : RatingSystem.values()) {
      ratings.add(ratings(codes, year, s));
    }
    return new HeadScorecard(
        unit,
        year,
        asOf,
        leaders,
        ratings,
        targets(unit, asOf, actor),
        staffing(communes, codes, asOf, actor),
        completion(codes, year, asOf));
  }

  // ---------------------------------------------------------------- leaders

  private List<HeadScorecard.Leader> leaders(List<String> codes, int year, Actor actor) {
    List<String> posts = new ArrayList<>(HEADS);
    posts.addAll(DEPUTIES);
    // who held a head's or deputy's post in the commune in the year: on 31 December or on the
    // first day of a month (the latest post of each person first)
    List<String[]> held =
        jdbc.sql(
                "SELECT DISTINCT ON (a.person_id) a.person_id, a.position_code FROM (SELECT"
                    + " make_date(:y, 12, 31) AS day UNION ALL SELECT generate_series(make_date(:y,"
                    + " 12, 1), make_date(:y, 1, 1), interval '-1 month')::date) d CROSS JOIN"
                    + " LATERAL positions_assignments_on(d.day) a WHERE a.unit_code IN (:c) AND"
                    + " a.position_code IN (:p) ORDER BY a.person_id, d.day DESC")
            .param("y", year)
            .param("c", codes)
            .param("p", posts)
            .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    List<HeadScorecard.Leader> out = new ArrayList<>();
    for (String[] h : held) {
      long personId = Long.parseLong(h[0]);
      List<HeadScorecard.LeaderRating> ratings = new ArrayList<>();
      for (RatingSystem s : RatingSystem.values()) {
        ratings.add(leaderRating(personId, codes, year, s));
      }
      String name = positions.anyVersion(h[1]).map(p -> p.name("vi")).orElse(h[1]);
      out.add(
          new HeadScorecard.Leader(
              personId,
              people.require(personId, actor).fullName(),
              h[1],
              name,
              HEADS.contains(h[1]),
              ratings));
    }
    out.sort(
        Comparator.comparing((HeadScorecard.Leader l) -> !l.head())
            .thenComparing(HeadScorecard.Leader::fullName));
    return out;
  }

  private HeadScorecard.LeaderRating leaderRating(
      long personId, List<String> codes, int year, RatingSystem system) {
    Optional<Object[]> ev =
        jdbc.sql(
                "SELECT decided_level, decision_number, decision_date, proposed_level, regime_code"
                    + " FROM evaluation WHERE person_id = :p AND year = :y AND system = :s")
            .param("p", personId)
            .param("y", year)
            .param("s", system.name())
            .query(
                (rs, i) ->
                    new Object[] {
                      rs.getString(1),
                      rs.getString(2),
                      rs.getObject(3, LocalDate.class),
                      rs.getString(4),
                      rs.getString(5)
                    })
            .optional();
    Level decided = ev.map(r -> level((String) r[0])).orElse(null);
    Level proposed = ev.map(r -> level((String) r[3])).orElse(null);
    Optional<RuleSet> rs =
        ev.map(r -> Optional.of(rules.ruleSet((String) r[4], year)))
            .orElseGet(() -> rules.ruleSet(year, system));
    ClassificationInput.Subordinates under =
        SubordinateCounts.subordinates(counts.levels(codes, year, system, List.of(personId)));
    Level best = null;
    boolean contradicts = false;
    List<Classification.Reason> reasons = List.of();
    if (rs.isPresent()) {
      // nobody rated under the leader: the conditions say nothing (no level shown)
      best =
          under.total() > 0
              ? EvaluationRules.leaderConditions(rs.get(), under, Level.HTXSNV).level()
              : null;
      Level level = decided != null ? decided : proposed;
      if (level != null && level.rated()) {
        EvaluationRules.LeaderCheck c = EvaluationRules.leaderConditions(rs.get(), under, level);
        contradicts = !c.reasons().isEmpty();
        reasons = c.reasons();
      }
    }
    return new HeadScorecard.LeaderRating(
        system,
        decided,
        ev.map(r -> (String) r[1]).orElse(null),
        ev.map(r -> (LocalDate) r[2]).orElse(null),
        proposed,
        under,
        best,
        contradicts,
        reasons);
  }

  private static Level level(String s) {
    return s == null ? null : Level.valueOf(s);
  }

  // ---------------------------------------------------------------- ratings

  private HeadScorecard.Ratings ratings(List<String> codes, int year, RatingSystem system) {
    Map<Level, Long> levels = counts.levels(codes, year, system, List.of());
    long rated = SubordinateCounts.subordinates(levels).total();
    Optional<RuleSet> rs = rules.ruleSet(year, system);
    List<HeadScorecard.RuleRef> refs = new ArrayList<>();
    rs.ifPresent(
        r ->
            r.rules().values().stream()
                .filter(x -> x.key().startsWith("leader_"))
                .sorted(Comparator.comparing(RuleSet.Rule::key))
                .forEach(x -> refs.add(leaderRule(x))));
    if (rs.isPresent() && refs.isEmpty()) {
      refs.add(
          new HeadScorecard.RuleRef(
              "scorecard.rule.leaderNone",
              List.of(rs.get().name()),
              rs.get().legalSource(),
              "",
              rs.get().confidence()));
    }
    return new HeadScorecard.Ratings(
        system,
        rs.map(RuleSet::regime).orElse(null),
        levels,
        rated,
        IndicatorValue.percent(levels.get(Level.KHTNV), rated),
        refs);
  }

  /** A leader condition row as a line's rule: "more than 50% KHTNV → the leader KHTNV", etc. */
  static HeadScorecard.RuleRef leaderRule(RuleSet.Rule r) {
    String pct = EvaluationRules.plain(r.value());
    if (r.key().equals("leader_khtnv_units_khtnv_above_pct")) {
      return new HeadScorecard.RuleRef(
          "scorecard.rule.leaderKhtnv", List.of(pct), r.legalSource(), r.article(), r.confidence());
    }
    // leader_<LEVEL>_units_<GROUP>_min_pct
    String[] parts = r.key().split("_");
    return new HeadScorecard.RuleRef(
        "scorecard.rule.leaderMin",
        List.of(parts[1], pct, parts[3]),
        r.legalSource(),
        r.article(),
        r.confidence());
  }

  // ---------------------------------------------------------------- targets

  private HeadScorecard.Targets targets(Unit unit, LocalDate asOf, Actor actor) {
    List<String> path = List.of(unit.path().split("/"));
    // per indicator, the target nearest after the date (else the latest before it)
    Map<String, Object[]> chosen = new LinkedHashMap<>();
    for (Resolution r : resolutions.all(actor)) {
      if (!path.contains(r.unitCode())) {
        continue;
      }
      for (Target t : r.targets()) {
        Object[] c = chosen.get(t.indicatorCode());
        Target prev = c == null ? null : (Target) c[1];
        if (prev == null || better(t, prev, asOf)) {
          chosen.put(t.indicatorCode(), new Object[] {r, t});
        }
      }
    }
    List<HeadScorecard.TargetLine> lines = new ArrayList<>();
    Map<LocalDate, Map<String, vn.cbcs.indicators.Counted>> byDate = new HashMap<>();
    List<Indicator> all = indicators.all(actor);
    long sourced = 0;
    long met = 0;
    for (Object[] c : chosen.values()) {
      Resolution r = (Resolution) c[0];
      Target t = (Target) c[1];
      LocalDate judgedOn = t.milestone().isAfter(asOf) ? asOf : t.milestone();
      Map<String, vn.cbcs.indicators.Counted> values =
          byDate.computeIfAbsent(
              judgedOn,
              d ->
                  indicators.count(
                      all.stream().filter(i -> chosen.containsKey(i.code())).toList(),
                      indicators.scope(unit.code(), d, asOf, actor),
                      actor));
      vn.cbcs.indicators.Counted v = values.get(t.indicatorCode());
      if (v == null) {
        continue;
      }
      Boolean ok = t.sourced() ? t.metBy(v.value().percent()) : null;
      if (t.sourced()) {
        sourced++;
        if (Boolean.TRUE.equals(ok)) {
          met++;
        }
      }
      lines.add(
          new HeadScorecard.TargetLine(
              r.citation(),
              t.indicatorCode(),
              v.value().indicator().nameVi(),
              t.milestone(),
              t.target(),
              t.direction().name(),
              t.sourced(),
              judgedOn,
              v.value(),
              ok));
    }
    List<HeadScorecard.RuleRef> refs =
        List.of(
            new HeadScorecard.RuleRef(
                "scorecard.rule.targetsNd90",
                List.of(),
                "Nghị định 90/2020/NĐ-CP (sửa đổi bởi NĐ 48/2023/NĐ-CP)",
                "tiêu chí xếp loại lãnh đạo, quản lý (REGULATIONS.md §2.2)",
                "M"),
            new HeadScorecard.RuleRef(
                "scorecard.rule.targetsQd366",
                List.of(),
                "Quy định 366-QĐ/TW",
                "Điều 11 (lãnh đạo KHTNV: đơn vị hoàn thành dưới 70% nhiệm vụ)",
                "H"));
    return new HeadScorecard.Targets(lines, sourced, met, refs);
  }

  private static boolean better(Target t, Target prev, LocalDate asOf) {
    boolean tAfter = !t.milestone().isBefore(asOf);
    boolean pAfter = !prev.milestone().isBefore(asOf);
    if (tAfter != pAfter) {
      return tAfter;
    }
    return tAfter
        ? t.milestone().isBefore(prev.milestone())
        : t.milestone().isAfter(prev.milestone());
  }

  // ---------------------------------------------------------------- staffing

  private HeadScorecard.Staffing staffing(
      List<Unit> communes, List<String> codes, LocalDate asOf, Actor actor) {
    long inPost = 0;
    long quota = 0;
    long noQuota = 0;
    long unfilled = 0;
    long over = 0;
    for (Staffing.CommuneStaffing c : staffing.ofCommunes(communes, asOf, actor)) {
      inPost += c.filled();
      if (c.quota() == null) {
        noQuota++;
      } else {
        quota += c.quota();
        unfilled += c.unfilledTitles().size();
        over += c.excess();
      }
    }
    long below =
        compliance.inCommunes(codes, asOf, actor).stream()
            .filter(v -> !v.verdict().meets())
            .map(v -> v.post().personId())
            .distinct()
            .count();
    List<HeadScorecard.RuleRef> refs =
        List.of(
            new HeadScorecard.RuleRef(
                "scorecard.rule.staffing",
                List.of(),
                "Luật Cán bộ, công chức 80/2025/QH15; Nghị định 33/2023/NĐ-CP",
                "Điều 26 Luật 80/2025 (lãnh đạo đánh giá cả kết quả của đơn vị); số lượng,"
                    + " tiêu chuẩn chức danh (mô-đun Tiêu chuẩn)",
                "M"));
    return new HeadScorecard.Staffing(inPost, quota, noQuota, unfilled, over, below, refs);
  }

  // ---------------------------------------------------------------- completion

  private HeadScorecard.Completion completion(List<String> codes, int year, LocalDate asOf) {
    LocalDate deadline = DEADLINE.atYear(year);
    long[] c = new long[5];
    if (!codes.isEmpty()) {
      jdbc.sql(
              "SELECT count(*), count(*) FILTER (WHERE status = 'DECIDED'),"
                  + " count(*) FILTER (WHERE status = 'DECIDED' AND decision_date < :dl),"
                  + " count(*) FILTER (WHERE status = 'DECIDED' AND decision_date >= :dl),"
                  + " count(*) FILTER (WHERE status <> 'DECIDED')"
                  + " FROM evaluation WHERE unit_code IN (:c) AND year = :y AND system = 'STATE'")
          .param("dl", deadline)
          .param("c", codes)
          .param("y", year)
          .query(
              (rs, i) -> {
                for (int k = 0; k < 5; k++) {
                  c[k] = rs.getLong(k + 1);
                }
                return c;
              })
          .single();
    }
    long inPost = 0;
    long notOpened = 0;
    if (!codes.isEmpty()) {
      long[] p =
          jdbc.sql(
                  "SELECT count(DISTINCT a.person_id), count(DISTINCT a.person_id) FILTER (WHERE"
                      + " NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.person_id = a.person_id"
                      + " AND e.year = :y AND e.system = 'STATE'))"
                      + " FROM positions_assignments_on(:d) a WHERE a.unit_code IN (:c)")
              .param("y", year)
              .param("d", asOf)
              .param("c", codes)
              .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
              .single();
      inPost = p[0];
      notOpened = p[1];
    }
    List<HeadScorecard.RuleRef> refs =
        List.of(
            new HeadScorecard.RuleRef(
                "scorecard.rule.deadline",
                List.of(deadline.getDayOfMonth() + "/" + deadline.getMonthValue()),
                DEADLINE_SOURCE,
                "thời điểm đánh giá, xếp loại: trước ngày 15 tháng 12 hằng năm",
                "H"));
    return new HeadScorecard.Completion(
        deadline, inPost, c[0], c[1], c[2], c[3], c[4], notOpened, refs);
  }

  /** The percentage of {@code part} in {@code whole} (two decimals), null when whole is 0. */
  public static BigDecimal percent(long part, long whole) {
    return IndicatorValue.percent(part, whole);
  }
}
