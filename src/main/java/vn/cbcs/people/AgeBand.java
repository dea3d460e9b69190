package vn.cbcs.people;

/** Age bands of the statistical reports, in whole years on the date viewed: [from, to). */
public enum AgeBand {
  UNDER_35(0, 35),
  FROM_35_TO_45(35, 45),
  FROM_45_TO_55(45, 55),
  FROM_55(55, 200);

  private final int from;
  private final int to;

  AgeBand(int from, int to) {
    this.from = from;
    this.to = to;
  }

  public int from() {
    return from;
  }

  public int to() {
    return to;
  }
}
