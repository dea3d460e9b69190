package vn.cbcs.importexport.internal;

import static vn.cbcs.importexport.internal.Columns.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cbcs.importexport.ImportKind;
import vn.cbcs.importexport.RowOutcome;
import vn.cbcs.importexport.RowReport.Change;
import vn.cbcs.people.Person;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.FieldError;
import vn.cbcs.qualifications.NewQualification;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Track;

/**
 * A qualification of a recorded person. One already recorded with the same track, level and date is
 * unchanged (never recorded twice).
 */
final class QualificationRowHandler implements RowHandler {

  private final ImportServices s;
  private final Lookups lookups;
  private final Actor actor;
  private final List<Column> columns = Columns.of(ImportKind.QUALIFICATIONS);

  QualificationRowHandler(ImportServices s, Lookups lookups, Actor actor) {
    this.s = s;
    this.lookups = lookups;
    this.actor = actor;
  }

  @Override
  public RowResult apply(RawRow row) {
    CellParser p = new CellParser(row, columns);
    Optional<Person> person = PersonOfRow.find(p, s.people, actor);
    String trackText = p.required(TRACK, "qualification.track.required");
    Track track = null;
    if (trackText != null) {
      track = lookups.track(trackText).orElse(null);
      if (track == null) {
        p.error(TRACK, "import.track.unknown", trackText);
      }
    }
    String levelText = p.required(LEVEL, "import.qualification.levelRequired");
    String level = null;
    if (track != null && levelText != null) {
      level = lookups.level(track, levelText).map(QualificationLevel::level).orElse(null);
      if (level == null) {
        p.error(LEVEL, "import.level.unknown", levelText);
      }
    }
    NewQualification q =
        new NewQualification(
            track,
            level,
            p.text(MAJOR),
            p.text(INSTITUTION),
            p.text(TRAINING_FORM),
            p.date(STARTED),
            p.date(AWARDED),
            p.text(EVIDENCE));
    String pid = person.map(x -> x.data().personalId()).orElse(p.text(PERSONAL_ID));
    String name = person.map(Person::fullName).orElse(p.text(FULL_NAME));
    List<FieldError> errors = new ArrayList<>(p.errors());
    List<FieldError> checks = new ArrayList<>(s.qualifications.check(q, ""));
    person.ifPresent(x -> checks.addAll(s.parts.check(x.data(), List.of(q), List.of())));
    for (FieldError e : checks) {
      String col = column(e.field());
      if (errors.stream().noneMatch(x -> x.field().equals(col))) {
        errors.add(new FieldError(col, e.key(), e.args()));
      }
    }
    if (!errors.isEmpty() || person.isEmpty()) {
      return RowResult.rejected(pid, name, errors);
    }
    long id = person.get().id();
    boolean known =
        s.qualifications.of(id, actor).stream()
            .anyMatch(
                h ->
                    h.track() == q.track()
                        && h.level().equals(q.level())
                        && h.awardedOn().equals(q.awardedOn()));
    if (known) {
      return new RowResult(RowOutcome.UNCHANGED, id, pid, name, List.of(), List.of());
    }
    s.parts.addQualification(id, q, actor);
    return new RowResult(
        RowOutcome.NEW,
        id,
        pid,
        name,
        List.of(),
        List.of(
            new Change(
                Columns.header(ImportKind.QUALIFICATIONS, LEVEL),
                null,
                q.track() + " " + q.level() + " (" + q.awardedOn() + ")")));
  }

  @Override
  public String column(String field) {
    String name = field.replaceFirst("^qualifications\\[\\d+]\\.", "");
    for (Column c : columns) {
      if (c.fields().contains(name)) {
        return c.id();
      }
    }
    return field;
  }
}
