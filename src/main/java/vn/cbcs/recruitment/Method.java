package vn.cbcs.recruitment;

/**
 * How a round recruits (Luật CBCC 80/2025 Điều 19–20; NĐ 170/2025 Điều 5, 9, 11): competitive exam
 * (thi tuyển) or selection (xét tuyển, for the groups of NĐ 170/2025 Điều 5).
 */
public enum Method {
  EXAM,
  SELECTION
}
