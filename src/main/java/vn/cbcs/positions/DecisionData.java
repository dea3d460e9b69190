package vn.cbcs.positions;

import java.time.LocalDate;

/** A decision as typed: number, date, issuing body, signer and what it does. */
public record DecisionData(
    String number, LocalDate decidedOn, String issuer, String signer, DecisionKind kind) {}
