package vn.cbcs.planning;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.cbcs.positions.Position;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.qualifications.Track;
import vn.cbcs.standards.ComplianceEngine;
import vn.cbcs.standards.StandardRule;
import vn.cbcs.standards.StandardRules;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitAttributes;

/**
 * The political-theory level a post requires in a unit on a date, as the standards module decides
 * it (its STANDARD rows with criterion POLITICAL_THEORY_MIN, the most specific one, lowered by a
 * provincial EXCEPTION for the commune's attributes): the compliance engine is asked about a holder
 * with no political theory at all, and the level it finds missing is the level required.
 */
@Component
class PostRequirements {

  /** A level code and its rank in the track. */
  record Required(String level, int rank, String source) {}

  private final StandardRules rules;
  private final Qualifications qualifications;
  private final UnitAttributes attributes;

  PostRequirements(StandardRules rules, Qualifications qualifications, UnitAttributes attributes) {
    this.rules = rules;
    this.qualifications = qualifications;
    this.attributes = attributes;
  }

  /** The level required (null when the post has no political-theory standard on the date). */
  Required politicalTheory(Position post, Unit unit, LocalDate on) {
    Map<String, Integer> rankOf = new HashMap<>();
    Map<Track, Map<Integer, String>> levelByRank = new HashMap<>();
    for (QualificationLevel l : qualifications.levels()) {
      rankOf.put(l.track() + ":" + l.level(), l.rank());
      levelByRank.computeIfAbsent(l.track(), t -> new HashMap<>()).put(l.rank(), l.level());
    }
    ComplianceEngine engine =
        new ComplianceEngine(
            rules.inForce(StandardRule.STANDARD, on),
            rules.inForce(StandardRule.EXCEPTION, on),
            (track, level) -> rankOf.getOrDefault(track + ":" + level, -1),
            levelByRank);
    Set<String> flags =
        attributes.flagsOn(on).getOrDefault(unit.code(), Set.of()).stream()
            .map(Enum::name)
            .collect(Collectors.toSet());
    ComplianceEngine.Subject subject =
        new ComplianceEngine.Subject(
            on.minusYears(40),
            "12/12",
            Map.of(),
            post.code(),
            post.group(),
            unit.type().name(),
            unit.provinceCode(),
            flags,
            on);
    ComplianceEngine.Verdict v = engine.evaluate(subject, on);
    List<ComplianceEngine.Failure> llct =
        v.failures().stream().filter(f -> f.criterion().equals("POLITICAL_THEORY_MIN")).toList();
    if (llct.isEmpty()) {
      return null;
    }
    String level = llct.get(0).required();
    return new Required(
        level,
        rankOf.getOrDefault(Track.POLITICAL_THEORY + ":" + level, -1),
        String.join("; ", v.sources()));
  }

  /** The level code of a political-theory rank (for messages). */
  String levelOfRank(Integer rank) {
    if (rank == null) {
      return null;
    }
    return qualifications.levels().stream()
        .filter(l -> l.track() == Track.POLITICAL_THEORY && l.rank() == rank)
        .map(QualificationLevel::level)
        .findFirst()
        .orElse(String.valueOf(rank));
  }
}
