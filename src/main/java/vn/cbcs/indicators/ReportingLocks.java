package vn.cbcs.indicators;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.people.People;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.TextRules;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.security.Visibility;

/**
 * Locks the values of a reporting date (e.g. 31/12/2020) for a unit: every indicator's numerator,
 * denominator, definition version and members. Later corrections to the records change the current
 * value, never the locked one; the comparison names the members whose standing changed and what was
 * recorded about them after the lock.
 */
@Service
@Transactional(readOnly = true)
public class ReportingLocks {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final String COLUMNS =
      "id, unit_code, unit_on, as_of, note, locked_by, locked_at FROM indicator_lock";

  private final JdbcClient jdbc;
  private final org.springframework.jdbc.core.JdbcTemplate batch;
  private final Indicators indicators;
  private final People people;
  private final Qualifications qualifications;
  private final Visibility visibility;
  private final org.springframework.context.MessageSource messages;

  ReportingLocks(
      Visibility visibility,
      org.springframework.context.MessageSource messages,
      JdbcClient jdbc,
      org.springframework.jdbc.core.JdbcTemplate batch,
      Indicators indicators,
      People people,
      Qualifications qualifications) {
    this.visibility = visibility;
    this.messages = messages;
    this.jdbc = jdbc;
    this.batch = batch;
    this.indicators = indicators;
    this.people = people;
    this.qualifications = qualifications;
  }

  /** Locks every indicator's value for the unit (as identified on the scope's date) and date. */
  @Transactional
  public ReportingLock lock(String unitCode, LocalDate asOf, String note, Actor actor) {
    actor.require(Capability.LOCK_FIGURES);
    List<FieldError> noteErrors = new ArrayList<>();
    TextRules.checkMultiLine(noteErrors, "note", note);
    InvalidInputException.throwIfAny(noteErrors);
    IndicatorScope scope = indicators.scope(unitCode, asOf, null, actor);
    if (scope.national()) {
      throw new BadRequestException("unit", "indicator.lock.unitRequired");
    }
    if (find(scope.unitCode(), scope.unitOn(), asOf).isPresent()) {
      throw new ConflictException("indicator.lock.exists", scope.unit().fullName(), asOf);
    }
    long id =
        jdbc.sql(
                "INSERT INTO indicator_lock (unit_code, unit_on, as_of, note, locked_by)"
                    + " VALUES (:unit, :unitOn, :asOf, :note, :by) RETURNING id")
            .param("unit", scope.unitCode())
            .param("unitOn", scope.unitOn())
            .param("asOf", asOf)
            .param("note", note == null || note.isBlank() ? null : note.trim())
            .param("by", actor.username())
            .query(Long.class)
            .single();
    for (Computed c : indicators.compute(indicators.all(actor), scope, actor).values()) {
      IndicatorValue v = c.value();
      jdbc.sql(
              "INSERT INTO indicator_lock_value (lock_id, code, version, numerator, denominator)"
                  + " VALUES (:id, :code, :version, :n, :d)")
          .param("id", id)
          .param("code", v.indicator().code())
          .param("version", v.indicator().version())
          .param("n", v.numerator())
          .param("d", v.denominator())
          .update();
      List<Object[]> rows = new ArrayList<>();
      for (Member m : c.members()) {
        rows.add(new Object[] {id, v.indicator().code(), m.id(), m.inNumerator()});
      }
      if (!rows.isEmpty()) {
        insertMembers(rows);
      }
    }
    return require(id);
  }

  private void insertMembers(List<Object[]> rows) {
    batch.batchUpdate(
        "INSERT INTO indicator_lock_member (lock_id, code, member, in_numerator) VALUES (?, ?, ?, ?)",
        rows);
  }

