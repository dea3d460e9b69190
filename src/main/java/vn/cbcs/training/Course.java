package vn.cbcs.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.cbcs.qualifications.Track;

/**
 * A course of training or fostering, organised by a unit.
 *
 * @param track the qualification track a pass gives (null: none, e.g. job-position fostering)
 * @param level the level code of that track (with {@code track})
 * @param cost total cost in đồng (may be unknown)
 */
public record Course(
    long id,
    CourseKind kind,
    String name,
    Track track,
    String level,
    String provider,
    String unitCode,
    LocalDate startsOn,
    LocalDate endsOn,
    int periods,
    String place,
    BigDecimal cost,
    Funding funding) {}
