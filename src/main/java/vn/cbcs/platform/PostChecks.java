package vn.cbcs.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * The post-form seam (ADR 15, the same shape as {@link WorkItems}): a module whose rules bear on
 * giving a post — evaluation (NĐ 170/2025 Điều 23: the previous year's rating for a change of job
 * position), later planning (appointment from the succession plan) — implements it with a bean; the
 * people module collects every implementation and shows the warnings with the post form and the
 * JSON answer, without depending on the producers.
 *
 * <p>Contract: warnings only, never refusals (a refusal is a record rule of the people or positions
 * module); computed for a person the actor may already change; fail closed — an actor without
 * {@link Capability#READ_RECORDS} gets no warning rather than another's data.
 */
public interface PostChecks {

  /** The warnings for giving {@code positionCode} in {@code unitCode} from {@code from}. */
  List<PostWarning> warningsFor(
      long personId, String unitCode, String positionCode, LocalDate from, Actor actor);
}
