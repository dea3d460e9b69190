package vn.cbcs.qualifications;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded qualification. */
public record Qualification(
    long id,
    long personId,
    Track track,
    String level,
    int rank,
    String levelNameVi,
    String levelNameEn,
    String major,
    String institution,
    String trainingForm,
    LocalDate startedOn,
    LocalDate awardedOn,
    String evidenceRef,
    Verification verification,
    String recordedBy,
    Instant recordedAt) {}
