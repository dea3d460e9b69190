package vn.cbcs.standards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.TextRules;

/**
 * The rule rows, as of a date or with their history, and their amendment by province officers: a
 * new value from a date ends the old row the day before (both kept); a correction replaces the row
 * (the old one kept, superseded).
 */
@Service
public class StandardRules {

  private static final String COLUMNS =
      "id, kind, subject, condition, criterion, value, deadline, scope, valid_from, valid_to,"
          + " legal_source, confidence, note, recorded_by, recorded_at, superseded_at, superseded_by";
  private static final Set<String> KINDS =
      Set.of(
          StandardRule.QUOTA,
          StandardRule.DEFAULT_QUOTA,
          StandardRule.PROVINCE_LIMIT,
          StandardRule.STANDARD,
          StandardRule.EXCEPTION,
          StandardRule.TRANSITION,
          StandardRule.QUOTA_ADJUST,
          StandardRule.POPULATION_NORM,
          StandardRule.TERM);

  private final JdbcClient jdbc;

  StandardRules(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Current rows of a kind in force on a date. */
  @Transactional(readOnly = true)
  public List<StandardRule> inForce(String kind, LocalDate asOf) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM standard_rule WHERE kind = :kind AND superseded_at IS NULL"
                + " AND (valid_from IS NULL OR valid_from <= :d) AND (valid_to IS NULL OR valid_to >= :d)"
                + " ORDER BY subject, criterion, condition")
        .param("kind", kind)
        .param("d", asOf)
        .query(StandardRules::map)
        .list();
  }

  /** The fields of study standards may name, with their aliases (table study_field). */
  @Transactional(readOnly = true)
  public StudyFields studyFields() {
    java.util.Map<String, List<String>> aliases = new java.util.HashMap<>();
    jdbc.sql("SELECT code, aliases FROM study_field")
        .query(
            rs -> {
              String[] names = (String[]) rs.getArray(2).getArray();
              aliases.put(
                  rs.getString(1),
                  java.util.Arrays.stream(names).map(StudyFields::normalise).toList());
            });
    return new StudyFields(aliases);
  }

  /** The Vietnamese name of each field of study. */
  @Transactional(readOnly = true)
  public java.util.Map<String, String> fieldNames() {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    jdbc.sql("SELECT code, name_vi FROM study_field")
        .query(
            rs -> {
              names.put(rs.getString(1), rs.getString(2));
            });
    return names;
  }

  /** Every rule row with its period, legal source and history, current ones first. */
  @Transactional(readOnly = true)
  public List<StandardRule> all(Actor actor) {
    actor.require(Capability.READ_FIGURES);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM standard_rule ORDER BY superseded_at NULLS FIRST, kind, subject,"
                + " criterion, condition, valid_from NULLS FIRST, id")
        .query(StandardRules::map)
        .list();
  }

  public StandardRule require(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM standard_rule WHERE id = ?")
        .param(id)
        .query(StandardRules::map)
        .optional()
        .orElseThrow(() -> new NotFoundException("standard.rule.notFound", id));
  }

  /**
   * A new value for a rule. With {@code from} after the row's start, the row ends the day before
   * and the new value starts on {@code from}; otherwise the row is corrected. Either way nothing is
   * lost: the replaced row is kept, marked superseded.
   */
  @Transactional
  public long amend(
      long id, String value, LocalDate from, LocalDate deadline, String legalSource, Actor actor) {
    actor.require(Capability.EDIT_RULES);
    StandardRule old = require(id);
    List<FieldError> errors = new ArrayList<>();
    if (!old.current()) {
      errors.add(new FieldError("id", "standard.rule.superseded"));
    }
    if (!TextRules.check(errors, "value", value)
        && (value == null || value.isBlank() || value.length() > 30)) {
      errors.add(new FieldError("value", "standard.rule.value"));
    }
    if (!TextRules.check(errors, "legalSource", legalSource)
        && (legalSource == null || legalSource.isBlank() || legalSource.length() > 500)) {
      errors.add(new FieldError("legalSource", "standard.rule.legalSource"));
    }
    if (from != null && old.validTo() != null && from.isAfter(old.validTo())) {
      errors.add(new FieldError("from", "standard.rule.fromAfterEnd"));
    }
    InvalidInputException.throwIfAny(errors);
    jdbc.sql("UPDATE standard_rule SET superseded_at = now(), superseded_by = ? WHERE id = ?")
        .params(actor.username(), id)
        .update();
    boolean newPeriod = from != null && (old.validFrom() == null || from.isAfter(old.validFrom()));
    if (newPeriod) {
      insert(
          old,
          old.value(),
          old.deadline(),
          old.validFrom(),
          from.minusDays(1),
          old.legalSource(),
          old.confidence(),
          actor);
      return insert(
          old, value.strip(), deadline, from, old.validTo(), legalSource.strip(), "H", actor);
    }
    return insert(
        old,
        value.strip(),
        deadline,
        old.validFrom(),
        old.validTo(),
        legalSource.strip(),
        "H",
        actor);
  }

  private long insert(
      StandardRule r,
      String value,
      LocalDate deadline,
      LocalDate from,
      LocalDate to,
      String source,
      String confidence,
      Actor actor) {
    if (!KINDS.contains(r.kind())) {
      throw new IllegalStateException("unknown rule kind " + r.kind());
    }
    return jdbc.sql(
            "INSERT INTO standard_rule (kind, subject, condition, criterion, value, deadline, scope,"
                + " valid_from, valid_to, legal_source, confidence, note, recorded_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
        .params(
            r.kind(),
            r.subject(),
            r.condition(),
            r.criterion(),
            value,
            deadline,
            r.scope(),
            from,
            to,
            source,
            confidence,
            r.note(),
            actor.username())
        .query(Long.class)
        .single();
  }

  static StandardRule map(ResultSet rs, int row) throws SQLException {
    Timestamp superseded = rs.getTimestamp(16);
    return new StandardRule(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getObject(7, LocalDate.class),
        rs.getString(8),
        rs.getObject(9, LocalDate.class),
        rs.getObject(10, LocalDate.class),
        rs.getString(11),
        rs.getString(12),
        rs.getString(13),
        rs.getString(14),
        rs.getTimestamp(15).toInstant(),
        superseded == null ? null : superseded.toInstant(),
        rs.getString(17));
  }
}
