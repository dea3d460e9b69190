package vn.cbcs.training;

import java.time.LocalDate;

/**
 * The result of an enrolment, as sent: COMPLETED (with the certificate's number and date), FAILED
 * or WITHDRAWN; {@code result} a free text (grade, remark).
 */
public record Result(
    Enrolment.Status status, String result, String certificateNumber, LocalDate certificateDate) {}
