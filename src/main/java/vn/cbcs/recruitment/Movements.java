package vn.cbcs.recruitment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.people.PersonParts;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.PostWarning;
import vn.cbcs.platform.TextRules;
import vn.cbcs.positions.DecisionData;
import vn.cbcs.positions.NewAssignment;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * Planned movements (issue 16): transfer (điều động, NĐ 170/2025/NĐ-CP Điều 25), rotation (luân
 * chuyển, Điều 42–50: at least 3 years, Điều 48) and secondment (biệt phái, Điều 26: at most 3
 * years, the person stays on the sending body's staff). A plan names who, from which unit (where
 * the person holds a post the day before), to which unit and post, from when, until when (rotation
 * and secondment) and why; it is approved by a decision that gives the post through the people
 * module ({@link PersonParts#givePost}, with the actor): a transfer or rotation ends the main post
 * the day before, a secondment is a post beside it (the home post stays, Điều 26 khoản 3). The
 * warnings of the post path ({@code PostChecks}, e.g. Điều 23 khoản 2 điểm b: the previous year's
 * rating for a change of job position) come back with the plan and the approval.
 *
 * <p>Authorization: {@link Capability#EDIT_RECORDS} on the person (their record in the actor's
 * ground) and the destination unit in the actor's ground; reading needs {@link
 * Capability#READ_RECORDS} and one of the two units in the ground. Every refusal comes before
 * anything is written.
 */
@Service
@Transactional(readOnly = true)
public class Movements {

  static final String RULE_SECONDMENT = "Nghị định 170/2025/NĐ-CP Điều 26 khoản 2";
  static final String RULE_ROTATION = "Nghị định 170/2025/NĐ-CP Điều 48";
  static final String RULE_AFTER = "Nghị định 170/2025/NĐ-CP Điều 26 khoản 2, Điều 50";

  /** Secondment at most 3 years (Điều 26 khoản 2); rotation at least 3 years (Điều 48). */
  static final int SECONDMENT_MAX_YEARS = 3;

  static final int ROTATION_MIN_YEARS = 3;

  private final JdbcClient jdbc;
  private final Units units;
  private final Visibility visibility;
  private final PositionCatalogue positions;
  private final PersonParts parts;

  Movements(
      JdbcClient jdbc,
      Units units,
      Visibility visibility,
      PositionCatalogue positions,
      PersonParts parts) {
    this.jdbc = jdbc;
    this.units = units;
    this.visibility = visibility;
    this.positions = positions;
    this.parts = parts;
  }

  /** A plan recorded, with the warnings of the post it would give. */
  public record Planned(long id, List<PostWarning> warnings) {}

  /** Every reason the plan would be refused (ground checked by {@link #plan}). */
  public List<FieldError> check(NewMovement m) {
    List<FieldError> errors = new ArrayList<>();
    if (m.personId() == null) {
      errors.add(new FieldError("personId", "recruitment.field.required"));
    }
    if (m.kind() == null) {
      errors.add(new FieldError("kind", "movement.kind.required"));
    }
    if (m.fromDate() == null) {
      errors.add(new FieldError("fromDate", "recruitment.field.required"));
    }
    Optional<Unit> to = Optional.empty();
    if (blank(m.toUnit())) {
      errors.add(new FieldError("toUnit", "recruitment.field.required"));
    } else if (m.fromDate() != null) {
      to = units.find(m.toUnit().strip(), m.fromDate());
      if (to.isEmpty()) {
        errors.add(new FieldError("toUnit", "movement.unit", m.toUnit(), m.fromDate()));
      }
    }
    if (blank(m.fromUnit())) {
      errors.add(new FieldError("fromUnit", "recruitment.field.required"));
    } else if (m.personId() != null && m.fromDate() != null) {
      boolean holds =
          jdbc.sql(
                  "SELECT EXISTS (SELECT 1 FROM positions_assignments_on(CAST(:d AS date) - 1)"
                      + " WHERE person_id = :p AND unit_code = :u)")
              .param("d", m.fromDate())
              .param("p", m.personId())
              .param("u", m.fromUnit().strip())
              .query(Boolean.class)
              .single();
      if (!holds) {
        errors.add(
            new FieldError(
                "fromUnit", "movement.fromUnit", m.fromUnit(), m.fromDate().minusDays(1)));
      }
    }
    if (!blank(m.fromUnit())
        && !blank(m.toUnit())
        && m.fromUnit().strip().equals(m.toUnit().strip())
        && m.kind() != null
        && m.kind() != Movement.Kind.TRANSFER) {
      errors.add(new FieldError("toUnit", "movement.sameUnit"));
    }
    if (blank(m.positionCode())) {
      errors.add(new FieldError("positionCode", "recruitment.field.required"));
    } else if (m.fromDate() != null) {
      Optional<Position> p = positions.find(m.positionCode().strip(), m.fromDate());
      if (p.isEmpty() || (to.isPresent() && !p.get().existsIn(to.get().type().name()))) {
        errors.add(
            new FieldError("positionCode", "movement.position", m.positionCode(), m.fromDate()));
      }
    }
    if (m.kind() != null) {
      if (!m.kind().forAPeriod() && m.untilDate() != null) {
        errors.add(new FieldError("untilDate", "movement.until.transfer"));
      } else if (m.kind().forAPeriod() && m.untilDate() == null) {
        errors.add(new FieldError("untilDate", "movement.until.required"));
      } else if (m.untilDate() != null && m.fromDate() != null) {
        if (!m.untilDate().isAfter(m.fromDate())) {
          errors.add(new FieldError("untilDate", "movement.until.before", m.fromDate()));
        } else if (m.kind() == Movement.Kind.SECONDMENT
            && m.untilDate().isAfter(m.fromDate().plusYears(SECONDMENT_MAX_YEARS))) {
          errors.add(
              new FieldError(
                  "untilDate",
                  "movement.until.secondment",
                  SECONDMENT_MAX_YEARS,
                  m.fromDate().plusYears(SECONDMENT_MAX_YEARS),
                  RULE_SECONDMENT));
        }
      }
    }
    if (blank(m.reason())) {
      errors.add(new FieldError("reason", "recruitment.field.required"));
    } else if (!TextRules.check(errors, "reason", m.reason())
        && m.reason().strip().length() > 1000) {
      errors.add(new FieldError("reason", "recruitment.field.tooLong", 1000));
    }
    return errors;
  }

  /** Records a planned movement of a person the actor may change, to a unit of their ground. */
  @Transactional
  public Planned plan(NewMovement m, Actor actor) {
    actor.require(Capability.EDIT_RECORDS);
    if (m.personId() != null) {
      visibility.requireEdits(actor, m.personId());
    }
    if (!blank(m.toUnit()) && m.fromDate() != null) {
      units
          .find(m.toUnit().strip(), m.fromDate())
          .ifPresent(u -> visibility.requireUnit(actor, u, m.fromDate()));
    }
    InvalidInputException.throwIfAny(check(m));
    List<PostWarning> warnings = new ArrayList<>(warnings(m, actor));
    long id =
        jdbc.sql(
                "INSERT INTO movement (person_id, kind, from_unit, to_unit, position_code, from_date,"
                    + " until_date, reason, created_by) VALUES (:p, :k, :f, :t, :pos, :fd, :ud, :r,"
                    + " :by) RETURNING id")
            .param("p", m.personId())
            .param("k", m.kind().name())
            .param("f", m.fromUnit().strip())
            .param("t", m.toUnit().strip())
            .param("pos", m.positionCode().strip())
            .param("fd", m.fromDate())
            .param("ud", m.untilDate())
            .param("r", m.reason().strip())
            .param("by", actor.username())
            .query(Long.class)
            .single();
    return new Planned(id, warnings);
  }

  private List<PostWarning> warnings(NewMovement m, Actor actor) {
    List<PostWarning> out =
        new ArrayList<>(
            parts.postWarnings(
                m.personId(),
                new NewAssignment(
                    m.toUnit().strip(),
                    m.positionCode().strip(),
                    m.kind() == Movement.Kind.SECONDMENT,
                    m.fromDate(),
                    m.untilDate(),
                    null),
                actor));
    if (m.kind() == Movement.Kind.ROTATION
        && m.untilDate().isBefore(m.fromDate().plusYears(ROTATION_MIN_YEARS))) {
      out.add(
          new PostWarning(
              "movement.warning.rotationShort",
              List.of(String.valueOf(ROTATION_MIN_YEARS)),
              RULE_ROTATION));
    }
    return out;
  }

  /** The approval decision as typed. */
  public record Approval(String number, LocalDate decidedOn, String issuer, String signer) {}

  /**
   * Approves a planned movement by a decision: the post is given through the people module (a
   * transfer or rotation ends the open main post the day before; a secondment is a post beside it),
   * the movement keeps the post's id. Refused whole (400) with every reason.
   */
  @Transactional
  public Planned approve(long id, Approval d, Actor actor) {
    actor.require(Capability.EDIT_RECORDS);
    Movement m = require(id, actor);
    visibility.requireEdits(actor, m.personId());
    if (m.status() != Movement.Status.PLANNED) {
      throw new ConflictException("movement.approved", id);
    }
    List<FieldError> errors = new ArrayList<>();
    decisionErrors(d, errors);
    if (d.decidedOn() != null && d.decidedOn().isAfter(m.fromDate())) {
      errors.add(new FieldError("decidedOn", "movement.decision.after", m.fromDate()));
    }
    InvalidInputException.throwIfAny(errors);
    DecisionData decision =
        new DecisionData(
            d.number().strip(),
            d.decidedOn(),
            d.issuer().strip(),
            blank(d.signer()) ? null : d.signer().strip(),
            m.kind().decision());
    NewAssignment post =
        new NewAssignment(
            m.toUnit(),
            m.positionCode(),
            m.kind() == Movement.Kind.SECONDMENT,
            m.fromDate(),
            m.untilDate(),
            decision);
    List<PostWarning> warnings = parts.postWarnings(m.personId(), post, actor);
    if (m.kind() != Movement.Kind.SECONDMENT) {
      // the main post held in the unit left ends the day before, by this decision (also one
      // recorded with a later end, e.g. the last day of a commune merged on 1-7-2025)
      LocalDate lastDay = m.fromDate().minusDays(1);
      List<Long> leaving =
          jdbc.sql(
                  "SELECT assignment_id FROM positions_assignments_on(:d) WHERE person_id = :p"
                      + " AND unit_code = :u AND NOT concurrent"
                      + " AND (valid_to IS NULL OR valid_to > :d)")
              .param("d", lastDay)
              .param("p", m.personId())
              .param("u", m.fromUnit())
              .query(Long.class)
              .list();
      for (long a : leaving) {
        parts.endPost(a, lastDay, decision, actor);
      }
    }
    long assignment =
        parts.givePost(m.personId(), post, m.kind() != Movement.Kind.SECONDMENT, actor);
    jdbc.sql(
            "UPDATE movement SET status = 'APPROVED', decision_number = :n, decision_date = :d,"
                + " decision_issuer = :i, decision_signer = :s, assignment_id = :a,"
                + " approved_by = :by, approved_at = now() WHERE id = :id")
        .param("n", decision.number())
        .param("d", decision.decidedOn())
        .param("i", decision.issuer())
        .param("s", decision.signer())
        .param("a", assignment)
        .param("by", actor.username())
        .param("id", id)
        .update();
    return new Planned(id, warnings);
  }

  /** A movement the actor may read: 404 none, 403 neither unit in the ground. */
  public Movement get(long id, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    return require(id, actor);
  }

  private Movement require(long id, Actor actor) {
    Movement m =
        jdbc.sql("SELECT * FROM movement WHERE id = :id")
            .param("id", id)
            .query((rs, i) -> movement(rs))
            .optional()
            .orElseThrow(() -> new NotFoundException("movement.notFound", id));
    if (!covers(actor, m)) {
      throw new ForbiddenException("error.unit.outsideScope", m.toUnit());
    }
    return m;
  }

  private boolean covers(Actor actor, Movement m) {
    return visibility.coversUnit(actor, m.toUnit(), m.fromDate())
        || visibility.coversUnit(actor, m.fromUnit(), m.fromDate().minusDays(1));
  }

  /**
   * The movements the actor may read (of one unit, from or to, when given), latest first; {@code
   * needsDecisionOn}: only the approved rotations and secondments whose period ended before that
   * day and after which the person has no new post (cần quyết định).
   */
  public List<Movement> list(String unit, LocalDate needsDecisionOn, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    String sql =
        "SELECT m.* FROM movement m WHERE (CAST(:u AS varchar) IS NULL OR m.to_unit = :u OR"
            + " m.from_unit = :u)"
            + (needsDecisionOn == null
                ? ""
                : " AND m.status = 'APPROVED' AND m.until_date < :d AND NOT EXISTS (SELECT 1"
                    + " FROM positions_assignments_on(:d) a WHERE a.person_id = m.person_id"
                    + " AND a.valid_from > m.until_date)")
            + " ORDER BY m.from_date DESC, m.id DESC";
    var q = jdbc.sql(sql).param("u", blank(unit) ? null : unit.strip());
    if (needsDecisionOn != null) {
      q = q.param("d", needsDecisionOn);
    }
    return q.query((rs, i) -> movement(rs)).list().stream().filter(m -> covers(actor, m)).toList();
  }

  private static Movement movement(ResultSet rs) throws SQLException {
    return new Movement(
        rs.getLong("id"),
        rs.getLong("person_id"),
        Movement.Kind.valueOf(rs.getString("kind")),
        rs.getString("from_unit"),
        rs.getString("to_unit"),
        rs.getString("position_code"),
        rs.getObject("from_date", LocalDate.class),
        rs.getObject("until_date", LocalDate.class),
        rs.getString("reason"),
        Movement.Status.valueOf(rs.getString("status")),
        rs.getString("decision_number"),
        rs.getObject("decision_date", LocalDate.class),
        rs.getString("decision_issuer"),
        (Long) rs.getObject("assignment_id"),
        rs.getString("created_by"),
        rs.getString("return_decision_number"),
        rs.getObject("return_decision_date", LocalDate.class));
  }

  /**
   * The decision's number, issuer and date, checked alike when a movement is approved and when the
   * person is given back.
   */
  static void decisionErrors(Approval d, List<FieldError> errors) {
    if (blank(d.number())) {
      errors.add(new FieldError("number", "recruitment.field.required"));
    } else if (d.number().strip().length() > 100) {
      errors.add(new FieldError("number", "recruitment.field.tooLong", 100));
    }
    if (blank(d.issuer())) {
      errors.add(new FieldError("issuer", "recruitment.field.required"));
    } else if (d.issuer().strip().length() > 300) {
      errors.add(new FieldError("issuer", "recruitment.field.tooLong", 300));
    }
    if (d.decidedOn() == null) {
      errors.add(new FieldError("decidedOn", "recruitment.field.required"));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
