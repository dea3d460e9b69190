package vn.cbcs.units;

/** Tier of the tree: province (tỉnh), district (huyện, until 30-6-2025), commune (xã). */
public enum UnitLevel {
  PROVINCE,
  DISTRICT,
  COMMUNE
}
