package vn.cbcs.positions;

/**
 * What a decision does: recruitment (tuyển dụng), appointment (bổ nhiệm), election or approval
 * (bầu, phê chuẩn), transfer (điều động), rotation (luân chuyển), secondment (biệt phái),
 * concurrent post (kiêm nhiệm), and the ways a post ends, each its own (REGULATIONS.md §13.11):
 * thôi giữ chức vụ, từ chức (resignation), miễn nhiệm (dismissal from office), bãi nhiệm (recall by
 * the electing body), cách chức (removal as a discipline), nghỉ hưu (retirement).
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
  RESIGNATION,
  DISMISSAL,
  RECALL,
  REMOVAL,
  RETIREMENT;

  public boolean ends() {
    return this == END_OF_POST
        || this == RESIGNATION
        || this == DISMISSAL
        || this == RECALL
        || this == REMOVAL
        || this == RETIREMENT;
  }

  public String messageKey() {
    return "decision.kind." + name();
  }
}
