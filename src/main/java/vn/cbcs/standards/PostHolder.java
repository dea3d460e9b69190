package vn.cbcs.standards;

import java.time.LocalDate;

/** A post held on a date, with what the rules need about the person and the commune. */
public record PostHolder(
    long personId,
    String fullName,
    boolean synthetic,
    long assignmentId,
    String unitCode,
    String unitName,
    String unitType,
    String provinceCode,
    String positionCode,
    boolean concurrent,
    LocalDate postFrom,
    LocalDate birthDate,
    String sex,
    String generalEducation,
    int earlyRetirementYears) {}
