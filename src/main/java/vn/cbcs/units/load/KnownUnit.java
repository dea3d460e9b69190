package vn.cbcs.units.load;

/** A unit in force on a given day, as the crosswalk loader needs it. */
record KnownUnit(String code, String fullName, String parentCode, String provinceCode) {}
