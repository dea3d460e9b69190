package vn.cbcs.reports.cv;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The fostering courses a person completed that gave no qualification of the catalogue
 * (job-position fostering, the leadership programme, …), for item 32 of the CV — read through the
 * training module's SQL API {@code training_completed_of} only (ADR 15: never its tables or
 * classes). The courses that gave a qualification are already on the CV through the qualification
 * their completion recorded, so they are left out here.
 */
@Component
class CvCourses {

  /** A completed course: its kind (training's course kind), name, provider, dates, certificate. */
  record Completed(
      String kind,
      String name,
      String provider,
      LocalDate startsOn,
      LocalDate endsOn,
      int periods,
      String certificateNumber,
      LocalDate certificateDate) {}

  private final JdbcClient jdbc;

  CvCourses(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Completed> of(long personId, LocalDate asOf) {
    return jdbc.sql(
            "SELECT course_kind, course_name, provider, starts_on, ends_on, periods,"
                + " certificate_number, certificate_date FROM training_completed_of(:p, :d)"
                + " WHERE track IS NULL ORDER BY certificate_date, course_id")
        .param("p", personId)
        .param("d", asOf)
        .query(
            (rs, i) ->
                new Completed(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getObject(5, LocalDate.class),
                    rs.getInt(6),
                    rs.getString(7),
                    rs.getObject(8, LocalDate.class)))
        .list();
  }
}
