package vn.cbcs.reports.jobs;

/** Where a long report stands: a percentage and the message key of the current step. */
@FunctionalInterface
public interface Progress {

  Progress NONE = (percent, step) -> {};

  void update(int percent, String stepKey);
}
