package vn.cbcs.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.TextRules;
import vn.cbcs.security.Visibility;

/**
 * Needs added by hand by an officer (issue 15: "officers can add needs by hand"), table {@code
 * training_need} (V88): for a person whose posts today lie in the actor's ground (403 else),
 * capability {@code MANAGE_TRAINING}; a need lies in the ground of its person on the day it was
 * added (to close it); listed beside the derived ones by {@link Needs#of} from the day they were
 * added until the day they are closed. Closed, never deleted (the audit log keeps both).
 */
@Service
@Transactional(readOnly = true)
public class ManualNeeds {

  private final JdbcClient jdbc;
  private final TrainingGround ground;
  private final Visibility visibility;

  ManualNeeds(JdbcClient jdbc, TrainingGround ground, Visibility visibility) {
    this.jdbc = jdbc;
    this.ground = ground;
    this.visibility = visibility;
  }

  /** A need open on a date: added on or before it, not closed by it. */
  record Open(
      long id,
      long personId,
      CourseKind courseKind,
      String reason,
      LocalDate deadline,
      LocalDate addedOn,
      String addedBy) {}

  /** Adds a need; returns its id. Every reason is given at once, nothing written. */
  @Transactional
  public long add(NewNeed n, Actor actor) {
    actor.require(Capability.MANAGE_TRAINING);
    List<FieldError> errors = new ArrayList<>();
    Long person = null;
    if (Courses.blank(n.personId())) {
      errors.add(new FieldError("personId", "training.course.required", "personId"));
    } else if (!n.personId().trim().matches("[1-9][0-9]{0,17}")) {
      errors.add(new FieldError("personId", "training.enrolment.personId", n.personId()));
    } else {
      person = Long.parseLong(n.personId().trim());
    }
    if (n.courseKind() == null) {
      errors.add(new FieldError("courseKind", "training.course.required", "courseKind"));
    }
    LocalDate today = AsOf.today();
    if (Courses.blank(n.reason())) {
      errors.add(new FieldError("reason", "training.need.reason.required"));
    } else if (!TextRules.check(errors, "reason", n.reason()) && n.reason().length() > 1000) {
      errors.add(new FieldError("reason", "error.text.tooLong", 1000));
    }
    if (n.deadline() != null && n.deadline().isBefore(today)) {
      errors.add(new FieldError("deadline", "training.need.deadline.past"));
    }
    if (person != null && !visibility.personExists(person)) {
      throw new NotFoundException("person.notFound", person);
    }
    if (person != null) {
      ground.requirePersonOn(actor, person, today);
    }
    InvalidInputException.throwIfAny(errors);
    return jdbc.sql(
            "INSERT INTO training_need (person_id, course_kind, reason, deadline, added_on,"
                + " added_by) VALUES (:p, :k, :r, :d, :on, :by) RETURNING id")
        .param("p", person)
        .param("k", n.courseKind().name())
        .param("r", n.reason().trim())
        .param("d", n.deadline())
        .param("on", today)
        .param("by", actor.username())
        .query(Long.class)
        .single();
  }

  /**
   * Closes a need from today (404 none, 403 its person outside the actor's ground on the day it was
   * added); closing a closed need again changes nothing. Returns the day it is closed.
   */
  @Transactional
  public LocalDate close(long id, Actor actor) {
    actor.require(Capability.MANAGE_TRAINING);
    record Row(long person, LocalDate addedOn, LocalDate closedOn) {}
    Row row =
        jdbc.sql("SELECT person_id, added_on, closed_on FROM training_need WHERE id = :id")
            .param("id", id)
            .query(
                (rs, i) ->
                    new Row(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)))
            .optional()
            .orElseThrow(() -> new NotFoundException("training.need.notFound", id));
    ground.requirePersonOn(actor, row.person(), row.addedOn());
    if (row.closedOn() != null) {
      return row.closedOn(); // closed already: nothing more is written
    }
    LocalDate today = AsOf.today();
    LocalDate on = today.isBefore(row.addedOn()) ? row.addedOn() : today;
    jdbc.sql("UPDATE training_need SET closed_on = :on, closed_by = :by WHERE id = :id")
        .param("on", on)
        .param("by", actor.username())
        .param("id", id)
        .update();
    return on;
  }

  /** The needs of these people open on a date. */
  List<Open> openOn(Collection<Long> people, LocalDate asOf) {
    if (people.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT id, person_id, course_kind, reason, deadline, added_on, added_by"
                + " FROM training_need WHERE person_id = ANY(CAST(:ids AS bigint[])) AND added_on <= :d"
                + " AND (closed_on IS NULL OR closed_on > :d) ORDER BY id")
        .param("ids", Needs.array(people))
        .param("d", asOf)
        .query(
            (rs, i) ->
                new Open(
                    rs.getLong(1),
                    rs.getLong(2),
                    CourseKind.valueOf(rs.getString(3)),
                    rs.getString(4),
                    rs.getObject(5, LocalDate.class),
                    rs.getObject(6, LocalDate.class),
                    rs.getString(7)))
        .list();
  }
}
