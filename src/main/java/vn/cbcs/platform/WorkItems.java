package vn.cbcs.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * The work-list seam of ADR 15 §6: each module that produces tasks with deadlines implements it
 * with a bean; the start page collects every implementation ({@code List<WorkItems>}) without
 * depending on the producers' insides.
 *
 * <p>Contract: only what the actor may read, on the ground the actor keeps (the units of the
 * actor's scopes); fail closed — an actor without the capability, or without a scope, gets an empty
 * list, never another's items and never an error for a start page to show.
 */
public interface WorkItems {

  /** The items due for the actor seen on {@code asOf} (overdue ones included), in any order. */
  List<WorkItem> dueFor(Actor actor, LocalDate asOf);
}
