package vn.cbcs.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.FieldError;

/**
 * A leader's proposed level against the conditions on the ratings under them (NĐ 90/2020 as amended
 * by NĐ 48/2023, the leaders' criteria; QĐ 366-QĐ/TW Điều 11 điểm 4.1 — rows of {@code
 * V71__evaluation_leaders.sql}), before the decision. The counts are the ones sent with the
 * proposal where there are any; otherwise they are counted from the records ({@link
 * SubordinateCounts}).
 */
@Service
@Transactional(readOnly = true)
public class LeaderChecks {

  private final EvaluationRules rules;
  private final SubordinateCounts counts;

  LeaderChecks(EvaluationRules rules, SubordinateCounts counts) {
    this.rules = rules;
    this.counts = counts;
  }

  /**
   * What the conditions say of a level: the counts used, whether they came from the records, the
   * best level they allow (not above the one proposed) and every reason it is lower.
   */
  public record Check(
      ClassificationInput.Subordinates counts,
      boolean fromRecords,
      Level allowed,
      List<Classification.Reason> reasons) {

    static final Check NONE = new Check(null, false, null, List.of());
  }

  /** The check of a proposal of a leader's evaluation (NONE for a non-leader or no level). */
  public Check proposal(Evaluation e, EvaluationSteps.Proposal p) {
    if (!e.leader() || p.level() == null) {
      return Check.NONE;
    }
    Map<String, String> raw = new HashMap<>();
    raw.put("subordinateUnits", text(p.subordinateUnits()));
    raw.put("subordinateUnitsHtxsnv", text(p.subordinateUnitsHtxsnv()));
    raw.put("subordinateUnitsHttnv", text(p.subordinateUnitsHttnv()));
    raw.put("subordinateUnitsKhtnv", text(p.subordinateUnitsKhtnv()));
    List<FieldError> errors = new ArrayList<>();
    ClassificationInput.Subordinates typed = EvaluationRules.subordinates(errors, raw, true);
    if (!errors.isEmpty()) {
      return Check.NONE;
    }
    return typed != null ? check(e, typed, false, p.level()) : level(e, p.level());
  }

  /** The check of a level for a leader's evaluation, the counts read from the records. */
  public Check level(Evaluation e, Level level) {
    if (level == null) {
      return Check.NONE;
    }
    return check(e, counts.forLeader(e), true, level);
  }

  private Check check(
      Evaluation e, ClassificationInput.Subordinates s, boolean fromRecords, Level level) {
    RuleSet r = rules.ruleSet(e.regime(), e.year());
    EvaluationRules.LeaderCheck c = EvaluationRules.leaderConditions(r, s, level);
    return new Check(s, fromRecords, c.level(), c.reasons());
  }

  private static String text(Integer i) {
    return i == null ? null : i.toString();
  }
}
