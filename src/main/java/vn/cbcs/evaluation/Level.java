package vn.cbcs.evaluation;

/** The levels of a rating, best first (Law 80/2025 Art. 26(1); QĐ 366-QĐ/TW Art. 11). */
public enum Level {
  /** Hoàn thành xuất sắc nhiệm vụ. */
  HTXSNV,
  /** Hoàn thành tốt nhiệm vụ. */
  HTTNV,
  /** Hoàn thành nhiệm vụ. */
  HTNV,
  /** Không hoàn thành nhiệm vụ. */
  KHTNV,
  /** Not rated (worked less than the minimum in the year). */
  NOT_RATED;

  /** Whether this level is a rating (not {@link #NOT_RATED}). */
  public boolean rated() {
    return this != NOT_RATED;
  }

  /** Whether this level is better than {@code other} (both rated). */
  public boolean betterThan(Level other) {
    return ordinal() < other.ordinal();
  }
}
