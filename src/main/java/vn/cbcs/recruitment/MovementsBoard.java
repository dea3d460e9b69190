package vn.cbcs.recruitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.people.PersonDirectory;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Units;

/**
 * What the movements page shows for a unit and a date: the movements from or to the unit with the
 * people's names, those that need a decision (an ended rotation or secondment, NĐ 170/2025 Điều 26
 * khoản 2, Điều 50), and the people holding a post in the unit on the date (whom the plan form may
 * move). Reading needs {@link Capability#READ_RECORDS} and the unit in the actor's ground.
 */
@Service
@Transactional(readOnly = true)
public class MovementsBoard {

  /** One person holding a post in the unit. */
  public record Holder(long personId, String name, String positionCode) {}

  /** The page's content. */
  public record Board(
      String unitCode,
      LocalDate asOf,
      List<Movement> movements,
      Set<Long> needsDecision,
      Map<Long, String> names,
      List<Holder> holders) {}

  private final Movements movements;
  private final PersonDirectory directory;
  private final Visibility visibility;
  private final Units units;
  private final JdbcClient jdbc;

  MovementsBoard(
      Movements movements,
      PersonDirectory directory,
      Visibility visibility,
      Units units,
      JdbcClient jdbc) {
    this.movements = movements;
    this.directory = directory;
    this.visibility = visibility;
    this.units = units;
    this.jdbc = jdbc;
  }

  public Board of(String unitCode, LocalDate asOf, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    if (unitCode == null || unitCode.isBlank()) {
      // no unit chosen (an administrator without a home unit): the page asks for one
      return new Board("", asOf, List.of(), Set.of(), Map.of(), List.of());
    }
    visibility.requireUnit(
        actor,
        units
            .nearest(unitCode, asOf)
            .orElseThrow(
                () -> new vn.cbcs.platform.NotFoundException("error.unit.unknown", unitCode)),
        asOf);
    List<Movement> list = movements.list(unitCode, null, actor);
    Set<Long> due =
        movements.list(unitCode, asOf, actor).stream()
            .map(Movement::id)
            .collect(Collectors.toSet());
    List<Holder> holders =
        jdbc.sql(
                "SELECT DISTINCT ON (person_id) person_id, position_code FROM"
                    + " positions_assignments_on(:d) WHERE unit_code = :u"
                    + " ORDER BY person_id, concurrent, valid_from DESC")
            .param("d", asOf)
            .param("u", unitCode)
            .query((rs, i) -> new Holder(rs.getLong(1), null, rs.getString(2)))
            .list();
    List<Long> ids =
        java.util.stream.Stream.concat(
                list.stream().map(Movement::personId), holders.stream().map(Holder::personId))
            .distinct()
            .toList();
    Map<Long, String> names = directory.names(ids, actor);
    List<Holder> named =
        holders.stream()
            .filter(h -> names.containsKey(h.personId()))
            .map(h -> new Holder(h.personId(), names.get(h.personId()), h.positionCode()))
            .sorted(java.util.Comparator.comparing(Holder::name))
            .toList();
    return new Board(unitCode, asOf, list, due, names, named);
  }
}
