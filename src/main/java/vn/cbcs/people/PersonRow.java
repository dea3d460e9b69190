package vn.cbcs.people;

import java.time.LocalDate;

/** A line of a person list: who, and their main post on the date viewed (null when not in post). */
public record PersonRow(
    long id,
    String fullName,
    String personalId,
    Sex sex,
    LocalDate birthDate,
    boolean birthYearOnly,
    boolean synthetic,
    String unitCode,
    String unitName,
    String positionCode) {}
