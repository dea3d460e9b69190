package vn.cbcs.training;

import java.time.LocalDate;
import vn.cbcs.qualifications.Track;

/** A course to record, as sent (cost as text: whole đồng). */
public record NewCourse(
    CourseKind kind,
    String name,
    Track track,
    String level,
    String provider,
    String unitCode,
    LocalDate startsOn,
    LocalDate endsOn,
    Integer periods,
    String place,
    String cost,
    Funding funding) {}
