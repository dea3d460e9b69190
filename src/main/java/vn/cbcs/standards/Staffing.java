package vn.cbcs.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.TextRules;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitAttributes;
import vn.cbcs.units.Units;

/**
 * Does each commune have the staff the law allows? The quota is a ceiling (REGULATIONS.md §13.2):
 * by the rules of the date (NĐ 92/2009, 34/2019, 33/2023 by class and type, adjusted for a regular
 * police chief and for population; after 1-7-2025 the staff positions the province gives, else the
 * average of QĐ 759/QĐ-TTg), filled = people with a post there on the date, each counted once (a
 * concurrent post adds no head), not yet filled (chưa bố trí), over the ceiling (a breach before
 * 1-7-2025, a surplus to reduce by 30-6-2030 after), the mandatory titles nobody holds; and the
 * province-wide limits (≤ 2.5 Phó Chủ tịch UBND per commune on average, NĐ 300/2025).
 */
@Service
@Transactional(readOnly = true)
public class Staffing {

  /**
   * One commune on the date. {@code quota} is a ceiling ("không quá", NĐ 92/2009, 34/2019, 33/2023;
   * after 1-7-2025 the staff positions given, biên chế được giao), null when no rule gives one
   * (class not recorded). Below it is lawful; over it is a breach before 1-7-2025 and a surplus to
   * reduce by {@code surplusDeadline} after (Law 80/2025 Art. 45(1)).
   *
   * @param baseQuota the quota of the rule before adjustments
   * @param adjustments the adjustments applied (NĐ 34/2019 regular police, NĐ 33/2023 population)
   * @param unfilledTitles the mandatory titles with nobody in them (chưa bố trí)
   * @param surplusDeadline when a surplus must be reduced by (after 1-7-2025), else null
   */
  public record CommuneStaffing(
      Unit commune,
      String unitClass,
      Integer quota,
      String quotaSource,
      boolean defaultQuota,
      long filled,
      long vacancies,
      long excess,
      Integer baseQuota,
      List<Staffing.Adjustment> adjustments,
      List<Title> unfilledTitles,
      LocalDate surplusDeadline) {

    /** Something to act on: a title not filled or a headcount over the ceiling. */
    public boolean shortOrOver() {
      return quota != null && (!unfilledTitles.isEmpty() || excess > 0);
    }

    /** Over the ceiling: a breach before 1-7-2025, a surplus to reduce after. */
    public boolean over() {
      return quota != null && excess > 0;
    }

    /** Whether the excess is a surplus to reduce (after 1-7-2025) rather than a breach. */
    public boolean surplus() {
      return surplusDeadline != null && excess > 0;
    }

    /**
     * Staffed to quota (REGULATIONS.md §13.2): every mandatory title filled and the headcount
     * within the ceiling; null when there is no quota.
     */
    public Boolean staffedToQuota() {
      return quota == null ? null : unfilledTitles.isEmpty() && filled <= quota;
    }
  }

  /** A mandatory title of the catalogue. */
  public record Title(String code, String nameVi, String nameEn) {

    /** The name in a page's language: the English one where there is one, else the Vietnamese. */
    public String name(String lang) {
      return "en".equals(lang) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
    }
  }

  /** A change of a commune's quota by a rule row: seats added (negative: fewer) and why. */
  public record Adjustment(int seats, String reason, String source) {}

  /** A province-wide average limit and where the province stands. */
  public record ProvinceLimit(
      String positionCode,
      double limit,
      long holders,
      long communes,
      double average,
      String source) {

    public boolean exceeded() {
      return average > limit;
    }
  }

  /** The report for a unit subtree. */
  public record Report(
      Unit scope, LocalDate asOf, List<CommuneStaffing> communes, List<ProvinceLimit> limits) {

    public long quota() {
      return communes.stream().mapToLong(c -> c.quota() == null ? 0 : c.quota()).sum();
    }

    public long filled() {
      return communes.stream().mapToLong(CommuneStaffing::filled).sum();
    }

    public long vacancies() {
      return communes.stream().mapToLong(CommuneStaffing::vacancies).sum();
    }

    public long excess() {
      return communes.stream().mapToLong(CommuneStaffing::excess).sum();
    }
  }

  private final Population population;
  private final Units units;
  private final UnitAttributes attributes;
  private final StandardRules rules;
  private final JdbcClient jdbc;
  private final Visibility visibility;
  private final vn.cbcs.positions.PositionCatalogue positions;

  Staffing(
      Population population,
      Units units,
      UnitAttributes attributes,
      StandardRules rules,
      JdbcClient jdbc,
      Visibility visibility,
      vn.cbcs.positions.PositionCatalogue positions) {
    this.positions = positions;
    this.visibility = visibility;
    this.population = population;
    this.units = units;
    this.attributes = attributes;
    this.rules = rules;
    this.jdbc = jdbc;
  }

