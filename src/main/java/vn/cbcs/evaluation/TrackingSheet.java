package vn.cbcs.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A person's continuous tracking for a year: the periods recorded and the year's task points they
 * add up to (null without periods), with the rules used and their sources.
 *
 * @param weighted whether periods weigh by the products assigned (else each the same)
 */
public record TrackingSheet(
    long personId,
    int year,
    String regime,
    List<TrackingPeriod> periods,
    BigDecimal taskPoints,
    BigDecimal taskMax,
    BigDecimal deductionPct,
    boolean weighted,
    RuleSet.Rule aggregationRule,
    RuleSet.Rule deductionRule) {}
