package vn.cbcs.qualifications;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.TextRules;
import vn.cbcs.security.Visibility;

/** Recording qualifications and answering "what did this person hold on that day". */
@Service
public class Qualifications {

  private static final String COLUMNS =
      "q.id, q.person_id, q.track, q.level, l.rank, l.name_vi, l.name_en, q.major, q.institution,"
          + " q.training_form, q.started_on, q.awarded_on, q.evidence_ref, q.verification,"
          + " q.recorded_by, q.recorded_at";
  private static final String FROM =
      " FROM qualification q JOIN qualification_level l USING (track, level) ";

  private final JdbcClient jdbc;
  private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
  private final Map<String, QualificationLevel> levels = new ConcurrentHashMap<>();
  private final Visibility visibility;

  Qualifications(
      JdbcClient jdbc,
      org.springframework.jdbc.core.JdbcTemplate jdbcTemplate,
      Visibility visibility) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
    this.visibility = visibility;
  }

  /** The level catalogue, by track then rank. */
  public List<QualificationLevel> levels() {
    return levelList.obtain();
  }

  /** The levels, read once: reference data only a migration changes (issue 18). */
  private final SingletonSupplier<List<QualificationLevel>> levelList =
      SingletonSupplier.of(this::readLevels);

  private List<QualificationLevel> readLevels() {
    return List.copyOf(
        jdbc.sql(
                "SELECT track, level, rank, name_vi, name_en, aliases FROM qualification_level"
                    + " ORDER BY track, rank")
            .query(Qualifications::level)
            .list());
  }

  public Optional<QualificationLevel> level(Track track, String level) {
    if (track == null || level == null) {
      return Optional.empty();
    }
    if (levels.isEmpty()) {
      levels().forEach(l -> levels.put(l.track() + ":" + l.level(), l));
    }
    return Optional.ofNullable(levels.get(track + ":" + level));
  }

  /** Every reason {@code q} cannot be recorded, with fields named under {@code prefix}. */
  public List<FieldError> check(NewQualification q, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    if (q.track() == null) {
      errors.add(new FieldError(prefix + "track", "qualification.track.required"));
    } else if (level(q.track(), q.level()).isEmpty()) {
      errors.add(new FieldError(prefix + "level", "qualification.level.unknown", q.level()));
    }
    if (q.awardedOn() == null) {
      errors.add(new FieldError(prefix + "awardedOn", "qualification.awardedOn.required"));
    } else if (q.awardedOn().isAfter(LocalDate.now().plusDays(1))) {
      errors.add(new FieldError(prefix + "awardedOn", "qualification.awardedOn.future"));
    }
    if (q.startedOn() != null && q.awardedOn() != null && q.startedOn().isAfter(q.awardedOn())) {
      errors.add(new FieldError(prefix + "startedOn", "qualification.startedOn.afterAward"));
    }
    checkLength(errors, prefix + "major", q.major(), 200);
    checkLength(errors, prefix + "institution", q.institution(), 300);
    checkLength(errors, prefix + "trainingForm", q.trainingForm(), 100);
    checkLength(errors, prefix + "evidenceRef", q.evidenceRef(), 200);
    return errors;
  }

  /** No hidden or control characters ({@link TextRules}), then the length. */
  private static void checkLength(List<FieldError> errors, String field, String value, int max) {
    if (TextRules.check(errors, field, value)) {
      return;
    }
    if (value != null && value.length() > max) {
      errors.add(new FieldError(field, "error.text.tooLong", max));
    }
  }

  /** Records a qualification of a person whose record the actor keeps (403 otherwise). */
  @Transactional
  public long add(long personId, NewQualification q, Actor actor) {
    visibility.requireEdits(actor, personId);
    InvalidInputException.throwIfAny(check(q, ""));
    return jdbc.sql(
            "INSERT INTO qualification (person_id, track, level, major, institution, training_form,"
                + " started_on, awarded_on, evidence_ref, recorded_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
        .params(
            personId,
            q.track().name(),
            q.level(),
            blankToNull(q.major()),
            blankToNull(q.institution()),
            blankToNull(q.trainingForm()),
            q.startedOn(),
            q.awardedOn(),
            blankToNull(q.evidenceRef()),
            actor.username())
        .query(Long.class)
        .single();
  }

  /**
   * Records many qualifications, each as {@link #add} would (the actor keeps each person's record,
   * each qualification passes {@link #check}), in few statements; refused as a whole, before
   * anything is written, with the reasons of the first qualification refused.
   */
  @Transactional
  public void addAll(List<Map.Entry<Long, NewQualification>> rows, Actor actor) {
    visibility.requireEditsAll(actor, rows.stream().map(Map.Entry::getKey).distinct().toList());
    List<Object[]> args = new ArrayList<>(rows.size());
    for (var e : rows) {
      NewQualification q = e.getValue();
      InvalidInputException.throwIfAny(check(q, ""));
      args.add(
          new Object[] {
            e.getKey(),
            q.track().name(),
            q.level(),
            blankToNull(q.major()),
            blankToNull(q.institution()),
            blankToNull(q.trainingForm()),
            q.startedOn(),
            q.awardedOn(),
            blankToNull(q.evidenceRef()),
            actor.username()
          });
    }
    vn.cbcs.platform.BatchInsert.insert(
        jdbcTemplate,
        "qualification",
        List.of(
            "person_id",
            "track",
            "level",
            "major",
            "institution",
            "training_form",
            "started_on",
            "awarded_on",
            "evidence_ref",
            "recorded_by"),
        args);
  }

  /** Many qualifications at once, for generated or already verified data (level codes checked). */
  @Transactional
  public void addBatch(List<Map.Entry<Long, NewQualification>> rows, Actor actor) {
    if (!actor.isSystem()) {
      throw new ForbiddenException("error.forbidden.capability");
    }
    List<Object[]> args = new ArrayList<>();
    for (var e : rows) {
      NewQualification q = e.getValue();
      if (level(q.track(), q.level()).isEmpty()) {
        throw new InvalidInputException(
            List.of(new FieldError("level", "qualification.level.unknown", q.level())));
      }
      args.add(
          new Object[] {
            e.getKey(),
            q.track().name(),
            q.level(),
            q.major(),
            q.institution(),
            q.trainingForm(),
            q.startedOn() == null ? null : java.sql.Date.valueOf(q.startedOn()),
            java.sql.Date.valueOf(q.awardedOn()),
            q.evidenceRef(),
            actor.username()
          });
    }
    jdbcTemplate.batchUpdate(
        "INSERT INTO qualification (person_id, track, level, major, institution, training_form,"
            + " started_on, awarded_on, evidence_ref, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        args);
  }

  /** Replaces a recorded qualification by a corrected one; the old row is kept, superseded. */
  @Transactional
  public long correct(long id, NewQualification q, Actor actor) {
    long personId = supersede(id, actor);
    return add(personId, q, actor);
  }

  /** Withdraws a qualification recorded by mistake; the row is kept, superseded. */
  @Transactional
  public void withdraw(long id, Actor actor) {
    supersede(id, actor);
  }

  private long supersede(long id, Actor actor) {
    ownerOf(id).ifPresent(person -> visibility.requireEdits(actor, person));
    return jdbc.sql(
            "UPDATE qualification SET superseded_at = now(), superseded_by = ? WHERE id = ?"
                + " AND superseded_at IS NULL RETURNING person_id")
        .params(actor.username(), id)
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new vn.cbcs.platform.NotFoundException("qualification.notFound", id));
  }

  /** The person a qualification belongs to (for the checks of callers that name both). */
  @Transactional(readOnly = true)
  public Optional<Long> ownerOf(long id) {
    return jdbc.sql("SELECT person_id FROM qualification WHERE id = ? AND superseded_at IS NULL")
        .param(id)
        .query(Long.class)
        .optional();
  }

  @Transactional
  public void verify(long id, Verification verification, Actor actor) {
    long person =
        ownerOf(id)
            .orElseThrow(
                () -> new vn.cbcs.platform.NotFoundException("qualification.notFound", id));
    visibility.requireEdits(actor, person);
    int rows =
        jdbc.sql(
                "UPDATE qualification SET verification = ?, verified_by = ?, verified_at = now()"
                    + " WHERE id = ? AND superseded_at IS NULL")
            .params(verification.name(), actor.username(), id)
            .update();
    if (rows == 0) {
      throw new vn.cbcs.platform.NotFoundException("qualification.notFound", id);
    }
  }

  /** The person's current qualifications, by track then date (403 outside the actor's ground). */
  @Transactional(readOnly = true)
  public List<Qualification> of(long personId, Actor actor) {
    visibility.requireSees(actor, personId);
    return rows(personId);
  }

  /**
   * {@link #of} for many people, with one query for the set (and one for the actor's ground): their
   * qualifications by person id (a person with none has an empty list).
   */
  @Transactional(readOnly = true)
  public Map<Long, List<Qualification>> ofAll(java.util.Collection<Long> personIds, Actor actor) {
    visibility.requireSeesAll(actor, personIds);
    return rowsOf(personIds);
  }

  private List<Qualification> rows(long personId) {
    return rowsOf(List.of(personId)).get(personId);
  }

  /** The qualifications of these people in force, by person (an empty list for none). */
  private Map<Long, List<Qualification>> rowsOf(java.util.Collection<Long> personIds) {
    Map<Long, List<Qualification>> all = new java.util.HashMap<>();
    personIds.forEach(id -> all.put(id, new ArrayList<>()));
    if (personIds.isEmpty()) {
      return all;
    }
    vn.cbcs.platform.AnyId these = vn.cbcs.platform.AnyId.of(personIds);
    jdbc.sql(
            "SELECT "
                + COLUMNS
                + FROM
                + "WHERE "
                + these.in("q.person_id")
                + " AND q.superseded_at IS NULL ORDER BY q.person_id, q.track, q.awarded_on")
        .param(these.param())
        .query(Qualifications::qualification)
        .list()
        .forEach(q -> all.get(q.personId()).add(q));
    return all;
  }

  /** The highest level of each track held on {@code asOf} (rejected evidence does not count). */
  @Transactional(readOnly = true)
  public Map<Track, Qualification> highest(long personId, LocalDate asOf, Actor actor) {
    visibility.requireSees(actor, personId);
    return highestOf(rows(personId), asOf);
  }

  /** The highest level of each track among {@code held} on {@code asOf}. */
  public static Map<Track, Qualification> highestOf(List<Qualification> held, LocalDate asOf) {
    Map<Track, Qualification> best = new EnumMap<>(Track.class);
    for (Qualification q : held) {
      if (q.awardedOn().isAfter(asOf) || q.verification() == Verification.REJECTED) {
        continue;
      }
      Qualification current = best.get(q.track());
      if (current == null || q.rank() > current.rank()) {
        best.put(q.track(), q);
      }
    }
    return best;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static QualificationLevel level(ResultSet rs, int row) throws SQLException {
    Array aliases = rs.getArray(6);
    return new QualificationLevel(
        Track.valueOf(rs.getString(1)),
        rs.getString(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getString(5),
        aliases == null ? List.of() : Arrays.asList((String[]) aliases.getArray()));
  }

  private static Qualification qualification(ResultSet rs, int row) throws SQLException {
    return new Qualification(
        rs.getLong(1),
        rs.getLong(2),
        Track.valueOf(rs.getString(3)),
        rs.getString(4),
        rs.getInt(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getObject(11, LocalDate.class),
        rs.getObject(12, LocalDate.class),
        rs.getString(13),
        Verification.valueOf(rs.getString(14)),
        rs.getString(15),
        rs.getTimestamp(16).toInstant());
  }
}
