package vn.cbcs.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.indicators.internal.Evaluator;
import vn.cbcs.indicators.internal.FactsLoader;
import vn.cbcs.indicators.internal.Ground;
import vn.cbcs.indicators.internal.IndicatorStore;
import vn.cbcs.indicators.internal.InputGeneration;
import vn.cbcs.indicators.internal.KeptFigures;
import vn.cbcs.indicators.internal.RatingsLoader;
import vn.cbcs.indicators.internal.SqlCounts;
import vn.cbcs.indicators.internal.StandardStanding;
import vn.cbcs.indicators.internal.ValueCache;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.standards.Compliance;
import vn.cbcs.standards.Staffing;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.Units;

/**
 * Computes indicators for any unit and date, with the members behind each value. The counts are
 * always the counts of the member lists, so a value and its drill-down cannot disagree.
 */
@Service
@Transactional(readOnly = true)
public class Indicators {

  private final IndicatorStore store;
  private final ScopeResolver scopes;
  private final FactsLoader facts;
  private final Evaluator evaluator;
  private final Compliance compliance;
  private final Staffing staffing;
  private final Units units;
  private final RatingsLoader ratings;
  private final vn.cbcs.indicators.internal.PostsAtRiskLoader postsAtRisk;
  private final vn.cbcs.indicators.internal.PlacedLoader placed;
  private final InputGeneration generation;
  private final ValueCache cache;
  private final SqlCounts sql;
  private final KeptFigures kept;

  Indicators(
      IndicatorStore store,
      ScopeResolver scopes,
      FactsLoader facts,
      Evaluator evaluator,
      Compliance compliance,
      Staffing staffing,
      Units units,
      RatingsLoader ratings,
      vn.cbcs.indicators.internal.PostsAtRiskLoader postsAtRisk,
      vn.cbcs.indicators.internal.PlacedLoader placed,
      InputGeneration generation,
      ValueCache cache,
      SqlCounts sql,
      KeptFigures kept) {
    this.sql = sql;
    this.kept = kept;
    this.ratings = ratings;
    this.postsAtRisk = postsAtRisk;
    this.placed = placed;
    this.generation = generation;
    this.cache = cache;
    this.store = store;
    this.scopes = scopes;
    this.facts = facts;
    this.evaluator = evaluator;
    this.compliance = compliance;
    this.staffing = staffing;
    this.units = units;
  }

  /**
   * The generation of the records indicators are computed from (migration V101): it changes when
   * any write to them commits. Read it before reading anything else to key values kept in memory.
   */
  public long inputsGeneration() {
    return generation.current();
  }

  /** Refuses (403) a scope whose ground the actor does not cover; before serving kept values. */
  public void checkScope(IndicatorScope scope, Actor actor) {
    scopes.check(scope, actor);
  }

  /** The latest version of every indicator in use, in display order. */
  public List<Indicator> all(Actor actor) {
    actor.require(Capability.READ_FIGURES);
    return store.latest();
  }

  public Optional<Indicator> find(String code, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    return store.latest(code);
  }

  public Indicator require(String code, Actor actor) {
    return find(code, actor).orElseThrow(() -> new NotFoundException("indicator.unknown", code));
  }

  public Optional<Indicator> version(String code, int version, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    return store.version(code, version);
  }

  /** Every version, newest first. */
  public List<Indicator> versions(String code, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    return store.versions(code);
  }

  /**
   * The ground of "unit {@code unitCode} as of {@code asOf}": {@code unitOn} names the date on
   * which the unit is identified (default: {@code asOf}, or the unit's nearest period when it is
   * not in force on {@code asOf}). A blank code is the whole country.
   */
  public IndicatorScope scope(String unitCode, LocalDate asOf, LocalDate unitOn, Actor actor) {
    return scopes.resolve(unitCode, asOf, unitOn, actor);
  }

  public Computed compute(String code, IndicatorScope scope, Actor actor) {
    return compute(List.of(require(code, actor)), scope, actor).get(code);
  }

  /**
   * Several indicators over one scope, reading the records once; the actor must cover the scope's
   * ground (403).
   */
  public Map<String, Computed> compute(
      List<Indicator> indicators, IndicatorScope scope, Actor actor) {
    scopes.check(scope, actor);
    Ground ground = ground(scope, actor);
    Map<String, Computed> result = new LinkedHashMap<>();
    for (Indicator i : indicators) {
      result.put(i.code(), Computed.of(i, scope, evaluator.members(i, ground)));
    }
    return result;
  }

  public IndicatorValue value(String code, IndicatorScope scope, Actor actor) {
    return count(List.of(require(code, actor)), scope, actor).get(code).value();
  }

