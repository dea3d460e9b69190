package vn.cbcs.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.qualifications.Track;

/**
 * The what-if from training's enrolments ({@code assumeEnrolled=true}; issue 14, "if these people
 * complete this course by that date"): each person enrolled on a course, not yet completed, that
 * gives a political-theory level is assumed to hold that level from the course's end date. Read
 * through training's SQL read model {@code training_expected_completions(person)} (V87; ADR 15
 * point 3 — planning never depends on the training Java module). Only the political-theory track
 * changes a candidate's readiness (QĐ 377 Điều 25 khoản 1; HD 45 mục II.5.1): courses of other
 * tracks, and courses that give no qualification, are left out. Nothing is written.
 */
@Component
class EnrolledCourses {

  private final JdbcClient jdbc;
  private final Qualifications qualifications;

  EnrolledCourses(JdbcClient jdbc, Qualifications qualifications) {
    this.jdbc = jdbc;
    this.qualifications = qualifications;
  }

  /** The assumptions the enrolments of these people give, in person order then by date. */
  List<WhatIf.Assumption> of(Collection<Long> personIds) {
    List<WhatIf.Assumption> out = new ArrayList<>();
    for (long person : new LinkedHashSet<>(personIds)) {
      jdbc.sql(
              "SELECT level, expected_on, course_id FROM training_expected_completions(?)"
                  + " WHERE track = ? AND level IS NOT NULL AND expected_on IS NOT NULL")
          .params(person, Track.POLITICAL_THEORY.name())
          .query(
              rs -> {
                String level = rs.getString(1);
                LocalDate by = rs.getObject(2, LocalDate.class);
                long course = rs.getLong(3);
                qualifications
                    .level(Track.POLITICAL_THEORY, level)
                    .map(QualificationLevel::rank)
                    .ifPresent(
                        rank ->
                            out.add(
                                new WhatIf.Assumption(
                                    person, Track.POLITICAL_THEORY, level, rank, by, course)));
              });
    }
    return out;
  }
}
