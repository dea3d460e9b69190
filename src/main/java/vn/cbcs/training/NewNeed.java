package vn.cbcs.training;

import java.time.LocalDate;

/**
 * A need to add by hand, as sent: the person (id as text), the kind of course that would close it,
 * the reason and an optional deadline.
 */
public record NewNeed(String personId, CourseKind courseKind, String reason, LocalDate deadline) {}