  private static ReportingLock map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new ReportingLock(
        rs.getLong(1),
        rs.getString(2),
        rs.getObject(3, LocalDate.class),
        rs.getObject(4, LocalDate.class),
        rs.getString(5),
        rs.getString(6),
        rs.getTimestamp(7).toInstant());
  }

  private ReportingLock require(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " WHERE id = :id")
        .param("id", id)
        .query(ReportingLocks::map)
        .optional()
        .orElseThrow(() -> new NotFoundException("indicator.lock.unknown", id));
  }

  private Optional<ReportingLock> find(String unitCode, LocalDate unitOn, LocalDate asOf) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " WHERE unit_code = :unit AND unit_on = :unitOn AND as_of = :asOf")
        .param("unit", unitCode)
        .param("unitOn", unitOn)
        .param("asOf", asOf)
        .query(ReportingLocks::map)
        .optional();
  }

  /** The lock of a scope the actor reads, if its reporting date was locked. */
  public Optional<ReportingLock> find(IndicatorScope scope, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    return scope.national()
        ? Optional.empty()
        : find(scope.unitCode(), scope.unitOn(), scope.asOf());
  }

  /** The latest locks of units the actor's ground covers. */
  public List<ReportingLock> recent(int limit, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    return jdbc
        .sql("SELECT " + COLUMNS + " ORDER BY locked_at DESC LIMIT :limit")
        .param("limit", limit)
        .query(ReportingLocks::map)
        .list()
        .stream()
        .filter(l -> visibility.coversUnit(actor, l.unitCode(), l.unitOn()))
        .toList();
  }

  /** The locked value of one indicator beside {@code current}, with what changed. */
  public Optional<LockComparison> compare(ReportingLock lock, Computed current, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    String code = current.value().indicator().code();
    Optional<long[]> locked =
        jdbc.sql(
                "SELECT numerator, denominator, version FROM indicator_lock_value"
                    + " WHERE lock_id = :id AND code = :code")
            .param("id", lock.id())
            .param("code", code)
            .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
            .optional();
    if (locked.isEmpty()) {
      return Optional.empty();
    }
    Map<String, LockComparison.Standing> before = new HashMap<>();
    jdbc.sql(
            "SELECT member, in_numerator FROM indicator_lock_member WHERE lock_id = :id AND code = :code")
        .param("id", lock.id())
        .param("code", code)
        .query(
            rs -> {
              before.put(
                  rs.getString(1),
                  rs.getBoolean(2) ? LockComparison.Standing.IN : LockComparison.Standing.REST);
            });
    Map<String, Member> now = new HashMap<>();
    current.members().forEach(m -> now.put(m.id(), m));
    List<LockComparison.Change> changes = new ArrayList<>();
    java.util.Set<String> ids = new java.util.TreeSet<>(before.keySet());
    ids.addAll(now.keySet());
    for (String id : ids) {
      LockComparison.Standing was = before.getOrDefault(id, LockComparison.Standing.ABSENT);
      Member m = now.get(id);
      LockComparison.Standing is =
          m == null
              ? LockComparison.Standing.ABSENT
              : m.inNumerator() ? LockComparison.Standing.IN : LockComparison.Standing.REST;
      if (was != is) {
        changes.add(
            new LockComparison.Change(
                id, name(id, m, actor), was, is, recordedSince(id, lock, actor)));
      }
    }
    long[] l = locked.get();
    return Optional.of(
        new LockComparison(
            lock,
            code,
            (int) l[2],
            l[0],
            l[1],
            current.value().numerator(),
            current.value().denominator(),
            changes));
  }

  private String name(String id, Member m, Actor actor) {
    if (m != null) {
      return m.name();
    }
    Long personId = personId(id);
    if (personId != null && people.exists(personId) && people.mayRead(personId, actor)) {
      return people.require(personId, actor).data().fullName();
    }
    return id;
  }

  /** A member id that names a person record (communes are members of some indicators). */
  private static Long personId(String id) {
    return id.chars().allMatch(Character::isDigit) && id.length() < 15 ? Long.valueOf(id) : null;
  }

  /** What was recorded about a person after the lock: record revisions and new qualifications. */
  private List<String> recordedSince(String id, ReportingLock lock, Actor actor) {
    List<String> lines = new ArrayList<>();
    Long personId = personId(id);
    if (personId == null || !people.exists(personId) || !people.mayRead(personId, actor)) {
      return lines;
    }
    java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    people.revisions(personId, actor).stream()
        .filter(r -> r.changedAt().isAfter(lock.lockedAt()))
        .forEach(
            r ->
                lines.add(
                    WHEN.format(r.changedAt())
                        + " · "
                        + r.changedBy()
                        + " · "
                        + String.join(
                            ", ",
                            r.changes().keySet().stream()
                                .map(f -> messages.getMessage("person.field." + f, null, f, locale))
                                .toList())
                        + (r.reason() == null ? "" : " · " + r.reason())));
    qualifications.of(personId, actor).stream()
        .filter(q -> q.recordedAt().isAfter(lock.lockedAt()))
        .forEach(
            q ->
                lines.add(
                    WHEN.format(q.recordedAt())
                        + " · "
                        + q.recordedBy()
                        + " · "
                        + messages.getMessage(q.track().messageKey(), null, locale)
                        + ": "
                        + ("en".equals(locale.getLanguage()) ? q.levelNameEn() : q.levelNameVi())
                        + " ("
                        + q.awardedOn()
                        + ")"));
    return lines;
  }
}
