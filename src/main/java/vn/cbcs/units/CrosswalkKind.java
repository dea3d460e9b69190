package vn.cbcs.units;

/**
 * How a predecessor passed into a successor: whole (FULL, "nhập toàn bộ"), in part (PARTIAL, "nhập
 * một phần"), or kept as it was (UNCHANGED, "giữ nguyên").
 */
public enum CrosswalkKind {
  FULL,
  PARTIAL,
  UNCHANGED
}
