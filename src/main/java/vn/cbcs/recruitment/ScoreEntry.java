package vn.cbcs.recruitment;

import java.math.BigDecimal;

/** The scores of one candidate of a round, as entered. */
public record ScoreEntry(
    long candidateId,
    Integer round1Correct,
    Integer round1Total,
    BigDecimal written,
    BigDecimal interview) {}
