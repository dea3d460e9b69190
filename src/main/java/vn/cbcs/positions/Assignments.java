package vn.cbcs.positions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.security.Visibility;

/**
 * Who holds which post where, when, and by which decision. Every change goes through a decision;
 * assignments are checked against the unit and the post in force on their dates, against the
 * person's other main posts and against the seats of the post.
 */
@Service
public class Assignments {

  private static final String SELECT =
      "SELECT a.id, a.person_id, a.unit_code, a.position_code, a.concurrent, a.valid_from,"
          + " a.valid_to, s.id, s.number, s.decided_on, s.issuer, s.signer, s.kind,"
          + " s.file_bytes IS NOT NULL, e.id, e.number, e.decided_on, e.issuer, e.signer, e.kind,"
          + " e.file_bytes IS NOT NULL"
          + " FROM assignment a JOIN decision s ON s.id = a.start_decision_id"
          + " LEFT JOIN decision e ON e.id = a.end_decision_id ";

  private final JdbcClient jdbc;
  private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
  private final AssignmentRules rules;
  private final Visibility visibility;
  private final vn.cbcs.units.Units units;
  private final PositionCatalogue catalogue;

  Assignments(
      JdbcClient jdbc,
      org.springframework.jdbc.core.JdbcTemplate jdbcTemplate,
      AssignmentRules rules,
      Visibility visibility,
      vn.cbcs.units.Units units,
      PositionCatalogue catalogue) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
    this.rules = rules;
    this.visibility = visibility;
    this.units = units;
    this.catalogue = catalogue;
  }

  /**
   * The checks of {@link #check} for many new posts at once (every post the batch may give, for the
   * holders of each post to be counted in one query).
   */
  public AssignmentBatch batch(List<NewAssignment> all, Actor actor) {
    return new AssignmentBatch(rules, units, catalogue, visibility, jdbc, all, actor);
  }

  /**
   * Gives many posts, each as {@link #assign} would (the actor keeps each person's record, each
   * post passes the checks against the person's other posts, the earlier posts of the batch
   * included, and the seats), in few statements; refused as a whole, before anything is written,
   * with the reasons of the first person refused. Posts are given in the order listed.
   */
  @Transactional
  public void assignAll(List<Map.Entry<Long, NewAssignment>> rows, Actor actor) {
    List<Long> people = rows.stream().map(Map.Entry::getKey).distinct().toList();
    visibility.requireEditsAll(actor, people);
    Map<Long, List<Assignment>> existing = new HashMap<>();
    jdbc.sql(
            SELECT
                + "WHERE a.person_id = ANY(CAST(? AS bigint[])) AND a.superseded_at IS NULL"
                + " ORDER BY a.valid_from, a.id")
        .param(people.toArray(Long[]::new))
        .query(Assignments::map)
        .list()
        .forEach(a -> existing.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a));
    Map<Long, List<NewAssignment>> given = new LinkedHashMap<>();
    rows.forEach(e -> given.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    AssignmentBatch batch = batch(rows.stream().map(Map.Entry::getValue).toList(), actor);
    for (var e : given.entrySet()) {
      InvalidInputException.throwIfAny(
          batch.check(existing.getOrDefault(e.getKey(), List.of()), e.getValue(), "assignments"));
      batch.accepted(e.getValue());
    }
    insertAll(rows, actor);
  }

  /**
   * Gives the posts that {@code batch} checked for people not yet recorded ({@link
   * AssignmentBatch#check(List, String)}, then {@link AssignmentBatch#accepted}) to the people
   * recorded since, without checking them a second time: each person's posts must be one list the
   * batch accepted (an {@link IllegalStateException} otherwise, nothing written), the actor must be
   * the batch's and keep each person's record (403), and the people must hold no post yet (as they
   * were checked). Posts are given in the order listed.
   */
  @Transactional
  public void assignChecked(
      AssignmentBatch batch, List<Map.Entry<Long, NewAssignment>> rows, Actor actor) {
    if (rows.isEmpty()) {
      return;
    }
    if (batch.actor() != actor) {
      throw new IllegalStateException("posts checked for another actor");
    }
    List<Long> people = rows.stream().map(Map.Entry::getKey).distinct().toList();
    visibility.requireEditsAll(actor, people);
    Map<Long, List<NewAssignment>> given = new LinkedHashMap<>();
    rows.forEach(e -> given.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    boolean holding =
        jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM assignment WHERE person_id = ANY(CAST(? AS bigint[]))"
                    + " AND superseded_at IS NULL)")
            .param(people.toArray(Long[]::new))
            .query(Boolean.class)
            .single();
    if (holding) {
      throw new IllegalStateException("posts checked for people not yet recorded");
    }
    batch.take(given);
    insertAll(rows, actor);
  }

  /** Writes posts already checked, each with its decision, in few statements. */
  private void insertAll(List<Map.Entry<Long, NewAssignment>> rows, Actor actor) {
    List<Long> decisions = vn.cbcs.platform.BatchInsert.ids(jdbcTemplate, "decision", rows.size());
    List<Object[]> ds = new ArrayList<>(rows.size());
    List<Object[]> as = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      NewAssignment a = rows.get(i).getValue();
      DecisionData d = a.decision();
      ds.add(
          new Object[] {
            decisions.get(i),
            d.number().strip(),
            d.decidedOn(),
            d.issuer().strip(),
            d.signer() == null || d.signer().isBlank() ? null : d.signer().strip(),
            d.kind().name(),
            actor.username()
          });
      as.add(
          new Object[] {
            rows.get(i).getKey(),
            a.unitCode(),
            a.positionCode(),
            a.concurrent(),
            a.from(),
            a.to(),
            decisions.get(i),
            null, // an end known at entry has no decision of its own
            actor.username()
          });
    }
    vn.cbcs.platform.BatchInsert.insert(
        jdbcTemplate,
        "decision",
        List.of("id", "number", "decided_on", "issuer", "signer", "kind", "recorded_by"),
        ds);
    vn.cbcs.platform.BatchInsert.insert(
        jdbcTemplate,
        "assignment",
        List.of(
            "person_id",
            "unit_code",
            "position_code",
            "concurrent",
            "valid_from",
            "valid_to",
            "start_decision_id",
            "end_decision_id",
            "recorded_by"),
        as);
  }

  /**
   * Every reason the new assignments cannot be given to the person (null: a person not yet
   * recorded), each field named {@code prefix + "[i]." + field}.
   */
  public List<FieldError> check(
      Long personId, List<NewAssignment> list, String prefix, Actor actor) {
    List<Assignment> existing = personId == null ? List.of() : rows(personId);
    return rules.check(existing, list, prefix, actor);
  }

  /**
   * Gives a post to a person whose record the actor keeps (403 otherwise), in a commune the actor's
   * ground covers on the post's first day; returns the assignment id.
   */
  @Transactional
  public long assign(long personId, NewAssignment a, Actor actor) {
    visibility.requireEdits(actor, personId);
    InvalidInputException.throwIfAny(check(personId, List.of(a), "assignments", actor));
    long decision = recordDecision(a.decision(), actor);
    return jdbc.sql(
            "INSERT INTO assignment (person_id, unit_code, position_code, concurrent, valid_from,"
                + " valid_to, start_decision_id, end_decision_id, recorded_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
        .params(
            personId,
            a.unitCode(),
            a.positionCode(),
            a.concurrent(),
            a.from(),
            a.to(),
            decision,
            null, // an end known at entry has no decision of its own
            actor.username())
        .query(Long.class)
        .single();
  }

  /**
   * Ends an open assignment on {@code lastDay} by a decision (end of post, retirement, ...): the
   * actor keeps the person's record and the post's commune lies in the actor's ground (403).
   */
  @Transactional
  public void end(long assignmentId, LocalDate lastDay, DecisionData decision, Actor actor) {
    Assignment a =
        row(assignmentId)
            .orElseThrow(() -> new NotFoundException("assignment.notFound", assignmentId));
    visibility.requireEdits(actor, a.personId());
    requirePostInGround(a, actor);
    List<FieldError> errors = rules.checkEnd(a, lastDay, decision, "end");
    InvalidInputException.throwIfAny(errors);
    long id = recordDecision(decision, actor);
    jdbc.sql("UPDATE assignment SET valid_to = ?, end_decision_id = ? WHERE id = ?")
        .params(lastDay, id, assignmentId)
        .update();
  }

  /**
   * Moves a person to a new main post by one decision: the open main post ends the day before the
   * new one starts (điều động, luân chuyển, or the carrying of staff into a successor commune).
   */
  @Transactional
  public long transfer(long personId, NewAssignment to, Actor actor) {
    visibility.requireEdits(actor, personId);
    if (to.from() == null) {
      return assign(personId, to, actor); // refused with the missing date
    }
    LocalDate lastDay = to.from().minusDays(1);
    List<FieldError> errors = new ArrayList<>();
    for (Assignment open : rows(personId)) {
      if (!open.concurrent() && open.to() == null && !open.from().isAfter(lastDay)) {
        errors.addAll(rules.checkEnd(open, lastDay, to.decision(), "end"));
        requirePostInGround(open, actor);
        if (errors.isEmpty()) {
          long decision = recordDecision(to.decision(), actor);
          jdbc.sql("UPDATE assignment SET valid_to = ?, end_decision_id = ? WHERE id = ?")
              .params(lastDay, decision, open.id())
              .update();
        }
      }
    }
    InvalidInputException.throwIfAny(errors);
    return assign(personId, to, actor);
  }

  /**
   * Writes many assignments at once without the per-row checks of {@link #assign}: for generated or
   * already verified data. The database still refuses overlapping main posts of one person.
   */
  @Transactional
  public void recordBatch(List<PlannedAssignment> planned, Actor actor) {
    if (!actor.isSystem()) {
      throw new ForbiddenException("error.forbidden.capability");
    }
    java.util.Map<DecisionData, Long> decisions = new java.util.HashMap<>();
    for (PlannedAssignment p : planned) {
      decisions.computeIfAbsent(p.assignment().decision(), d -> recordDecision(d, actor));
      if (p.endDecision() != null) {
        decisions.computeIfAbsent(p.endDecision(), d -> recordDecision(d, actor));
      }
    }
    List<Object[]> rows = new ArrayList<>();
    for (PlannedAssignment p : planned) {
      NewAssignment a = p.assignment();
      rows.add(
          new Object[] {
            p.personId(),
            a.unitCode(),
            a.positionCode(),
            a.concurrent(),
            java.sql.Date.valueOf(a.from()),
            a.to() == null ? null : java.sql.Date.valueOf(a.to()),
            decisions.get(a.decision()),
            p.endDecision() == null ? null : decisions.get(p.endDecision()),
            actor.username()
          });
    }
    jdbcTemplate.batchUpdate(
        "INSERT INTO assignment (person_id, unit_code, position_code, concurrent, valid_from, valid_to,"
            + " start_decision_id, end_decision_id, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  /** A post must lie in the actor's ground to be ended or moved from (403). */
  private void requirePostInGround(Assignment a, Actor actor) {
    java.util.Set<String> ever = visibility.communesEver(actor);
    if (ever != null && !ever.contains(a.unitCode())) {
      throw new ForbiddenException("assignment.outsideScope", a.unitCode());
    }
  }

  /** The person's current assignments, oldest first (403 outside the actor's ground). */
  public List<Assignment> of(long personId, Actor actor) {
    visibility.requireSees(actor, personId);
    return rows(personId);
  }

  /**
   * {@link #of} for many people, with one query for the set (and one for the actor's ground): their
   * posts by person id (a person with none has an empty list).
   */
  @Transactional(readOnly = true)
  public Map<Long, List<Assignment>> ofAll(java.util.Collection<Long> personIds, Actor actor) {
    visibility.requireSeesAll(actor, personIds);
    return rowsOf(personIds);
  }

  private List<Assignment> rows(long personId) {
    return rowsOf(List.of(personId)).get(personId);
  }

  /** The posts of these people in force, by person (an empty list for none). */
  private Map<Long, List<Assignment>> rowsOf(java.util.Collection<Long> personIds) {
    Map<Long, List<Assignment>> all = new HashMap<>();
    personIds.forEach(id -> all.put(id, new ArrayList<>()));
    if (personIds.isEmpty()) {
      return all;
    }
    vn.cbcs.platform.AnyId these = vn.cbcs.platform.AnyId.of(personIds);
    jdbc.sql(
            SELECT
                + "WHERE "
                + these.in("a.person_id")
                + " AND a.superseded_at IS NULL ORDER BY a.person_id, a.valid_from, a.id")
        .param(these.param())
        .query(Assignments::map)
        .list()
        .forEach(a -> all.get(a.personId()).add(a));
    return all;
  }

  /** Assignments in force on a date (main post first). */
  public List<Assignment> inForce(long personId, LocalDate asOf, Actor actor) {
    return of(personId, actor).stream()
        .filter(a -> a.inForceOn(asOf))
        .sorted((x, y) -> Boolean.compare(x.concurrent(), y.concurrent()))
        .toList();
  }

  /** A post as the actor may read it: empty when there is none, 403 when its person is not seen. */
  public Optional<Assignment> find(long id, Actor actor) {
    Optional<Assignment> a = row(id);
    a.ifPresent(x -> visibility.requireSees(actor, x.personId()));
    return a;
  }

  /** The person holding a post (for the checks of callers that name both). */
  public Optional<Long> ownerOf(long id) {
    return row(id).map(Assignment::personId);
  }

  private Optional<Assignment> row(long id) {
    return jdbc.sql(SELECT + "WHERE a.id = ? AND a.superseded_at IS NULL")
        .param(id)
        .query(Assignments::map)
        .optional();
  }

  private long recordDecision(DecisionData d, Actor actor) {
    return jdbc.sql(
            "INSERT INTO decision (number, decided_on, issuer, signer, kind, recorded_by)"
                + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
        .params(
            d.number().strip(),
            d.decidedOn(),
            d.issuer().strip(),
            d.signer() == null || d.signer().isBlank() ? null : d.signer().strip(),
            d.kind().name(),
            actor.username())
        .query(Long.class)
        .single();
  }

  private static Assignment map(ResultSet rs, int row) throws SQLException {
    Decision start = decision(rs, 8);
    Decision end = rs.getObject(15) == null ? null : decision(rs, 15);
    return new Assignment(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getBoolean(5),
        rs.getObject(6, LocalDate.class),
        rs.getObject(7, LocalDate.class),
        start,
        end);
  }

  private static Decision decision(ResultSet rs, int c) throws SQLException {
    return new Decision(
        rs.getLong(c),
        rs.getString(c + 1),
        rs.getObject(c + 2, LocalDate.class),
        rs.getString(c + 3),
        rs.getString(c + 4),
        DecisionKind.valueOf(rs.getString(c + 5)),
        rs.getBoolean(c + 6));
  }
}