  /** Quota against staff of every commune of a unit of the actor's ground. */
  public Report report(String unitCode, LocalDate asOf, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    Unit scope = population.scope(unitCode, asOf);
    visibility.requireUnit(actor, scope, asOf);
    List<CommuneStaffing> rows =
        communes(units.communesUnder(scope, asOf), population.holders(scope, null, asOf), asOf);
    return new Report(scope, asOf, rows, limits(scope, asOf));
  }

  /** Quota against staff of each of the given communes (in force on {@code asOf}). */
  public List<CommuneStaffing> ofCommunes(List<Unit> communes, LocalDate asOf, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    List<String> codes = communes.stream().map(Unit::code).toList();
    if (!codes.isEmpty() && !visibility.covers(actor, codes, asOf)) {
      throw new ForbiddenException("error.unit.outsideScope", String.join(", ", codes));
    }
    return communes(communes, population.holders(codes, asOf), asOf);
  }

  private List<CommuneStaffing> communes(
      List<Unit> communes, List<PostHolder> holders, LocalDate asOf) {
    Map<String, Long> filled = headcount(holders);
    Map<String, String> classes = attributes.classesOn(asOf);
    Map<String, Integer> allocations = allocations(asOf);
    List<StandardRule> quotas = rules.inForce(StandardRule.QUOTA, asOf);
    Optional<StandardRule> fallback =
        rules.inForce(StandardRule.DEFAULT_QUOTA, asOf).stream().findFirst();
    QuotaAdjustments adjust = adjustments(asOf);
    Map<String, java.util.Set<String>> titles = new HashMap<>();
    holders.forEach(
        h ->
            titles
                .computeIfAbsent(h.unitCode(), k -> new java.util.HashSet<>())
                .add(h.positionCode()));
    List<vn.cbcs.positions.Position> mandatory =
        positions.inForce(asOf).stream().filter(vn.cbcs.positions.Position::mandatory).toList();
    LocalDate surplusBy =
        rules.inForce(StandardRule.TRANSITION, asOf).stream()
            .filter(r -> r.subject().equals("staffing") && r.condition().equals("SURPLUS"))
            .map(StandardRule::deadline)
            .findFirst()
            .orElse(null);
    List<CommuneStaffing> rows = new ArrayList<>();
    for (Unit c : communes) {
      String unitClass = classes.get(c.code());
      Integer quota = null;
      Integer base = null;
      String source;
      boolean byDefault = false;
      boolean allocated = false;
      List<Adjustment> applied = List.of();
      Optional<StandardRule> rule = quotas.stream().filter(r -> fits(r, c, unitClass)).findFirst();
      if (allocations.containsKey(c.code())) {
        quota = allocations.get(c.code());
        base = quota;
        source = "allocation";
        allocated = true;
      } else if (rule.isPresent()) {
        base = Integer.parseInt(rule.get().value());
        applied = adjust.of(c, asOf);
        quota = base + applied.stream().mapToInt(Adjustment::seats).sum();
        source = rule.get().citation();
      } else if (quotas.isEmpty() && fallback.isPresent()) {
        quota = Integer.parseInt(fallback.get().value());
        base = quota;
        source = fallback.get().citation();
        byDefault = true;
      } else {
        source = null;
      }
      long n = filled.getOrDefault(c.code(), 0L);
      java.util.Set<String> held = titles.getOrDefault(c.code(), java.util.Set.of());
      List<Title> unfilled =
          quota == null
              ? List.of()
              : mandatory.stream()
                  .filter(p -> p.existsIn(c.type().name()) && !held.contains(p.code()))
                  .map(p -> new Title(p.code(), p.nameVi(), p.nameEn()))
                  .toList();
      rows.add(
          new CommuneStaffing(
              c,
              unitClass,
              quota,
              source,
              byDefault,
              n,
              quota == null ? 0 : Math.max(0, quota - n),
              quota == null ? 0 : Math.max(0, n - quota),
              base,
              applied,
              unfilled,
              (allocated || byDefault) ? surplusBy : null));
    }
    return rows;
  }

  private QuotaAdjustments adjustments(LocalDate asOf) {
    return new QuotaAdjustments(
        rules.inForce(StandardRule.QUOTA_ADJUST, asOf),
        rules.inForce(StandardRule.POPULATION_NORM, asOf),
        attributes.flagsOn(asOf),
        attributes.populationsOn(asOf),
        code -> units.find(code, asOf).map(u -> u.type().name()).orElse(null));
  }

