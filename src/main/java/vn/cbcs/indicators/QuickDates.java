package vn.cbcs.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.units.Units;

/**
 * The quick choices of unit and date that figure pages offer a user: their home unit today and at
 * the end of last year, the reporting dates the configuration names ({@code cbcs.quick-dates}), and
 * the latest locked reporting dates of units in their scope. Never fixed units or dates.
 */
@Service
public class QuickDates {

  /** How a quick choice came about, for its label. */
  public enum Kind {
    TODAY,
    YEAR_END,
    CONFIGURED,
    LOCKED,
    /** A milestone of a resolution's targets (offered by modules that know resolutions). */
    MILESTONE
  }

  /** A date a target of a resolution falls on, for its unit as identified on {@code unitOn}. */
  public record Milestone(String unitCode, LocalDate asOf, LocalDate unitOn) {}

  /**
   * One choice.
   *
   * @param unitCode the unit; null for the whole country
   * @param unitName its Vietnamese name near the date it is identified on (the code when unknown)
   * @param unitNameEn its English name, likewise
   * @param unitOn the date the unit is identified on, when not {@code asOf} (through the crosswalk)
   */
  public record QuickDate(
      Kind kind,
      String unitCode,
      String unitName,
      String unitNameEn,
      LocalDate asOf,
      LocalDate unitOn) {

    /** The unit's name in a page's language; null for the whole country. */
    public String unitName(String lang) {
      return "en".equals(lang) && unitNameEn != null ? unitNameEn : unitName;
    }

    /** The query of a figure page for this choice ({@code unit=…&asOf=…[&unitOn=…]}). */
    public String query() {
      StringBuilder q = new StringBuilder();
      if (unitCode != null) {
        q.append("unit=").append(unitCode).append('&');
      }
      q.append("asOf=").append(asOf);
      if (unitOn != null && !unitOn.equals(asOf)) {
        q.append("&unitOn=").append(unitOn);
      }
      return q.toString();
    }
  }

  private static final int LOCKS = 3;
  private static final int MILESTONES = 2;

  private final ReportingLocks locks;
  private final Units units;
  private final List<LocalDate> configured;

  QuickDates(
      ReportingLocks locks, Units units, @Value("${cbcs.quick-dates:}") List<String> configured) {
    this.locks = locks;
    this.units = units;
    this.configured =
        configured == null
            ? List.of()
            : configured.stream()
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .map(LocalDate::parse)
                .toList();
  }

  /** The choices of a user who reads figures, on {@code today}; empty for one who does not. */
  public List<QuickDate> of(Actor actor, LocalDate today) {
    return of(actor, today, List.of());
  }

  /**
   * The choices, and after them the latest {@value #MILESTONES} milestones already reached (the
   * figures of a future date would be today's), newest first.
   */
  public List<QuickDate> of(Actor actor, LocalDate today, List<Milestone> milestones) {
    if (!actor.access().can(Capability.READ_FIGURES)) {
      return List.of();
    }
    String home = actor.access().homeUnit();
    if (home == null && !actor.unrestricted()) {
      return List.of();
    }
    List<QuickDate> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    add(out, seen, Kind.TODAY, home, today, null);
    add(out, seen, Kind.YEAR_END, home, LocalDate.of(today.getYear() - 1, 12, 31), null);
    for (LocalDate d : configured) {
      add(out, seen, Kind.CONFIGURED, home, d, null);
    }
    for (ReportingLock l : locks.recent(LOCKS, actor)) {
      add(out, seen, Kind.LOCKED, l.unitCode(), l.asOf(), l.unitOn());
    }
    milestones.stream()
        .filter(m -> !m.asOf().isAfter(today))
        .sorted(java.util.Comparator.comparing(Milestone::asOf).reversed())
        .distinct()
        .limit(MILESTONES)
        .forEach(m -> add(out, seen, Kind.MILESTONE, m.unitCode(), m.asOf(), m.unitOn()));
    return out;
  }

  private void add(
      List<QuickDate> out,
      Set<String> seen,
      Kind kind,
      String unit,
      LocalDate asOf,
      LocalDate unitOn) {
    java.util.Optional<vn.cbcs.units.Unit> u =
        unit == null
            ? java.util.Optional.empty()
            : units.nearest(unit, unitOn == null ? asOf : unitOn);
    QuickDate q =
        new QuickDate(
            kind,
            unit,
            u.map(vn.cbcs.units.Unit::fullName).orElse(unit),
            u.map(vn.cbcs.units.Unit::fullNameEn).orElse(unit),
            asOf,
            unitOn);
    if (seen.add(q.query())) {
      out.add(q);
    }
  }
}
