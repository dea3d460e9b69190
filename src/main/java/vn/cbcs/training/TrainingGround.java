package vn.cbcs.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * Where training objects lie (ADR 13, fail closed): a course in the ground of its organising unit
 * on its first day; a person on a date in the communes of the posts they hold that day.
 */
@Component
class TrainingGround {

  private final Visibility visibility;
  private final Units units;
  private final JdbcClient jdbc;

  TrainingGround(Visibility visibility, Units units, JdbcClient jdbc) {
    this.visibility = visibility;
    this.units = units;
    this.jdbc = jdbc;
  }

  /**
   * Whether the actor reads a course: the organiser's ground on the course's first day shares a
   * commune with the actor's (a commune officer sees the province's courses; the province sees the
   * communes').
   */
  boolean reads(Actor actor, Course c) {
    if (actor.unrestricted()) {
      return true;
    }
    if (visibility.coversUnit(actor, c.unitCode(), c.startsOn())) {
      return true;
    }
    Set<String> mine = visibility.communesOn(actor, c.startsOn());
    return units.nearest(c.unitCode(), c.startsOn()).stream()
        .flatMap(u -> units.communesCovering(u, c.startsOn()).stream())
        .map(Unit::code)
        .anyMatch(mine::contains);
  }

  void requireReads(Actor actor, Course c) {
    if (!reads(actor, c)) {
      throw new ForbiddenException("training.course.outsideScope", c.id());
    }
  }

  /** Whether the actor covers the organiser's whole ground on the first day (to create one). */
  boolean organises(Actor actor, String unitCode, LocalDate on) {
    return visibility.coversUnit(actor, unitCode, on);
  }

  /**
   * Refuses (403) a person whose posts on {@code date} lie outside the actor's ground; a person
   * without a post that day is the actor's only if they may change the record today.
   */
  void requirePersonOn(Actor actor, long personId, LocalDate date) {
    if (actor.unrestricted()) {
      return;
    }
    List<String> communes =
        jdbc.sql("SELECT DISTINCT unit_code FROM positions_assignments_on(:d) WHERE person_id = :p")
            .param("d", date)
            .param("p", personId)
            .query(String.class)
            .list();
    boolean ok =
        communes.isEmpty()
            ? visibility.edits(actor, personId)
            : visibility.communesOn(actor, date).stream().anyMatch(communes::contains);
    if (!ok) {
      throw new ForbiddenException("person.outsideScope", String.valueOf(personId));
    }
  }
}
