package vn.cbcs.positions;

import java.time.LocalDate;

/** A recorded decision; {@code hasFile} when a scan is attached. */
public record Decision(
    long id,
    String number,
    LocalDate decidedOn,
    String issuer,
    String signer,
    DecisionKind kind,
    boolean hasFile) {}
