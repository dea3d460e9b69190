package vn.cbcs.importexport.internal;

import vn.cbcs.positions.DecisionKind;

/** The Vietnamese names of decision kinds as the templates' lists show them. */
final class KindLabels {

  private KindLabels() {}

  static String label(DecisionKind kind) {
    return switch (kind) {
      case RECRUITMENT -> "Tuyển dụng";
      case APPOINTMENT -> "Bổ nhiệm";
      case ELECTION -> "Bầu, phê chuẩn";
      case TRANSFER -> "Điều động";
      case ROTATION -> "Luân chuyển";
      case SECONDMENT -> "Biệt phái";
      case CONCURRENT -> "Kiêm nhiệm";
      case END_OF_POST -> "Thôi giữ chức vụ";
      case RESIGNATION -> "Từ chức";
      case DISMISSAL -> "Miễn nhiệm";
      case RECALL -> "Bãi nhiệm";
      case REMOVAL -> "Cách chức";
      case RETIREMENT -> "Nghỉ hưu";
    };
  }
}
