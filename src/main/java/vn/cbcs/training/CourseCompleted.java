package vn.cbcs.training;

/**
 * A person completed a course (ADR 15 §5): announces, carries no state; the qualification is
 * already on the record (the enrolment names it) when it is heard.
 */
public record CourseCompleted(
    long enrolmentId, long courseId, long personId, Long qualificationId) {}
