package vn.cbcs.recruitment;

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
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.positions.DecisionData;
import vn.cbcs.positions.NewAssignment;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * The return from a rotation (luân chuyển) or secondment (biệt phái) whose period has ended: the
 * sending body decides (NĐ 170/2025/NĐ-CP Điều 26 khoản 2, Điều 50), and the decision gives the
 * person back the post held in the sending unit the day before the movement began, from the day
 * after the period, through the people module ({@link PersonParts#givePost}, with the actor). A
 * seconded person who still holds the home post (Điều 26 khoản 3) gets nothing new: the decision is
 * recorded and the movement is closed. The return is never automatic: until someone decides, the
 * ended movement stays a work item ({@link MovementsDue}).
 */
@Service
@Transactional(readOnly = true)
public class MovementReturns {

  private final JdbcClient jdbc;
  private final Movements movements;
  private final Units units;
  private final Visibility visibility;
  private final PositionCatalogue positions;
  private final PersonParts parts;

  MovementReturns(
      JdbcClient jdbc,
      Movements movements,
      Units units,
      Visibility visibility,
      PositionCatalogue positions,
      PersonParts parts) {
    this.jdbc = jdbc;
    this.movements = movements;
    this.units = units;
    this.visibility = visibility;
    this.positions = positions;
    this.parts = parts;
  }

  /** The post the person held in the sending unit the day before the movement began. */
  public record FormerPost(long assignmentId, String unitCode, String positionCode) {}

  /** The former post of a movement, if there was one (main posts only). */
  public Optional<FormerPost> formerPost(Movement m) {
    return jdbc.sql(
            "SELECT assignment_id, unit_code, position_code FROM positions_assignments_on(:d)"
                + " WHERE person_id = :p AND unit_code = :u AND NOT concurrent"
                + " ORDER BY valid_from DESC, assignment_id DESC LIMIT 1")
        .param("d", m.fromDate().minusDays(1))
        .param("p", m.personId())
        .param("u", m.fromUnit())
        .query((rs, i) -> new FormerPost(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .optional();
  }

  /**
   * Returns the person of an approved rotation or secondment to the former post by a decision (409
   * for a transfer, a plan not approved, or a movement already returned); refused whole (400) with
   * every reason.
   */
  @Transactional
  public Movements.Planned giveBack(long id, Movements.Approval d, Actor actor) {
    actor.require(Capability.EDIT_RECORDS);
    Movement m = movements.get(id, actor);
    visibility.requireEdits(actor, m.personId());
    if (m.status() == Movement.Status.RETURNED) {
      throw new ConflictException("movement.return.done", id);
    }
    if (m.status() != Movement.Status.APPROVED || !m.kind().forAPeriod()) {
      throw new ConflictException("movement.return.notApplicable", id);
    }
    LocalDate back = m.untilDate().plusDays(1);
    List<FieldError> errors = new ArrayList<>();
    Movements.decisionErrors(d, errors);
    if (d.decidedOn() != null
        && m.decisionDate() != null
        && d.decidedOn().isBefore(m.decisionDate())) {
      errors.add(new FieldError("decidedOn", "movement.return.decidedBefore", m.decisionDate()));
    }
    Optional<FormerPost> former = formerPost(m);
    Long stillHeld =
        jdbc.sql(
                "SELECT assignment_id FROM positions_assignments_on(:d) WHERE person_id = :p"
                    + " AND unit_code = :u AND NOT concurrent ORDER BY assignment_id LIMIT 1")
            .param("d", back)
            .param("p", m.personId())
            .param("u", m.fromUnit())
            .query(Long.class)
            .optional()
            .orElse(null);
    Optional<Unit> home = units.find(m.fromUnit(), back);
    if (stillHeld == null) {
      if (former.isEmpty()) {
        errors.add(new FieldError("movement", "movement.return.noFormerPost", m.fromUnit()));
      } else if (home.isEmpty()) {
        errors.add(
            new FieldError("movement", "movement.return.unitGone", m.fromUnit(), back, RULE));
      } else {
        Optional<Position> p = positions.find(former.get().positionCode(), back);
        if (p.isEmpty() || !p.get().existsIn(home.get().type().name())) {
          errors.add(
              new FieldError(
                  "movement", "movement.return.positionGone", former.get().positionCode(), back));
        }
      }
    }
    InvalidInputException.throwIfAny(errors);
    if (home.isPresent()) {
      visibility.requireUnit(actor, home.get(), back);
    }
    DecisionData decision =
        new DecisionData(
            d.number().strip(),
            d.decidedOn(),
            d.issuer().strip(),
            blank(d.signer()) ? null : d.signer().strip(),
            m.kind().decision());
    long assignment;
    List<vn.cbcs.platform.PostWarning> warnings = List.of();
    if (stillHeld != null) {
      assignment = stillHeld;
    } else {
      NewAssignment post =
          new NewAssignment(m.fromUnit(), former.get().positionCode(), false, back, null, decision);
      warnings = parts.postWarnings(m.personId(), post, actor);
      assignment = parts.givePost(m.personId(), post, true, actor);
    }
    jdbc.sql(
            "UPDATE movement SET status = 'RETURNED', return_decision_number = :n,"
                + " return_decision_date = :d, return_decision_issuer = :i,"
                + " return_decision_signer = :s, return_assignment_id = :a, returned_by = :by,"
                + " returned_at = now() WHERE id = :id AND status = 'APPROVED'")
        .param("n", decision.number())
        .param("d", decision.decidedOn())
        .param("i", decision.issuer())
        .param("s", decision.signer())
        .param("a", assignment)
        .param("by", actor.username())
        .param("id", id)
        .update();
    return new Movements.Planned(id, warnings);
  }

  static final String RULE = "Nghị định 170/2025/NĐ-CP Điều 26 khoản 2, Điều 50";

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
