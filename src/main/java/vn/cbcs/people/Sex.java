package vn.cbcs.people;

/** Giới tính as recorded on the CV and encoded in the personal identification number. */
public enum Sex {
  MALE,
  FEMALE
}
