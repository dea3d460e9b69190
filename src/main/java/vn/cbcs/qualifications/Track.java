package vn.cbcs.qualifications;

/** A kind of qualification (trình độ); its levels are catalogue rows with a rank. */
public enum Track {
  PROFESSIONAL,
  POLITICAL_THEORY,
  STATE_MANAGEMENT,
  IT,
  FOREIGN_LANGUAGE,
  ETHNIC_LANGUAGE,
  DEFENCE_SECURITY;

  public String messageKey() {
    return "qualification.track." + name();
  }
}
