package vn.cbcs.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.indicators.ChildValue;
import vn.cbcs.indicators.Computed;
import vn.cbcs.indicators.Counted;
import vn.cbcs.indicators.Indicator;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.indicators.IndicatorValue;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.indicators.ReportingLock;
import vn.cbcs.indicators.ReportingLocks;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.resolutions.Resolution;
import vn.cbcs.resolutions.Resolutions;
import vn.cbcs.resolutions.TargetProgress;
import vn.cbcs.units.Unit;

/** Assembles a unit's dashboard from indicators, locks and resolutions. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

  /** The key indicators on the cards, in order. */
  static final List<String> KEY =
      List.of(
          "PRO_SO_CAP_PLUS",
          "LLCT_SO_TRUNG_CAP",
          "PRO_DAI_HOC_PLUS",
          "MEETS_STANDARD",
          "WOMEN",
          "ETHNIC_MINORITY",
          "PARTY_MEMBER",
          "COMMUNES_STAFFED_TO_QUOTA");

  static final Set<String> QUALITY =
      Set.of(
          "PRO_SO_CAP_PLUS",
          "LLCT_SO_TRUNG_CAP",
          "PRO_DAI_HOC_PLUS",
          "MEETS_STANDARD",
          "COMMUNES_STAFFED_TO_QUOTA");

  static final List<String> AGES = List.of("AGE_UNDER_35", "AGE_35_45", "AGE_45_55", "AGE_55_PLUS");

  /**
   * The ratings of the as-of date's year (ADR 15 §7): final state ratings, their four levels, on
   * time; then the Party ratings.
   */
  static final List<String> RATINGS =
      List.of(
          "RATED",
          "RATED_HTXSNV",
          "RATED_HTTNV",
          "RATED_HTNV",
          "RATED_KHTNV",
          "RATED_ON_TIME",
          "RATED_PARTY",
          "RATED_PARTY_HTXSNV",
          "RATED_PARTY_KHTNV");

  /**
   * Bench strength (issue 14, ADR 15 §7): the leaders whose post is at risk of having no eligible
   * successor, from the planning module's read model.
   */
  static final List<String> BENCH = List.of("POSTS_AT_RISK");

  /**
   * The 2025 transition board (issue 16, ADR 15 §7): civil servants placed in a job position and
   * grade by 1-7-2027, communes within their allocation (the surplus absorbed by 30-6-2030).
   */
  static final List<String> TRANSITION = List.of("TRANSITION_PLACED", "TRANSITION_NO_SURPLUS");

  private final Indicators indicators;
  private final ReportingLocks locks;
  private final Resolutions resolutions;
  private final PageFigures pages;

  DashboardService(
      Indicators indicators, ReportingLocks locks, Resolutions resolutions, PageFigures pages) {
    this.pages = pages;
    this.indicators = indicators;
    this.locks = locks;
    this.resolutions = resolutions;
  }

  public Dashboard build(IndicatorScope scope, LocalDate today, Actor actor) {
    indicators.checkScope(scope, actor);
    // first: figures computed after this read are at least as new as it says
    long generation = indicators.inputsGeneration();
    boolean mayLock = actor.can(Capability.LOCK_FIGURES) && !scope.national();
    List<Indicator> wanted = select(KEY, actor);
    wanted.addAll(select(AGES, actor));
    wanted.addAll(select(RATINGS, actor));
    wanted.addAll(select(BENCH, actor));
    wanted.addAll(select(TRANSITION, actor));
    Optional<ReportingLock> lock = locks.find(scope, actor);
    // a locked date compares every member with the lock: computed in full, never kept
    PageFigures.Key key =
        new PageFigures.Key(
            generation,
            scope.unitCode(),
            scope.national() ? null : scope.unit().validFrom(),
            scope.asOf(),
            scope.communes().stream().map(Unit::code).toList(),
            wanted.stream().map(i -> i.code() + ":" + i.version()).toList());
    PageFigures.Figures figures = lock.isPresent() ? null : pages.get(key);
    Map<String, Computed> computed = Map.of();
    if (figures == null) {
      Map<String, Counted> counted = new LinkedHashMap<>();
      if (lock.isPresent()) {
        computed = indicators.compute(wanted, scope, actor);
        computed.forEach((code, c) -> counted.put(code, Counted.of(c)));
      } else {
        // numbers only: counted in SQL where they can be, members read only by the drill-down
        counted.putAll(indicators.count(wanted, scope, actor));
      }
      figures = figures(counted);
      if (lock.isEmpty()) {
        pages.put(key, figures);
      }
    }
    List<Dashboard.ResolutionProgress> progress = new ArrayList<>();
    if (!scope.national()) {
      for (Resolution r : resolutions.forUnit(scope.unitCode(), actor)) {
        progress.add(new Dashboard.ResolutionProgress(r, resolutions.progress(r, today, actor)));
      }
    }
    List<Dashboard.Card> cards = new ArrayList<>();
    Map<String, Map<String, ChildValue>> byChild = new LinkedHashMap<>();
    Map<String, Unit> children = new HashMap<>();
    for (String code : KEY) {
      IndicatorValue value = figures.values().get(code);
      if (value == null) {
        continue;
      }
      Computed c = computed.get(code);
      long[] below = figures.belowStandard().get(code);
      cards.add(
          new Dashboard.Card(
              value,
              target(progress, code, scope.asOf()),
              c == null ? null : lock.flatMap(l -> locks.compare(l, c, actor)).orElse(null),
              QUALITY.contains(code),
              below[0],
              below[1]));
      Map<String, ChildValue> row = new LinkedHashMap<>();
      for (ChildValue v : figures.splits().get(code)) {
        row.put(v.child().code(), v);
        children.putIfAbsent(v.child().code(), v.child());
      }
      byChild.put(code, row);
    }
    List<IndicatorValue> ages = new ArrayList<>();
    for (String code : AGES) {
      Optional.ofNullable(figures.values().get(code)).ifPresent(ages::add);
    }
    List<IndicatorValue> ratings = new ArrayList<>();
    for (String code : RATINGS) {
      Optional.ofNullable(figures.values().get(code)).ifPresent(ratings::add);
    }
    List<IndicatorValue> bench = new ArrayList<>();
    for (String code : BENCH) {
      Optional.ofNullable(figures.values().get(code)).ifPresent(bench::add);
    }
    List<IndicatorValue> transition = new ArrayList<>();
    for (String code : TRANSITION) {
      Optional.ofNullable(figures.values().get(code)).ifPresent(transition::add);
    }
    List<Unit> childList = new ArrayList<>(children.values());
    childList.sort(Comparator.comparing(Unit::path));
    return new Dashboard(
        scope,
        cards,
        childList,
        byChild,
        ages,
        ratings,
        bench,
        progress,
        mayLock,
        lock.isPresent(),
        transition);
  }

  /** What the page shows of computed values, without their members. */
  private PageFigures.Figures figures(Map<String, Counted> counted) {
    Map<String, IndicatorValue> values = new HashMap<>();
    Map<String, List<ChildValue>> splits = new HashMap<>();
    Map<String, long[]> below = new HashMap<>();
    counted.forEach(
        (code, c) -> {
          values.put(code, c.value());
          if (KEY.contains(code)) {
            splits.put(code, indicators.split(c));
            // deadlines belong to "meets the standard", whose members are always read
            List<vn.cbcs.indicators.Member> rest =
                c.computed() == null ? List.of() : c.computed().rest();
            below.put(
                code,
                new long[] {
                  rest.stream().filter(m -> m.deadline() != null && !m.overdue()).count(),
                  rest.stream().filter(m -> m.deadline() != null && m.overdue()).count()
                });
          }
        });
    return new PageFigures.Figures(values, splits, below);
  }

  /** The target nearest after the date (else the latest before it) for an indicator. */
  private static TargetProgress target(
      List<Dashboard.ResolutionProgress> progress, String code, LocalDate asOf) {
    List<TargetProgress> all = new ArrayList<>();
    progress.forEach(p -> all.addAll(p.targets()));
    return all.stream()
        .filter(t -> t.target().indicatorCode().equals(code))
        .filter(t -> !t.target().milestone().isBefore(asOf))
        .min(Comparator.comparing(t -> t.target().milestone()))
        .or(
            () ->
                all.stream()
                    .filter(t -> t.target().indicatorCode().equals(code))
                    .max(Comparator.comparing(t -> t.target().milestone())))
        .orElse(null);
  }

  /** Year-end values of the key indicators from {@code from} up to the scope's date. */
  public Map<String, List<Object[]>> trends(
      String unitCode, LocalDate unitOn, LocalDate from, LocalDate asOf, Actor actor) {
    List<Indicator> wanted = select(KEY, actor);
    List<LocalDate> dates = new ArrayList<>();
    for (int y = from.getYear(); y < asOf.getYear(); y++) {
      dates.add(LocalDate.of(y, 12, 31));
    }
    dates.add(asOf);
    Map<String, List<Object[]>> series = new LinkedHashMap<>();
    indicators
        .values(wanted, unitCode, unitOn, dates, actor)
        .forEach(
            (code, values) ->
                series.put(
                    code,
                    values.stream()
                        .map(v -> new Object[] {v.scope().asOf().toString(), v.percent()})
                        .toList()));
    return series;
  }

  private List<Indicator> select(List<String> codes, Actor actor) {
    List<Indicator> list = new ArrayList<>();
    for (String code : codes) {
      indicators.find(code, actor).ifPresent(list::add);
    }
    return list;
  }
}
