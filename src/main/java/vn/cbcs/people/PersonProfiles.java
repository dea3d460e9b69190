package vn.cbcs.people;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.positions.Assignment;
import vn.cbcs.positions.Assignments;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.qualifications.Qualification;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/** Assembles a {@link PersonProfile} from the modules that hold its parts. */
@Service
@Transactional(readOnly = true)
public class PersonProfiles {

  private final People people;
  private final Qualifications qualifications;
  private final Assignments assignments;
  private final PositionCatalogue positions;
  private final Units units;

  PersonProfiles(
      People people,
      Qualifications qualifications,
      Assignments assignments,
      PositionCatalogue positions,
      Units units) {
    this.people = people;
    this.qualifications = qualifications;
    this.assignments = assignments;
    this.positions = positions;
    this.units = units;
  }

  /** The record as of a date as the actor may read it (404 none, 403 outside their ground). */
  public PersonProfile profile(long id, LocalDate asOf, Actor actor) {
    Person p = people.require(id, actor);
    PersonData d = p.data();
    Map<String, CatalogueEntry> ethnicities =
        people.ethnicities().stream().collect(Collectors.toMap(CatalogueEntry::code, e -> e));
    Map<String, CatalogueEntry> religions =
        people.religions().stream().collect(Collectors.toMap(CatalogueEntry::code, e -> e));
    CatalogueEntry ethnicity =
        d.ethnicityCode() == null ? null : ethnicities.get(d.ethnicityCode());
    CatalogueEntry religion = d.religionCode() == null ? null : religions.get(d.religionCode());
    List<Qualification> held = qualifications.of(id, actor);
    List<Assignment> taken =
        assignments.of(id, actor).stream().sorted(Comparator.comparing(Assignment::from)).toList();
    // the units of every post with their parents, each as of the post's start, in one statement
    Map<Units.At, List<Unit>> lines =
        units.lineages(taken.stream().map(a -> new Units.At(a.unitCode(), a.from())).toList());
    List<PersonProfile.Post> posts =
        taken.stream().map(a -> post(a, lines.get(new Units.At(a.unitCode(), a.from())))).toList();
    return new PersonProfile(
        p,
        asOf,
        p.ageOn(asOf),
        p.partyMemberOn(asOf),
        ethnicity == null ? null : ethnicity.name(),
        religion == null ? null : religion.name(),
        ethnicity == null ? null : ethnicity.label("en"),
        religion == null ? null : religion.label("en"),
        held,
        Qualifications.highestOf(held, asOf),
        posts,
        posts.stream()
            .filter(x -> x.assignment().inForceOn(asOf))
            .sorted(Comparator.comparing(x -> x.assignment().concurrent()))
            .toList(),
        d.disciplines().stream().filter(x -> x.inEffectOn(asOf)).toList());
  }

  private static String nearestFirst(List<Unit> ancestors) {
    List<String> names = new java.util.ArrayList<>(ancestors.stream().map(Unit::fullName).toList());
    java.util.Collections.reverse(names);
    return String.join(", ", names);
  }

  private PersonProfile.Post post(Assignment a, List<Unit> line) {
    Unit unit = line.isEmpty() ? null : line.get(line.size() - 1);
    String parents = unit == null ? null : nearestFirst(line.subList(0, line.size() - 1));
    String position =
        positions
            .find(a.positionCode(), a.from())
            .or(() -> positions.anyVersion(a.positionCode()))
            .map(x -> x.nameVi())
            .orElse(a.positionCode());
    return new PersonProfile.Post(
        a, unit == null ? a.unitCode() : unit.fullName(), parents, position);
  }
}
