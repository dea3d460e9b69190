package vn.cbcs.selfservice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Access;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.TextRules;
import vn.cbcs.security.Visibility;

/**
 * Correction requests: only the cadre linked to a record asks; only a personnel officer whose scope
 * covers the person reviews. Accepting records the decision; the officer then corrects the record
 * through the usual form, which keeps the history (who, when, why).
 */
@Service
@Transactional(readOnly = true)
public class CorrectionRequests implements vn.cbcs.people.CorrectionRequestsPort {

  /** Fields a cadre may ask to correct (the form's names). */
  public static final Set<String> FIELDS =
      Set.of(
          "fullName",
          "otherNames",
          "birthDate",
          "birthPlaceText",
          "homeTownText",
          "ethnicityCode",
          "religionCode",
          "residence",
          "phone",
          "socialInsuranceNo",
          "partyJoinDate",
          "generalEducation",
          "healthStatus",
          "family",
          "workHistory",
          "qualifications",
          "other");

  private static final String COLUMNS =
      "c.id, c.person_id, p.full_name, c.field, c.proposed_value, c.reason, c.requested_by,"
          + " c.requested_at, c.status, c.reviewed_by, c.reviewed_at, c.review_note"
          + " FROM correction_request c JOIN selfservice_person_names p ON p.person_id = c.person_id";

  private final JdbcClient jdbc;
  private final Visibility visibility;

  CorrectionRequests(JdbcClient jdbc, Visibility visibility) {
    this.jdbc = jdbc;
    this.visibility = visibility;
  }

  /** The actor's own record, if their account is linked to one. */
  public Long ownPerson(Actor actor) {
    return actor.access().personId();
  }

  /** A cadre asks for a correction of their own record (403 without a linked record). */
  @Transactional
  public CorrectionRequest request(String field, String proposed, String reason, Actor actor) {
    actor.require(Capability.REQUEST_CORRECTIONS);
    Access g = actor.access();
    if (g.personId() == null) {
      throw new ForbiddenException("correction.noRecord");
    }
    List<FieldError> errors = new ArrayList<>();
    if (field == null || !FIELDS.contains(field)) {
      errors.add(new FieldError("field", "correction.field.invalid"));
    }
    if (!TextRules.checkMultiLine(errors, "proposedValue", proposed)
        && (proposed == null || proposed.isBlank() || proposed.length() > 1000)) {
      errors.add(new FieldError("proposedValue", "correction.proposed.invalid"));
    }
    if (!TextRules.checkMultiLine(errors, "reason", reason)
        && (reason == null || reason.trim().length() < 3 || reason.length() > 1000)) {
      errors.add(new FieldError("reason", "correction.reason.invalid"));
    }
    InvalidInputException.throwIfAny(errors);
    long id =
        jdbc.sql(
                "INSERT INTO correction_request (person_id, field, proposed_value, reason,"
                    + " requested_by) VALUES (:p, :f, :v, :r, :by) RETURNING id")
            .param("p", g.personId())
            .param("f", field)
            .param("v", proposed.trim())
            .param("r", reason.trim())
            .param("by", actor.username())
            .query(Long.class)
            .single();
    return require(id);
  }

  /** The requests about a person, newest first (their own, or one the actor may read). */
  public List<CorrectionRequest> of(long personId, Actor actor) {
    visibility.requireSees(actor, personId);
    return jdbc.sql("SELECT " + COLUMNS + " WHERE c.person_id = :p ORDER BY c.requested_at DESC")
        .param("p", personId)
        .query(CorrectionRequests::map)
        .list();
  }

  /** Pending requests of people whose records the officer keeps, oldest first. */
  public List<CorrectionRequest> pending(Actor actor) {
    actor.require(Capability.REVIEW_CORRECTIONS);
    return jdbc
        .sql("SELECT " + COLUMNS + " WHERE c.status = 'PENDING' ORDER BY c.requested_at")
        .query(CorrectionRequests::map)
        .list()
        .stream()
        .filter(r -> reviewable(r, actor))
        .toList();
  }

