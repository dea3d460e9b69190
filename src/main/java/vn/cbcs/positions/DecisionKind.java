package vn.cbcs.positions;

/**
 * What a decision does: recruitment (tuyển dụng), appointment (bổ nhiệm), election or approval
 * (bầu, phê chuẩn), transfer (điều động), rotation (luân chuyển), secondment (biệt phái),
 * concurrent post (kiêm nhiệm), end of post (thôi giữ chức vụ, miễn nhiệm), retirement (nghỉ hưu).
 */
public enum DecisionKind {
  RECRUITMENT,
  APPOINTMENT,
  ELECTION,
  TRANSFER,
  ROTATION,
  SECONDMENT,
  CONCURRENT,
  END_OF_POST,
  RETIREMENT;

  public boolean ends() {
    return this == END_OF_POST || this == RETIREMENT;
  }

  public String messageKey() {
    return "decision.kind." + name();
  }
}
