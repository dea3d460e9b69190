package vn.cbcs.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.qualifications.Track;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitAttribute;
import vn.cbcs.units.UnitAttributes;

/**
 * Đạt / chưa đạt: the verdict of the standards in force on a date for every post held, for one
 * person or for everyone in a unit subtree (the "below standard" list, input of training plans).
 */
@Service
@Transactional(readOnly = true)
public class Compliance {

  /** The verdict of one post held. */
  public record PostVerdict(
      PostHolder post, String positionName, ComplianceEngine.Verdict verdict) {}

  private final Population population;
  private final StandardRules rules;
  private final Qualifications qualifications;
  private final PositionCatalogue positions;
  private final UnitAttributes attributes;
  private final Visibility visibility;

  Compliance(
      Population population,
      StandardRules rules,
      Qualifications qualifications,
      PositionCatalogue positions,
      UnitAttributes attributes,
      Visibility visibility) {
    this.visibility = visibility;
    this.population = population;
    this.rules = rules;
    this.qualifications = qualifications;
    this.positions = positions;
    this.attributes = attributes;
  }

  /** The verdict for each post the person holds on {@code asOf} (a person the actor reads). */
  public List<PostVerdict> ofPerson(long personId, LocalDate asOf, Actor actor) {
    visibility.requireSees(actor, personId);
    return evaluate(population.holders(null, personId, asOf), asOf);
  }

  /** Every post held in the subtree on {@code asOf} with its verdict (a unit of the ground). */
  public List<PostVerdict> inUnit(String unitCode, LocalDate asOf, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    Unit scope = population.scope(unitCode, asOf);
    visibility.requireUnit(actor, scope, asOf);
    return evaluate(population.holders(scope, null, asOf), asOf);
  }

  /**
   * Every post held on {@code asOf} in the given communes (all in the ground), with its verdict.
   */
  public List<PostVerdict> inCommunes(
      java.util.Collection<String> communeCodes, LocalDate asOf, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    if (!visibility.covers(actor, communeCodes, asOf) && !communeCodes.isEmpty()) {
      throw new ForbiddenException("error.unit.outsideScope", String.join(", ", communeCodes));
    }
    return evaluate(population.holders(communeCodes, asOf), asOf);
  }

  /** Every post held in the whole country on {@code asOf} with its verdict. */
  public List<PostVerdict> everywhere(LocalDate asOf, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    if (!actor.unrestricted()) {
      throw new ForbiddenException("error.unit.countryOutsideScope");
    }
    return evaluate(population.holders(null, null, asOf), asOf);
  }

  /** Only the posts whose holder does not meet the standard. */
  public List<PostVerdict> belowStandard(String unitCode, LocalDate asOf, Actor actor) {
    return inUnit(unitCode, asOf, actor).stream().filter(v -> !v.verdict().meets()).toList();
  }

  List<PostVerdict> evaluate(List<PostHolder> holders, LocalDate asOf) {
    ComplianceEngine engine = engine(asOf);
    Map<Long, Map<Track, Integer>> ranks = population.ranks(holders, asOf);
    Map<Long, Population.Tenure> tenure = population.tenure(holders, asOf);
    Map<Long, List<ComplianceEngine.Major>> majors = population.majors(holders, asOf);
    Map<String, Set<UnitAttribute.AttributeKind>> flags = attributes.flagsOn(asOf);
    Map<String, Position> posts = new HashMap<>();
    positions
        .all()
        .forEach(
            p -> {
              if (p.inForceOn(asOf) || !posts.containsKey(p.code())) {
                posts.put(p.code(), p);
              }
            });
    List<PostVerdict> verdicts = new ArrayList<>();
    for (PostHolder h : holders) {
      Position post = posts.get(h.positionCode());
      Set<String> unitFlags =
          flags.getOrDefault(h.unitCode(), Set.of()).stream()
              .map(Enum::name)
              .collect(Collectors.toSet());
      ComplianceEngine.Subject subject =
          new ComplianceEngine.Subject(
              h.birthDate(),
              h.generalEducation(),
              ranks.getOrDefault(h.personId(), Map.of()),
              h.positionCode(),
              post == null ? "" : post.group(),
              h.unitType(),
              h.provinceCode(),
              unitFlags,
              h.postFrom(),
              post == null ? null : post.staffCategory(),
              post == null ? null : post.grade(),
              tenure
                  .getOrDefault(h.assignmentId(), new Population.Tenure(h.postFrom(), h.postFrom()))
                  .heldSince(),
              tenure
                  .getOrDefault(h.assignmentId(), new Population.Tenure(h.postFrom(), h.postFrom()))
                  .serviceSince(),
              majors.getOrDefault(h.personId(), List.of()));
      verdicts.add(
          new PostVerdict(
              h, post == null ? h.positionCode() : post.nameVi(), engine.evaluate(subject, asOf)));
    }
    return verdicts;
  }

  ComplianceEngine engine(LocalDate asOf) {
    Map<String, Integer> rankOf = new HashMap<>();
    Map<Track, Map<Integer, String>> levelByRank = new EnumMap<>(Track.class);
    for (QualificationLevel l : qualifications.levels()) {
      rankOf.put(l.track() + ":" + l.level(), l.rank());
      levelByRank.computeIfAbsent(l.track(), t -> new HashMap<>()).put(l.rank(), l.level());
    }
    return new ComplianceEngine(
        rules.inForce(StandardRule.STANDARD, asOf),
        rules.inForce(StandardRule.EXCEPTION, asOf),
        rules.inForce(StandardRule.TRANSITION, asOf),
        rules.studyFields(),
        (track, level) -> rankOf.getOrDefault(track + ":" + level, -1),
        levelByRank);
  }
}