  /** A pending request the actor may review (403 otherwise, 404 when there is none). */
  public CorrectionRequest requireReviewable(long id, Actor actor) {
    actor.require(Capability.REVIEW_CORRECTIONS);
    CorrectionRequest r = require(id);
    if (!reviewable(r, actor)) {
      throw new ForbiddenException("correction.outsideScope");
    }
    if (r.status() != CorrectionRequest.Status.PENDING) {
      throw new ConflictException("correction.reviewed", r.reviewedBy());
    }
    return r;
  }

  private boolean reviewable(CorrectionRequest r, Actor actor) {
    Long own = actor.access().personId();
    return (own == null || own != r.personId()) && visibility.edits(actor, r.personId());
  }

  /**
   * Accepts or rejects a request: a reviewer whose ground holds the person's record (403
   * otherwise); nobody reviews their own request.
   */
  @Transactional
  public CorrectionRequest review(long id, boolean accept, String note, Actor actor) {
    actor.require(Capability.REVIEW_CORRECTIONS);
    CorrectionRequest r = require(id);
    if (!reviewable(r, actor)) {
      throw new ForbiddenException("correction.outsideScope");
    }
    if (r.status() != CorrectionRequest.Status.PENDING) {
      throw new ConflictException("correction.reviewed", r.reviewedBy());
    }
    List<FieldError> noteErrors = new ArrayList<>();
    if (!TextRules.checkMultiLine(noteErrors, "note", note)
        && !accept
        && (note == null || note.trim().length() < 3)) {
      noteErrors.add(new FieldError("note", "correction.note.required"));
    }
    InvalidInputException.throwIfAny(noteErrors);
    jdbc.sql(
            "UPDATE correction_request SET status = :s, reviewed_by = :by, reviewed_at = now(),"
                + " review_note = :n WHERE id = :id AND status = 'PENDING'")
        .param("s", accept ? "ACCEPTED" : "REJECTED")
        .param("by", actor.username())
        .param("n", note == null || note.isBlank() ? null : note.trim())
        .param("id", id)
        .update();
    return require(id);
  }

  @Override
  public java.util.Optional<Pending> pending(long requestId, long personId, Actor actor) {
    actor.require(Capability.REVIEW_CORRECTIONS);
    CorrectionRequest r = require(requestId);
    if (r.personId() != personId || r.status() != CorrectionRequest.Status.PENDING) {
      return java.util.Optional.empty();
    }
    if (!reviewable(r, actor)) {
      throw new ForbiddenException("correction.outsideScope");
    }
    return java.util.Optional.of(
        new Pending(
            r.id(),
            r.personId(),
            r.field(),
            r.proposedValue(),
            r.reason(),
            r.requestedBy(),
            r.requestedAt()));
  }

  @Override
  @Transactional
  public void corrected(long requestId, long personId, int version, Actor actor) {
    if (pending(requestId, personId, actor).isEmpty()) {
      return; // settled meanwhile: nothing to do
    }
    jdbc.sql(
            "UPDATE correction_request SET status = 'ACCEPTED', reviewed_by = :by,"
                + " reviewed_at = now(), review_note = :n WHERE id = :id AND status = 'PENDING'")
        .param("by", actor.username())
        .param("n", "Đã sửa hồ sơ theo đề nghị (phiên bản " + version + ")")
        .param("id", requestId)
        .update();
  }

  private CorrectionRequest require(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " WHERE c.id = :id")
        .param("id", id)
        .query(CorrectionRequests::map)
        .optional()
        .orElseThrow(() -> new NotFoundException("correction.unknown", id));
  }

  private static CorrectionRequest map(ResultSet rs, int row) throws SQLException {
    return new CorrectionRequest(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getTimestamp(8).toInstant(),
        CorrectionRequest.Status.valueOf(rs.getString(9)),
        rs.getString(10),
        rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(),
        rs.getString(12));
  }
}
