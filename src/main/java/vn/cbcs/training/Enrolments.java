package vn.cbcs.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.people.PersonParts;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.TextRules;
import vn.cbcs.qualifications.NewQualification;
import vn.cbcs.security.Visibility;

/**
 * People on courses (issue 15): enrolment and results, in the order of ADR 13 — the capability
 * ({@code MANAGE_TRAINING}; reading {@code READ_RECORDS}), the objects (404), the ground (403: the
 * course shares the actor's ground; the person's posts on the course's first day lie in it), then
 * the input (400, every reason, nothing written) — among it the conditions of publicly funded
 * postgraduate study ({@link PostgraduateChecks}, NĐ 171/2025 Điều 5).
 *
 * <p><b>Completion records the qualification</b> (ADR 15 §4): a COMPLETED result of a course that
 * gives a track and level adds it to the person's record through {@link
 * PersonParts#addQualification} with the actor, the certificate number as evidence; the enrolment
 * keeps the qualification's id, so that the same result sent again records nothing more. {@link
 * CourseCompleted} is published in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class Enrolments {

  static final String COLUMNS =
      "e.id, e.course_id, e.person_id, e.status, e.result, e.certificate_number,"
          + " e.certificate_date, e.qualification_id";

  private final JdbcClient jdbc;
  private final Courses courses;
  private final TrainingGround ground;
  private final Visibility visibility;
  private final PersonParts parts;
  private final ApplicationEventPublisher events;
  private final PostgraduateChecks postgraduate;

  Enrolments(
      JdbcClient jdbc,
      Courses courses,
      TrainingGround ground,
      Visibility visibility,
      PersonParts parts,
      ApplicationEventPublisher events,
      PostgraduateChecks postgraduate) {
    this.postgraduate = postgraduate;
    this.jdbc = jdbc;
    this.courses = courses;
    this.ground = ground;
    this.visibility = visibility;
    this.parts = parts;
    this.events = events;
  }

  /** Enrols a person (id as sent) on a course. */
  @Transactional
  public Enrolment enrol(long courseId, String personId, Actor actor) {
    actor.require(Capability.MANAGE_TRAINING);
    Course course =
        courses
            .find(courseId)
            .orElseThrow(() -> new NotFoundException("training.course.notFound", courseId));
    ground.requireReads(actor, course);
    if (Courses.blank(personId)) {
      throw new InvalidInputException(
          List.of(new FieldError("personId", "training.course.required", "personId")));
    }
    if (!personId.trim().matches("[1-9][0-9]{0,17}")) {
      throw new InvalidInputException(
          List.of(new FieldError("personId", "training.enrolment.personId", personId)));
    }
    long person = Long.parseLong(personId.trim());
    if (!visibility.personExists(person)) {
      throw new NotFoundException("person.notFound", person);
    }
    ground.requirePersonOn(actor, person, course.startsOn());
    // publicly funded postgraduate study: NĐ 171/2025 Điều 5 (every condition, with its figures)
    InvalidInputException.throwIfAny(postgraduate.check(person, course));
    if (jdbc.sql("SELECT count(*) FROM training_enrolment WHERE course_id = :c AND person_id = :p")
            .param("c", courseId)
            .param("p", person)
            .query(Long.class)
            .single()
        > 0) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "personId",
                  "training.enrolment.already",
                  String.valueOf(person),
                  course.name())));
    }
    long id =
        jdbc.sql(
                "INSERT INTO training_enrolment (course_id, person_id, recorded_by)"
                    + " VALUES (:c, :p, :by) RETURNING id")
            .param("c", courseId)
            .param("p", person)
            .param("by", actor.username())
            .query(Long.class)
            .single();
    return find(id).orElseThrow();
  }

  /**
   * Records the result. COMPLETED needs the certificate's number and date (not before the course's
   * first day, not in the future) and records the course's qualification once.
   */
  @Transactional
  public Enrolment result(long enrolmentId, Result r, Actor actor) {
    actor.require(Capability.MANAGE_TRAINING);
    Enrolment e =
        find(enrolmentId)
            .orElseThrow(() -> new NotFoundException("training.enrolment.notFound", enrolmentId));
    Course course = courses.find(e.courseId()).orElseThrow();
    ground.requirePersonOn(actor, e.personId(), course.startsOn());
    List<FieldError> errors = check(r, course);
    if (errors.isEmpty() && e.status() == Enrolment.Status.COMPLETED) {
      if (r.status() == Enrolment.Status.COMPLETED
          && r.certificateNumber().trim().equals(e.certificateNumber())
          && r.certificateDate().equals(e.certificateDate())) {
        return e; // the same completion again: nothing more is recorded
      }
      errors.add(new FieldError("status", "training.enrolment.alreadyCompleted"));
    }
    InvalidInputException.throwIfAny(errors);
    Long qualification = e.qualificationId();
    if (r.status() == Enrolment.Status.COMPLETED
        && course.track() != null
        && qualification == null) {
      qualification =
          parts.addQualification(
              e.personId(),
              new NewQualification(
                  course.track(),
                  course.level(),
                  null,
                  course.provider(),
                  null,
                  course.startsOn(),
                  r.certificateDate(),
                  r.certificateNumber().trim()),
              actor);
    }
    boolean completed = r.status() == Enrolment.Status.COMPLETED;
    jdbc.sql(
            "UPDATE training_enrolment SET status = :s, result = :r, certificate_number = :n,"
                + " certificate_date = :d, qualification_id = :q WHERE id = :id")
        .param("s", r.status().name())
        .param("r", Courses.blank(r.result()) ? null : r.result().trim())
        .param("n", completed ? r.certificateNumber().trim() : null)
        .param("d", completed ? r.certificateDate() : null)
        .param("q", qualification)
        .param("id", enrolmentId)
        .update();
    if (completed) {
      events.publishEvent(
          new CourseCompleted(enrolmentId, course.id(), e.personId(), qualification));
    }
    return find(enrolmentId).orElseThrow();
  }

  private static List<FieldError> check(Result r, Course course) {
    List<FieldError> errors = new ArrayList<>();
    if (r.status() == null) {
      errors.add(new FieldError("status", "training.enrolment.status.required"));
    } else if (r.status() == Enrolment.Status.ENROLLED) {
      errors.add(new FieldError("status", "training.enrolment.status.notAResult"));
    }
    if (!Courses.blank(r.result())) {
      if (!TextRules.check(errors, "result", r.result()) && r.result().length() > 300) {
        errors.add(new FieldError("result", "error.text.tooLong", 300));
      }
    }
    if (r.status() == Enrolment.Status.COMPLETED) {
      if (Courses.blank(r.certificateNumber())) {
        errors.add(new FieldError("certificateNumber", "training.enrolment.certificate.required"));
      } else if (!TextRules.check(errors, "certificateNumber", r.certificateNumber())
          && r.certificateNumber().length() > 100) {
        errors.add(new FieldError("certificateNumber", "error.text.tooLong", 100));
      }
      if (r.certificateDate() == null) {
        errors.add(
            new FieldError("certificateDate", "training.enrolment.certificateDate.required"));
      } else if (r.certificateDate().isBefore(course.startsOn())) {
        errors.add(
            new FieldError(
                "certificateDate",
                "training.enrolment.certificateDate.beforeCourse",
                course.startsOn()));
      } else if (r.certificateDate().isAfter(AsOf.today())) {
        errors.add(new FieldError("certificateDate", "training.enrolment.certificateDate.future"));
      }
    }
    return errors;
  }

  /** The enrolments of a person the actor reads, newest course first. */
  public List<PersonTraining> ofPerson(long personId, Actor actor) {
    visibility.requireSees(actor, personId);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + ", "
                + Courses.COLUMNS.replace("c.id,", "c.id AS cid,")
                + " FROM training_enrolment e JOIN training_course c ON c.id = e.course_id"
                + " WHERE e.person_id = :p ORDER BY c.starts_on DESC, e.id DESC")
        .param("p", personId)
        .query(
            (rs, i) ->
                new PersonTraining(
                    row(rs, i),
                    new Course(
                        rs.getLong("cid"),
                        CourseKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("track") == null
                            ? null
                            : vn.cbcs.qualifications.Track.valueOf(rs.getString("track")),
                        rs.getString("level_code"),
                        rs.getString("provider"),
                        rs.getString("unit_code"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getInt("periods"),
                        rs.getString("place"),
                        rs.getBigDecimal("cost"),
                        Funding.valueOf(rs.getString("funding")))))
        .list();
  }

  /** The enrolments of a course the actor reads, whose people the actor reads. */
  public List<Enrolment> ofCourse(long courseId, Actor actor) {
    courses.require(courseId, actor);
    return jdbc
        .sql(
            "SELECT " + COLUMNS + " FROM training_enrolment e WHERE e.course_id = :c ORDER BY e.id")
        .param("c", courseId)
        .query(Enrolments::row)
        .list()
        .stream()
        .filter(e -> visibility.sees(actor, e.personId()))
        .toList();
  }

  /**
   * The course of an enrolment the actor may record a result of (404 none, 403 outside the ground
   * of the person on the course's first day).
   */
  public long courseOf(long enrolmentId, Actor actor) {
    actor.require(Capability.MANAGE_TRAINING);
    Enrolment e =
        find(enrolmentId)
            .orElseThrow(() -> new NotFoundException("training.enrolment.notFound", enrolmentId));
    Course course = courses.find(e.courseId()).orElseThrow();
    ground.requirePersonOn(actor, e.personId(), course.startsOn());
    return course.id();
  }

  /** An enrolment and its course, for a person's training history. */
  public record PersonTraining(Enrolment enrolment, Course course) {}

  Optional<Enrolment> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM training_enrolment e WHERE e.id = :id")
        .param("id", id)
        .query(Enrolments::row)
        .optional();
  }

  static Enrolment row(ResultSet rs, int i) throws SQLException {
    long q = rs.getLong("qualification_id");
    Long qualification = rs.wasNull() ? null : q;
    return new Enrolment(
        rs.getLong("id"),
        rs.getLong("course_id"),
        rs.getLong("person_id"),
        Enrolment.Status.valueOf(rs.getString("status")),
        rs.getString("result"),
        rs.getString("certificate_number"),
        rs.getObject("certificate_date", LocalDate.class),
        qualification);
  }
}
