package vn.cbcs.people;

import java.time.LocalDate;

/**
 * A discipline decision was added to a person's record (ADR 15 point 5: announces, carries no
 * state). The discipline itself is read through {@code people_disciplines_decided(person, from,
 * to)} on {@code decidedOn}; {@code recordedBy} is the user whose correction recorded it, so that a
 * module acting on it can name the work that caused its change. Published inside the writing
 * transaction of {@link People#update}, one per decision new in the record.
 */
public record DisciplineRecorded(long personId, LocalDate decidedOn, String recordedBy) {}
