package vn.cbcs.recruitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.cbcs.platform.FieldError;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.qualifications.Track;
import vn.cbcs.standards.ComplianceEngine;
import vn.cbcs.standards.StandardRule;
import vn.cbcs.standards.StandardRules;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitAttributes;

/**
 * Whether a candidate meets the standard of the position applied for (NĐ 170/2025 Điều 4: the
 * conditions of Luật CBCC 80/2025 Điều 19 and the standard of the job position), judged by the
 * standards module's own engine ({@link ComplianceEngine}) with the rule rows in force on the day
 * applications close — the same rows as for a holder of the post, through its exposed API. A
 * candidate takes the post by the recruitment decision, so no transition deadline applies: every
 * unmet criterion makes the candidate ineligible, with the rule that requires it in the reason.
 */
@Service
public class Eligibility {

  private final StandardRules rules;
  private final Qualifications qualifications;
  private final PositionCatalogue positions;
  private final UnitAttributes attributes;

  Eligibility(
      StandardRules rules,
      Qualifications qualifications,
      PositionCatalogue positions,
      UnitAttributes attributes) {
    this.rules = rules;
    this.qualifications = qualifications;
    this.positions = positions;
    this.attributes = attributes;
  }

  /** What an application declares of the education a standard looks at. */
  public record Declared(
      LocalDate birthDate, String generalEducation, String professionalLevel, String major) {}

  /**
   * The reasons the candidate does not meet the position's standard in the unit on {@code date}
   * (empty: eligible), each naming the criterion, what is required, what is declared and the rule.
   */
  public List<FieldError> check(
      Declared d, String positionCode, Unit unit, LocalDate date, String prefix) {
    Map<String, Integer> rankOf = new HashMap<>();
    Map<Track, Map<Integer, String>> levelByRank = new EnumMap<>(Track.class);
    Map<String, String> names = new HashMap<>();
    for (QualificationLevel l : qualifications.levels()) {
      rankOf.put(l.track() + ":" + l.level(), l.rank());
      levelByRank.computeIfAbsent(l.track(), t -> new HashMap<>()).put(l.rank(), l.level());
      names.put(l.level(), l.nameVi());
    }
    rules.fieldNames().forEach(names::putIfAbsent);
    ComplianceEngine engine =
        new ComplianceEngine(
            rules.inForce(StandardRule.STANDARD, date),
            rules.inForce(StandardRule.EXCEPTION, date),
            List.of(),
            rules.studyFields(),
            (track, level) -> rankOf.getOrDefault(track + ":" + level, -1),
            levelByRank);
    Optional<Position> post = positions.find(positionCode, date);
    Map<Track, Integer> ranks = new EnumMap<>(Track.class);
    List<ComplianceEngine.Major> majors = new ArrayList<>();
    if (d.professionalLevel() != null) {
      Integer r = rankOf.get(Track.PROFESSIONAL + ":" + d.professionalLevel());
      if (r != null) {
        ranks.put(Track.PROFESSIONAL, r);
        if (d.major() != null && !d.major().isBlank()) {
          majors.add(new ComplianceEngine.Major(r, d.major()));
        }
      }
    }
    Set<String> flags =
        attributes.flagsOn(date).getOrDefault(unit.code(), Set.of()).stream()
            .map(Enum::name)
            .collect(Collectors.toSet());
    ComplianceEngine.Subject subject =
        new ComplianceEngine.Subject(
            d.birthDate(),
            d.generalEducation(),
            ranks,
            positionCode,
            post.map(Position::group).orElse(""),
            unit.type().name(),
            unit.provinceCode(),
            flags,
            date,
            post.map(Position::staffCategory).orElse(null),
            post.map(Position::grade).orElse(null),
            date,
            date,
            majors);
    ComplianceEngine.Verdict v = engine.evaluate(subject, date);
    List<FieldError> out = new ArrayList<>();
    List<StandardRule> standards = rules.inForce(StandardRule.STANDARD, date);
    for (ComplianceEngine.Failure f : v.failures()) {
      String rule =
          ruleOf(standards, f.criterion(), subject).orElse(String.join("; ", v.sources()));
      String actual =
          "FIELD_OF_STUDY".equals(f.criterion()) && d.major() != null && !d.major().isBlank()
              ? d.major()
              : f.actual() == null ? "—" : names.getOrDefault(f.actual(), f.actual());
      out.add(
          new FieldError(
              prefix + "eligibility",
              "recruitment.eligibility." + f.criterion(),
              positionCode,
              names.getOrDefault(f.required(), f.required()),
              actual,
              rule));
    }
    return out;
  }

  /**
   * The source of the row that sets a criterion for this post, the most specific first (the post,
   * its grade, group, staff category, every post; a province's own before the national one) — the
   * order of {@link ComplianceEngine}.
   */
  private static Optional<String> ruleOf(
      List<StandardRule> standards, String criterion, ComplianceEngine.Subject s) {
    return standards.stream()
        .filter(r -> r.criterion().equals(criterion))
        .filter(r -> r.scope().equals("*") || r.scope().equals(s.provinceCode()))
        .filter(r -> specificity(r.subject(), s) > 0)
        .max(
            java.util.Comparator.comparingInt(
                (StandardRule r) ->
                    specificity(r.subject(), s) * 10 + (r.scope().equals("*") ? 0 : 1)))
        .map(StandardRule::citation);
  }

  private static int specificity(String subject, ComplianceEngine.Subject s) {
    if (subject.equals(s.positionCode())) {
      return 5;
    }
    if (s.grade() != null && subject.equals("grade:" + s.grade())) {
      return 4;
    }
    if (subject.equals("group:" + s.positionGroup())) {
      return 3;
    }
    if (s.staffCategory() != null && subject.equals("category:" + s.staffCategory())) {
      return 2;
    }
    return subject.equals("*") ? 1 : 0;
  }

  /** Whether a level code exists in the PROFESSIONAL track (for reading an application). */
  public boolean knownProfessionalLevel(String level) {
    return qualifications.level(Track.PROFESSIONAL, level).isPresent();
  }
}
