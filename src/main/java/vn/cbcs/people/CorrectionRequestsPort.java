package vn.cbcs.people;

import java.time.Instant;
import java.util.Optional;
import vn.cbcs.platform.Actor;

/**
 * A cadre's request to correct their record, as the record form shows it: the self-service module
 * provides it (the people module cannot depend on it), so that accepting a request opens the form
 * with the requested value and the request, and saving the form settles it — nothing is lost
 * between the two.
 */
public interface CorrectionRequestsPort {

  /** A pending request about the person, if the actor may act on it. */
  Optional<Pending> pending(long requestId, long personId, Actor actor);

  /** The record was corrected to {@code version} as requested: the request is accepted. */
  void corrected(long requestId, long personId, int version, Actor actor);

  /** What was asked: a field of the form (or "other"), the proposed value, the reason. */
  record Pending(
      long id,
      long personId,
      String field,
      String proposedValue,
      String reason,
      String requestedBy,
      Instant requestedAt) {}
}
