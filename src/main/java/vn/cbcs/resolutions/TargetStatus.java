package vn.cbcs.resolutions;

/**
 * Where a target stands. Past milestones are ACHIEVED or MISSED on the milestone's value; future
 * ones are ON_TRACK when today's value already meets the target, AT_RISK when it is within the
 * configured margin ({@code cbcs.targets.at-risk-margin} percentage points), else OFF_TRACK.
 */
public enum TargetStatus {
  ACHIEVED,
  MISSED,
  ON_TRACK,
  AT_RISK,
  OFF_TRACK,
  NO_DATA;

  public boolean good() {
    return this == ACHIEVED || this == ON_TRACK;
  }
}