  /**
   * The numbers of several indicators over one scope, without building their members (issue 18).
   * When every indicator is about people with conditions written in SQL, they are counted in one
   * set-based query; when one of them needs its members ("meets the standard" asks the standards
   * engine, communes' staffing its report), the records are read once for all, that one is computed
   * from its members (which the result then carries) and the others are counted from the facts
   * read. The actor must cover the scope's ground (403).
   */
  public Map<String, Counted> count(List<Indicator> indicators, IndicatorScope scope, Actor actor) {
    scopes.check(scope, actor);
    boolean membersNeeded = indicators.stream().anyMatch(i -> !SqlCounts.countable(i));
    Ground ground = membersNeeded ? ground(scope, actor) : null;
    Map<String, Map<String, long[]>> counts = membersNeeded ? Map.of() : counts(indicators, scope);
    Map<String, Counted> result = new LinkedHashMap<>();
    for (Indicator i : indicators) {
      if (!SqlCounts.countable(i)) {
        result.put(i.code(), Counted.of(Computed.of(i, scope, evaluator.members(i, ground))));
        continue;
      }
      Map<String, long[]> byCommune =
          ground != null ? evaluator.counts(i, ground) : counts.get(i.code());
      long n = 0;
      long d = 0;
      for (long[] v : byCommune.values()) {
        n += v[0];
        d += v[1];
      }
      result.put(i.code(), new Counted(new IndicatorValue(i, scope, n, d), byCommune, null));
    }
    return result;
  }

  /**
   * Counts of indicators all countable in SQL: those on people's own records from the figures kept
   * per commune (recounting the communes written since), the others in one query.
   */
  private Map<String, Map<String, long[]>> counts(
      List<Indicator> indicators, IndicatorScope scope) {
    List<String> communes = scope.communes().stream().map(Unit::code).toList();
    List<Indicator> keepable = indicators.stream().filter(KeptFigures::keepable).toList();
    List<Indicator> others = indicators.stream().filter(i -> !KeptFigures.keepable(i)).toList();
    Map<String, Map<String, long[]>> counts = new HashMap<>();
    if (!keepable.isEmpty()) {
      counts.putAll(kept.count(keepable, communes, scope.national(), scope.asOf()));
    }
    if (!others.isEmpty()) {
      counts.putAll(sql.count(others, scope.national() ? null : communes, scope.asOf()));
    }
    return counts;
  }

  /**
   * Whether the actor may see who is behind a value: the members of an indicator chosen by
   * sensitive data (ethnic group, Party membership) would reveal it to roles that may not see it.
   */
  public boolean membersVisible(Computed computed, Actor actor) {
    return !computed.value().indicator().usesSensitiveData() || actor.can(Capability.SEE_SENSITIVE);
  }

  /** The people behind a value ({@code numerator}, {@code rest} or {@code denominator}). */
  public List<Member> members(Computed computed, String part, Actor actor) {
    if (!membersVisible(computed, actor)) {
      throw new ForbiddenException("indicator.members.sensitive");
    }
    return switch (part) {
      case "numerator" -> computed.numerator();
      case "rest" -> computed.rest();
      case "denominator" -> computed.members();
      default -> throw new BadRequestException("part", "indicator.part.invalid", part);
    };
  }

  /** The value in each child unit of the scope (the communes' parents for a crosswalk scope). */
  public List<ChildValue> split(Computed computed) {
    return split(Counted.of(computed));
  }

  /** The same from counts per commune, without members. */
  public List<ChildValue> split(Counted counted) {
    IndicatorScope scope = counted.value().scope();
    Map<String, Unit> childOfCommune = childOfCommune(scope);
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, Unit> children = new HashMap<>();
    childOfCommune.values().forEach(u -> children.putIfAbsent(u.code(), u));
    childOfCommune.values().stream()
        .map(Unit::code)
        .distinct()
        .sorted()
        .forEach(c -> counts.put(c, new long[2]));
    counted
        .byCommune()
        .forEach(
            (commune, v) -> {
              Unit child = childOfCommune.get(commune);
              if (child != null) {
                long[] c = counts.get(child.code());
                c[0] += v[0];
                c[1] += v[1];
              }
            });
    List<ChildValue> rows = new ArrayList<>();
    counts.forEach((code, c) -> rows.add(new ChildValue(children.get(code), c[0], c[1])));
    return rows;
  }

  /** The unit of the split each commune of the scope falls in (empty for a commune's own scope). */
  public Map<String, Unit> childOfCommune(IndicatorScope scope) {
    Map<String, Unit> map = new HashMap<>();
    if (!scope.national()
        && !scope.throughCrosswalk()
        && scope.unit().level() == UnitLevel.COMMUNE) {
      return map;
    }
    Map<String, Unit> parents = new HashMap<>();
    int depth = scope.national() || scope.throughCrosswalk() ? -1 : segments(scope.unit().path());
    for (Unit commune : scope.communes()) {
      String[] path = commune.path().split("/");
      String childCode;
      if (scope.national()) {
        childCode = path[0];
      } else if (scope.throughCrosswalk()) {
        // group by district where districts exist on the date, else list the communes themselves
        childCode = path.length == 3 ? path[1] : commune.code();
      } else {
        childCode = path[depth];
      }
      if (childCode.equals(commune.code())) {
        map.put(commune.code(), commune);
        continue;
      }
      Unit child =
          parents.computeIfAbsent(childCode, c -> units.find(c, scope.asOf()).orElse(null));
      if (child != null) {
        map.put(commune.code(), child);
      }
    }
    return map;
  }

