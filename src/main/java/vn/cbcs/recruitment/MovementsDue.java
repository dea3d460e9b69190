package vn.cbcs.recruitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.people.PersonDirectory;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.WorkItem;
import vn.cbcs.platform.WorkItems;
import vn.cbcs.units.Units;

/**
 * The work items of movements (ADR 15 §6): an approved rotation or secondment whose period has
 * ended with no new post for the person "cần quyết định" — end, extend, or place the person (NĐ
 * 170/2025 Điều 26 khoản 2; Điều 50) — for the keepers of records whose ground holds either unit.
 */
@Component
@Transactional(readOnly = true)
class MovementsDue implements WorkItems {

  private final Movements movements;
  private final PersonDirectory directory;
  private final Units units;

  MovementsDue(Movements movements, PersonDirectory directory, Units units) {
    this.movements = movements;
    this.directory = directory;
    this.units = units;
  }

  @Override
  public List<WorkItem> dueFor(Actor actor, LocalDate asOf) {
    if (!actor.can(Capability.READ_RECORDS) || !actor.can(Capability.EDIT_RECORDS)) {
      return List.of();
    }
    List<Movement> due = movements.list(null, asOf, actor);
    if (due.isEmpty()) {
      return List.of();
    }
    Map<Long, String> names = directory.names(due.stream().map(Movement::personId).toList(), actor);
    return due.stream()
        .map(
            m ->
                new WorkItem(
                    "recruitment",
                    "movement.due",
                    "movement.ended." + m.kind().name(),
                    List.of(m.untilDate().toString()),
                    names.getOrDefault(m.personId(), "#" + m.personId()),
                    units.find(m.toUnit(), m.fromDate()).map(u -> u.fullName()).orElse(m.toUnit()),
                    m.untilDate(),
                    "/recruitment/movements?unit=" + m.fromUnit() + "#movement-" + m.id(),
                    Movements.RULE_AFTER,
                    WorkItem.Severity.WARNING))
        .toList();
  }
}
