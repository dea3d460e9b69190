package vn.cbcs.indicators.internal;

import java.time.LocalDate;

/**
 * Where a person stands against the standards of every post they hold, as the compliance engine
 * decided: meets, or not with the one deadline of their posts and whether it has passed.
 */
public record StandardStanding(boolean meets, LocalDate deadline, boolean overdue) {

  /** Both posts' standings together: meets only if both do; the later deadline; overdue if any. */
  public StandardStanding and(StandardStanding other) {
    LocalDate d =
        deadline == null
            ? other.deadline
            : other.deadline == null || deadline.isAfter(other.deadline)
                ? deadline
                : other.deadline;
    return new StandardStanding(meets && other.meets, d, overdue || other.overdue);
  }
}
