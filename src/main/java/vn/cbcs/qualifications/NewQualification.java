package vn.cbcs.qualifications;

import java.time.LocalDate;

/** A qualification to record; {@code level} is a level code of the track's catalogue. */
public record NewQualification(
    Track track,
    String level,
    String major,
    String institution,
    String trainingForm,
    LocalDate startedOn,
    LocalDate awardedOn,
    String evidenceRef) {}