  /** Each person counted once, in the commune of their main post (else their first post). */
  static Map<String, Long> headcount(List<PostHolder> holders) {
    Map<Long, String> home = new HashMap<>();
    for (PostHolder h : holders) {
      if (!h.concurrent()) {
        home.put(h.personId(), h.unitCode());
      }
    }
    for (PostHolder h : holders) {
      home.putIfAbsent(h.personId(), h.unitCode()); // only concurrent posts: counted at the first
    }
    Map<String, Long> counts = new HashMap<>();
    home.values().forEach(u -> counts.merge(u, 1L, Long::sum));
    return counts;
  }

  private static boolean fits(StandardRule r, Unit c, String unitClass) {
    boolean type =
        r.subject().equals("*") || Arrays.asList(r.subject().split(",")).contains(c.type().name());
    return type && unitClass != null && r.condition().equals(unitClass);
  }

  private List<ProvinceLimit> limits(Unit scope, LocalDate asOf) {
    List<ProvinceLimit> limits = new ArrayList<>();
    Unit province = units.find(scope.provinceCode(), asOf).orElse(null);
    if (province == null) {
      return limits;
    }
    List<PostHolder> all = population.holders(province, null, asOf);
    long communes = units.communesUnder(province, asOf).size();
    for (StandardRule r : rules.inForce(StandardRule.PROVINCE_LIMIT, asOf)) {
      long holders =
          all.stream()
              .filter(h -> h.positionCode().equals(r.subject()))
              .map(PostHolder::personId)
              .distinct()
              .count();
      double average = communes == 0 ? 0 : (double) holders / communes;
      limits.add(
          new ProvinceLimit(
              r.subject(),
              Double.parseDouble(r.value()),
              holders,
              communes,
              average,
              r.citation()));
    }
    return limits;
  }

  private Map<String, Integer> allocations(LocalDate asOf) {
    Map<String, Integer> map = new HashMap<>();
    jdbc.sql(
            "SELECT unit_code, quota FROM staffing_allocation WHERE superseded_at IS NULL AND valid_from <= :d"
                + " AND (valid_to IS NULL OR valid_to >= :d)")
        .param("d", asOf)
        .query(
            rs -> {
              map.put(rs.getString(1), rs.getInt(2));
            });
    return map;
  }

  /**
   * The province allocates staff positions to a commune from a date (ends its previous allocation).
   */
  @Transactional
  public void allocate(String unitCode, int quota, LocalDate from, String legalBasis, Actor actor) {
    actor.require(Capability.EDIT_RULES);
    // the unit first: unknown is 404, outside the actor's ground 403, then the values
    LocalDate on = from == null ? vn.cbcs.platform.AsOf.today() : from;
    Unit known =
        units
            .nearest(unitCode, on)
            .orElseThrow(
                () -> new vn.cbcs.platform.NotFoundException("error.unit.unknown", unitCode));
    visibility.requireUnit(actor, known, known.inForceOn(on) ? on : known.validFrom());
    java.util.List<FieldError> errors = new ArrayList<>();
    Optional<Unit> unit = from == null ? Optional.empty() : units.find(unitCode, from);
    if (from == null) {
      errors.add(new FieldError("from", "unit.attr.error.dateRequired"));
    } else if (unit.isEmpty() || unit.get().level() != vn.cbcs.units.UnitLevel.COMMUNE) {
      errors.add(new FieldError("unitCode", "assignment.unit.notInForce", unitCode, from));
    }
    if (quota < 1 || quota > 500) {
      errors.add(new FieldError("quota", "staffing.quota.range"));
    }
    if (!TextRules.check(errors, "legalBasis", legalBasis)
        && (legalBasis == null || legalBasis.isBlank() || legalBasis.length() > 500)) {
      errors.add(new FieldError("legalBasis", "unit.attr.error.legalBasis"));
    }
    InvalidInputException.throwIfAny(errors);
    // the allocations overlapping the new one are kept, superseded; the part before it is
    // re-recorded
    List<Object[]> earlier =
        jdbc.sql(
                "UPDATE staffing_allocation SET superseded_at = now(), superseded_by = :u WHERE unit_code = :c"
                    + " AND superseded_at IS NULL AND (valid_to IS NULL OR valid_to >= :f)"
                    + " RETURNING quota, valid_from, legal_basis")
            .param("u", actor.username())
            .param("c", unitCode)
            .param("f", from)
            .query(
                (rs, i) ->
                    new Object[] {rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getString(3)})
            .list();
    for (Object[] e : earlier) {
      if (((LocalDate) e[1]).isBefore(from)) {
        jdbc.sql(
                "INSERT INTO staffing_allocation (unit_code, quota, valid_from, valid_to, legal_basis, recorded_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")
            .params(unitCode, e[0], e[1], from.minusDays(1), e[2], actor.username())
            .update();
      }
    }
    jdbc.sql(
            "INSERT INTO staffing_allocation (unit_code, quota, valid_from, valid_to, legal_basis, recorded_by)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(unitCode, quota, from, unit.get().validTo(), legalBasis.strip(), actor.username())
        .update();
  }
}
