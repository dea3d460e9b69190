package vn.cbcs.planning;

import java.time.LocalDate;
import java.util.List;

/** Every rule's verdict for a plan on a date: per candidate, and for the plan as a whole. */
public record PlanCheck(
    Plan plan, LocalDate on, List<CandidateCheck> candidates, List<CheckVerdict> planVerdicts) {

  /** The verdicts of one candidate. */
  public record CandidateCheck(Candidate candidate, List<CheckVerdict> verdicts) {}
}
