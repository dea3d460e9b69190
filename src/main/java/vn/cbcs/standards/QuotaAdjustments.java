package vn.cbcs.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitAttribute;

/**
 * The adjustments of a commune's quota by the rule rows of the date (REGULATIONS.md §13.4): NĐ
 * 34/2019 Art. 2 — one fewer where a regular police officer is the commune police chief (unit flag
 * REGULAR_POLICE_CHIEF); NĐ 33/2023 Art. 6(2)(a) — one more for each full 1/n of the population
 * norm above the norm (n = 3 for a phường of an urban district, 2 elsewhere), from the commune's
 * population recorded with its source.
 */
final class QuotaAdjustments {

  private final List<StandardRule> adjustments;
  private final List<StandardRule> norms;
  private final Map<String, Set<UnitAttribute.AttributeKind>> flags;
  private final Map<String, UnitAttribute> populations;
  private final Function<String, String> typeOf;

  QuotaAdjustments(
      List<StandardRule> adjustments,
      List<StandardRule> norms,
      Map<String, Set<UnitAttribute.AttributeKind>> flags,
      Map<String, UnitAttribute> populations,
      Function<String, String> typeOf) {
    this.adjustments = adjustments;
    this.norms = norms;
    this.flags = flags;
    this.populations = populations;
    this.typeOf = typeOf;
  }

  List<Staffing.Adjustment> of(Unit commune, LocalDate asOf) {
    List<Staffing.Adjustment> list = new ArrayList<>();
    Set<String> unitFlags =
        flags.getOrDefault(commune.code(), Set.of()).stream()
            .map(Enum::name)
            .collect(java.util.stream.Collectors.toSet());
    for (StandardRule r : adjustments) {
      if (r.condition().equals("REGULAR_POLICE_CHIEF")
          && unitFlags.contains("REGULAR_POLICE_CHIEF")
          && typeMatches(r.subject(), commune)) {
        list.add(
            new Staffing.Adjustment(
                -Integer.parseInt(r.value()), "REGULAR_POLICE_CHIEF", r.citation()));
      }
    }
    UnitAttribute population = populations.get(commune.code());
    if (population != null) {
      population(commune, Long.parseLong(population.value()), unitFlags, population)
          .ifPresent(list::add);
    }
    return list;
  }

  private Optional<Staffing.Adjustment> population(
      Unit commune, long people, Set<String> unitFlags, UnitAttribute source) {
    Optional<StandardRule> norm =
        norms.stream()
            .filter(r -> typeMatches(r.subject(), commune))
            .filter(r -> r.condition().equals("*") || unitFlags.contains(r.condition()))
            .max(Comparator.comparingInt((StandardRule r) -> specificity(r, commune)));
    Optional<StandardRule> rule =
        adjustments.stream()
            .filter(r -> r.condition().equals("POPULATION") && typeMatches(r.subject(), commune))
            .max(Comparator.comparingInt((StandardRule r) -> specificity(r, commune)));
    if (norm.isEmpty() || rule.isEmpty()) {
      return Optional.empty();
    }
    long n = Long.parseLong(norm.get().value());
    long fraction = n / Long.parseLong(rule.get().value());
    if (people <= n || fraction <= 0) {
      return Optional.empty();
    }
    int seats = (int) ((people - n) / fraction);
    if (seats == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Staffing.Adjustment(
            seats,
            "POPULATION",
            rule.get().citation()
                + "; "
                + norm.get().citation()
                + "; dân số "
                + people
                + " ("
                + source.legalBasis()
                + ")"));
  }

  /** XA, THI_TRAN, PHUONG, PHUONG_OF_QUAN (a phường of an urban district), or *. */
  private boolean typeMatches(String subject, Unit commune) {
    if (subject.equals("*")) {
      return true;
    }
    String type = commune.type().name();
    if (subject.equals("PHUONG_OF_QUAN")) {
      return type.equals("PHUONG") && "QUAN".equals(typeOf.apply(commune.parentCode()));
    }
    return java.util.Arrays.asList(subject.split(",")).contains(type);
  }

  private int specificity(StandardRule r, Unit commune) {
    int s = r.subject().equals("*") ? 0 : r.subject().equals("PHUONG_OF_QUAN") ? 2 : 1;
    return s * 10 + (r.condition().equals("*") ? 0 : 1);
  }
}