  private static int segments(String path) {
    return path.split("/").length;
  }

  /** Values on each of {@code dates} for the unit as identified on {@code unitOn}. */
  public List<IndicatorValue> series(
      String code, String unitCode, LocalDate unitOn, List<LocalDate> dates, Actor actor) {
    Indicator indicator = require(code, actor);
    return values(List.of(indicator), unitCode, unitOn, dates, actor).get(code);
  }

  /**
   * The values of several indicators on each of {@code dates} for the unit as identified on {@code
   * unitOn} (a trend): indicator code → one value per date, in order. The actor must cover the
   * unit's ground on every date (403), checked before anything is served. Values are numbers only
   * (no members) and come from the cache of computed values when the records have not changed since
   * they were computed: the inputs' generation is read once, first, and a value is served only
   * under the generation it was computed in.
   */
  public Map<String, List<IndicatorValue>> values(
      List<Indicator> indicators,
      String unitCode,
      LocalDate unitOn,
      List<LocalDate> dates,
      Actor actor) {
    actor.require(Capability.READ_FIGURES);
    long g = generation.current();
    Map<String, List<IndicatorValue>> out = new LinkedHashMap<>();
    indicators.forEach(i -> out.put(i.code(), new ArrayList<>()));
    for (LocalDate d : dates) {
      IndicatorScope s = scope(unitCode, d, unitOn, actor);
      Map<String, IndicatorValue> found = new HashMap<>();
      List<Indicator> missing = new ArrayList<>();
      for (Indicator i : indicators) {
        long[] v = cache.get(key(g, i, s));
        if (v == null) {
          missing.add(i);
        } else {
          found.put(i.code(), new IndicatorValue(i, s, v[0], v[1]));
        }
      }
      if (!missing.isEmpty()) {
        for (Counted c : count(missing, s, actor).values()) {
          IndicatorValue v = c.value();
          cache.put(key(g, v.indicator(), s), v.numerator(), v.denominator());
          found.put(v.indicator().code(), v);
        }
      }
      indicators.forEach(i -> out.get(i.code()).add(found.get(i.code())));
    }
    return out;
  }

  private static ValueCache.Key key(long g, Indicator i, IndicatorScope s) {
    return new ValueCache.Key(
        g,
        i.code(),
        i.version(),
        s.unitCode(),
        s.national() ? null : s.unit().validFrom(),
        s.asOf());
  }

  /** Dates from {@code from} to {@code to} one year apart (the last one is {@code to}). */
  public static List<LocalDate> yearly(LocalDate from, LocalDate to) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = from; d.isBefore(to); d = d.plusYears(1)) {
      dates.add(d);
    }
    dates.add(to);
    return dates;
  }

  private Ground ground(IndicatorScope scope, Actor actor) {
    List<String> codes = scope.communes().stream().map(Unit::code).toList();
    var people = facts.load(scope.national() ? null : codes, scope.asOf());
    return new Ground(
            scope,
            people,
            () -> meets(scope, codes, actor),
            () -> staffing.ofCommunes(scope.communes(), scope.asOf(), actor))
        .withRatings(
            () ->
                ratings.load(
                    scope.national()
                        ? null
                        : people.stream()
                            .map(vn.cbcs.indicators.internal.PersonFacts::personId)
                            .toList(),
                    scope.asOf().getYear()))
        .withPostsAtRisk(() -> postsAtRisk.load(scope.national() ? null : codes, scope.asOf()))
        .withPlaced(
            () ->
                placed.load(
                    scope.national()
                        ? null
                        : people.stream()
                            .map(vn.cbcs.indicators.internal.PersonFacts::personId)
                            .toList(),
                    scope.asOf()));
  }

  private Map<Long, StandardStanding> meets(IndicatorScope scope, List<String> codes, Actor actor) {
    Map<Long, StandardStanding> meets = new HashMap<>();
    var verdicts =
        scope.national()
            ? compliance.everywhere(scope.asOf(), actor)
            : compliance.inCommunes(codes, scope.asOf(), actor);
    for (Compliance.PostVerdict v : verdicts) {
      var verdict = v.verdict();
      meets.merge(
          v.post().personId(),
          new StandardStanding(
              verdict.meets(),
              verdict.deadline(),
              verdict.standing() == vn.cbcs.standards.ComplianceEngine.Standing.OVERDUE),
          StandardStanding::and);
    }
    return meets;
  }
}
