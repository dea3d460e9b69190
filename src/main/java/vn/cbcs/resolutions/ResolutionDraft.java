package vn.cbcs.resolutions;

import java.time.LocalDate;

/** The fields of a new resolution. */
public record ResolutionDraft(
    String number,
    String title,
    String issuer,
    LocalDate issuedOn,
    String unitCode,
    String summary) {}
