package vn.cbcs.training;

import vn.cbcs.qualifications.Track;

/**
 * The kinds of training and fostering (NĐ 171/2025 Điều 14: political theory; defence and security;
 * state-management knowledge and skills, for leaders too (Điều 15 khoản 3); job-position skills
 * (Điều 15 khoản 4); science, technology, innovation and digital skills), with the professional
 * degree beside them. {@link #track()} is the qualification track a course of the kind usually
 * gives.
 */
public enum CourseKind {
  POLITICAL_THEORY(Track.POLITICAL_THEORY),
  STATE_MANAGEMENT(Track.STATE_MANAGEMENT),
  PROFESSIONAL(Track.PROFESSIONAL),
  JOB_POSITION(null),
  LEADERSHIP(null),
  DEFENCE_SECURITY(Track.DEFENCE_SECURITY),
  DIGITAL(Track.IT);

  private final Track track;

  CourseKind(Track track) {
    this.track = track;
  }

  public Track track() {
    return track;
  }

  public String messageKey() {
    return "training.courseKind." + name();
  }
}
