package vn.cbcs.importexport.internal;

import static vn.cbcs.importexport.internal.TrainingColumns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.MessageSource;
import vn.cbcs.importexport.RowOutcome;
import vn.cbcs.importexport.RowReport.Change;
import vn.cbcs.people.Person;
import vn.cbcs.platform.Actor;
import vn.cbcs.training.Course;
import vn.cbcs.training.Courses;
import vn.cbcs.training.Enrolment;
import vn.cbcs.training.Enrolments;
import vn.cbcs.training.Result;

/**
 * A result row (issue 15): the result of one person on one course, recorded by {@link
 * Enrolments#result} with the importing actor — the same call as the course page's result form and
 * {@code POST /api/training/enrolments/{id}/result} (ADR 13) — after {@link Enrolments#enrol} (as
 * {@code POST /api/training/courses/{id}/enrolments}) when the person is not yet on the course, so
 * that every check applies: the course and the person in the actor's ground, the conditions of
 * publicly funded postgraduate study, the certificate's number and date of a completion. A
 * completion of a course that gives a qualification records it on the person's record exactly as
 * the API does (ADR 15 §4). The same result again is unchanged.
 */
final class CourseResultRowHandler implements RowHandler {

  private final Courses courses;
  private final Enrolments enrolments;
  private final ImportServices services;
  private final MessageSource messages;
  private final Actor actor;
  private final Map<String, Enrolment.Status> statuses;

  CourseResultRowHandler(ImportServices s, Actor actor) {
    this.courses = s.courses;
    this.enrolments = s.enrolments;
    this.services = s;
    this.messages = s.messages;
    this.actor = actor;
    this.statuses = TrainingCells.statuses(messages);
  }

  @Override
  public RowResult apply(RawRow row) {
    CellParser p = new CellParser(row, RESULTS);
    Optional<Person> person = PersonOfRow.find(p, services.people, actor);
    Long courseId = TrainingCells.number(p, COURSE, "import.training.courseRequired");
    Enrolment.Status status =
        TrainingCells.coded(p, STATUS, statuses, "import.training.statusRequired");
    String result = p.text(RESULT);
    String certificate = p.text(CERT_NO);
    LocalDate certificateDate = p.date(CERT_DATE);
    String pid = person.map(x -> x.data().personalId()).orElse(p.text(Columns.PERSONAL_ID));
    String name = person.map(Person::fullName).orElse(p.text(Columns.FULL_NAME));
    if (!p.errors().isEmpty() || person.isEmpty() || courseId == null) {
      return RowResult.rejected(pid, name, p.errors());
    }
    long personId = person.get().id();
    try {
      Course course = TrainingCells.call(COURSE, messages, () -> courses.require(courseId, actor));
      Optional<Enrolment> on =
          TrainingCells.call(COURSE, messages, () -> enrolments.ofCourse(courseId, actor)).stream()
              .filter(e -> e.personId() == personId)
              .findFirst();
      List<Change> changes = new ArrayList<>();
      Enrolment before;
      if (on.isPresent()) {
        before = on.get();
        if (same(before, status, result, certificate, certificateDate)) {
          return new RowResult(RowOutcome.UNCHANGED, personId, pid, name, List.of(), List.of());
        }
      } else {
        before =
            TrainingCells.call(
                Columns.PERSONAL_ID,
                messages,
                () -> enrolments.enrol(courseId, String.valueOf(personId), actor));
        changes.add(
            new Change("Ghi danh", null, "Mã khóa học " + course.id() + ": " + course.name()));
      }
      Enrolment.Status was = before.status();
      Enrolment after =
          TrainingCells.call(
              Columns.PERSONAL_ID,
              messages,
              () ->
                  enrolments.result(
                      before.id(),
                      new Result(status, result, certificate, certificateDate),
                      actor));
      changes.add(
          new Change(
              "Kết quả",
              was == Enrolment.Status.ENROLLED ? null : label(was),
              label(after.status())
                  + (after.certificateNumber() == null
                      ? ""
                      : ", chứng chỉ số "
                          + after.certificateNumber()
                          + " ngày "
                          + after.certificateDate())));
      if (after.qualificationId() != null && before.qualificationId() == null) {
        changes.add(
            new Change(
                "Trình độ",
                null,
                messages.getMessage(
                        course.track().messageKey(),
                        null,
                        course.track().name(),
                        java.util.Locale.forLanguageTag("vi"))
                    + ": "
                    + course.level()));
      }
      return new RowResult(
          was == Enrolment.Status.ENROLLED ? RowOutcome.NEW : RowOutcome.UPDATED,
          personId,
          pid,
          name,
          List.of(),
          changes);
    } catch (TrainingCells.Refused r) {
      return RowResult.rejected(pid, name, r.errors);
    }
  }

  private static boolean same(
      Enrolment e, Enrolment.Status status, String result, String number, LocalDate date) {
    if (e.status() != status || !Objects.equals(e.result(), result)) {
      return false;
    }
    return status != Enrolment.Status.COMPLETED
        || (number != null
            && number.equals(e.certificateNumber())
            && Objects.equals(date, e.certificateDate()));
  }

  private String label(Enrolment.Status s) {
    return messages.getMessage(
        "training.status." + s.name(), null, s.name(), java.util.Locale.forLanguageTag("vi"));
  }

  @Override
  public String column(String field) {
    int dot = field.lastIndexOf('.');
    String f = dot >= 0 ? field.substring(dot + 1) : field;
    return "personId".equals(f) ? Columns.PERSONAL_ID : f;
  }
}
