package vn.cbcs.importexport.internal;

import static vn.cbcs.importexport.internal.Columns.*;

import java.util.List;
import java.util.Map;
import vn.cbcs.importexport.ImportKind;

/** The example row and the opening lines of the notes sheet of each template. */
final class Examples {

  private Examples() {}

  static Map<String, String> of(ImportKind kind) {
    return switch (kind) {
      case PEOPLE ->
          Map.ofEntries(
              Map.entry(NO, "Ví dụ"),
              Map.entry(PERSONAL_ID, "006185012345"),
              Map.entry(FULL_NAME, "Hoàng Thị Lan"),
              Map.entry(SEX, "Nữ"),
              Map.entry(BIRTH, "15/03/1985"),
              Map.entry(ETHNICITY, "02 – Tày"),
              Map.entry(RELIGION, "00 – Không"),
              Map.entry(RESIDENCE, "Thôn Nà Pài, xã Nam Cường"),
              Map.entry(PARTY_JOIN, "19/05/2010"),
              Map.entry(GENERAL_EDUCATION, "12/12"),
              Map.entry(PRO_LEVEL, "Đại học"),
              Map.entry(PRO_MAJOR, "Luật"),
              Map.entry(PRO_DATE, "30/06/2008"),
              Map.entry(POL_LEVEL, "Trung cấp"),
              Map.entry(POL_DATE, "10/01/2015"),
              Map.entry(UNIT, "02026 – Xã Nam Cường"),
              Map.entry(
                  POSITION,
                  "VTVL_VHXH_VAN_HOA_THONG_TIN – Văn hóa, khoa học và thông tin (Phòng Văn hóa - Xã hội)"),
              Map.entry(FROM, "01/07/2025"),
              Map.entry(DEC_NUMBER, "125/QĐ-UBND"),
              Map.entry(DEC_DATE, "25/06/2025"),
              Map.entry(DEC_ISSUER, "UBND tỉnh Thái Nguyên"),
              Map.entry(DEC_KIND, "Điều động"));
      case QUALIFICATIONS ->
          Map.of(
              NO, "Ví dụ",
              PERSONAL_ID, "006185012345",
              FULL_NAME, "Hoàng Thị Lan",
              TRACK, "Chuyên môn",
              LEVEL, "Đại học",
              MAJOR, "Luật",
              INSTITUTION, "Trường Đại học Luật Hà Nội",
              TRAINING_FORM, "Vừa làm vừa học",
              AWARDED, "30/06/2008",
              EVIDENCE, "A123456");
      case ASSIGNMENTS ->
          Map.ofEntries(
              Map.entry(NO, "Ví dụ"),
              Map.entry(PERSONAL_ID, "006185012345"),
              Map.entry(FULL_NAME, "Hoàng Thị Lan"),
              Map.entry(UNIT, "02023 – Xã Xuân Lạc"),
              Map.entry(POSITION, "VAN_HOA_XA_HOI – Văn hóa - xã hội"),
              Map.entry(FROM, "01/01/2016"),
              Map.entry(TO, "30/06/2025"),
              Map.entry(DEC_NUMBER, "01/QĐ-UBND"),
              Map.entry(DEC_DATE, "28/12/2015"),
              Map.entry(DEC_ISSUER, "UBND huyện Chợ Đồn"),
              Map.entry(DEC_SIGNER, "Hoàng Văn A"),
              Map.entry(DEC_KIND, "Tuyển dụng"));
      case RATINGS ->
          Map.ofEntries(
              Map.entry(NO, "Ví dụ"),
              Map.entry(PERSONAL_ID, "006185012345"),
              Map.entry(FULL_NAME, "Hoàng Thị Lan"),
              Map.entry(RatingColumns.YEAR, "2026"),
              Map.entry(RatingColumns.SYSTEM, "Chính quyền"),
              Map.entry(RatingColumns.LEADER, "Không"),
              Map.entry(RatingColumns.GENERAL, "27"),
              Map.entry(RatingColumns.TASK, "60"),
              Map.entry(RatingColumns.SELF_LEVEL, "HTTNV – Hoàn thành tốt nhiệm vụ"),
              Map.entry(RatingColumns.SELF_DATE, "20/11/2026"),
              Map.entry(RatingColumns.MEETING_DATE, "25/11/2026"),
              Map.entry(RatingColumns.MINUTES, "Biên bản số 12/BB ngày 25/11/2026"),
              Map.entry(RatingColumns.PROPOSED_LEVEL, "HTTNV – Hoàn thành tốt nhiệm vụ"),
              Map.entry(RatingColumns.PROPOSED_POINTS, "87"),
              Map.entry(RatingColumns.PROPOSED_DATE, "26/11/2026"),
              Map.entry(RatingColumns.DECIDED_LEVEL, "HTTNV – Hoàn thành tốt nhiệm vụ"),
              Map.entry(DEC_NUMBER, "15/QĐ-UBND"),
              Map.entry(DEC_DATE, "10/12/2026"),
              Map.entry(DEC_SIGNER, "Nguyễn Văn B"));
      case RECRUIT_CANDIDATES ->
          Map.ofEntries(
              Map.entry(NO, "Ví dụ"),
              Map.entry(RecruitmentColumns.ROUND, "12"),
              Map.entry(RecruitmentColumns.POSITION, "VTVL_VHXH_VAN_HOA_THONG_TIN"),
              Map.entry(PERSONAL_ID, "006199012345"),
              Map.entry(FULL_NAME, "Hoàng Văn Nam"),
              Map.entry(SEX, "Nam"),
              Map.entry(BIRTH, "15/03/1999"),
              Map.entry(RecruitmentColumns.PHONE, "0912345678"),
              Map.entry(RecruitmentColumns.PRIORITY, "ETHNIC_MINORITY"),
              Map.entry(RecruitmentColumns.GENERAL_EDUCATION, "12/12"),
              Map.entry(RecruitmentColumns.PRO_LEVEL, "Đại học"),
              Map.entry(RecruitmentColumns.MAJOR, "Văn hóa học"));
      case RECRUIT_SCORES ->
          Map.ofEntries(
              Map.entry(NO, "Ví dụ"),
              Map.entry(RecruitmentColumns.ROUND, "12"),
              Map.entry(PERSONAL_ID, "006199012345"),
              Map.entry(FULL_NAME, "Hoàng Văn Nam"),
              Map.entry(RecruitmentColumns.ROUND1_CORRECT, "42"),
              Map.entry(RecruitmentColumns.ROUND1_TOTAL, "60"),
              Map.entry(RecruitmentColumns.WRITTEN, "72.5"),
              Map.entry(RecruitmentColumns.INTERVIEW, "80"));
      case PLAN_CANDIDATES ->
          Map.ofEntries(
              Map.entry(NO, "Ví dụ"),
              Map.entry(PERSONAL_ID, "006185012345"),
              Map.entry(FULL_NAME, "Hoàng Thị Lan"),
              Map.entry(PlanningColumns.PLAN, "12"),
              Map.entry(PlanningColumns.POST, "CHU_TICH_UBND – Chủ tịch UBND xã"),
              Map.entry(PlanningColumns.TARGET, "2"),
              Map.entry(PlanningColumns.INTRO_VOTES, "14"),
              Map.entry(PlanningColumns.INTRO_VOTERS, "17"),
              Map.entry(PlanningColumns.VOTE_VOTES, "9"),
              Map.entry(PlanningColumns.VOTE_VOTERS, "11"),
              Map.entry(PlanningColumns.ADDED_ON, "15/12/2026"),
              Map.entry(PlanningColumns.WOMAN_AT_60, "Không"));
      case TRAINING_COURSES ->
          Map.ofEntries(
              Map.entry(NO, "Ví dụ"),
              Map.entry(TrainingColumns.UNIT, "04 – Tỉnh Cao Bằng"),
              Map.entry(TrainingColumns.PLAN, "7"),
              Map.entry(TrainingColumns.KIND, "Lý luận chính trị"),
              Map.entry(
                  TrainingColumns.NAME, "Trung cấp lý luận chính trị – hành chính, khóa 2026"),
              Map.entry(TrainingColumns.LEVEL, "Trung cấp"),
              Map.entry(TrainingColumns.PROVIDER, "Trường Chính trị Hoàng Đình Giong"),
              Map.entry(TrainingColumns.STARTS, "02/03/2026"),
              Map.entry(TrainingColumns.ENDS, "27/11/2026"),
              Map.entry(TrainingColumns.PERIODS, "800"),
              Map.entry(TrainingColumns.PLACE, "Cao Bằng"),
              Map.entry(TrainingColumns.COST, "15000000"),
              Map.entry(TrainingColumns.FUNDING, "Ngân sách nhà nước"));
      case TRAINING_RESULTS ->
          Map.ofEntries(
              Map.entry(NO, "Ví dụ"),
              Map.entry(PERSONAL_ID, "006185012345"),
              Map.entry(FULL_NAME, "Hoàng Thị Lan"),
              Map.entry(TrainingColumns.COURSE, "15"),
              Map.entry(TrainingColumns.STATUS, "Hoàn thành"),
              Map.entry(TrainingColumns.RESULT, "Giỏi"),
              Map.entry(TrainingColumns.CERT_NO, "TCLLCT-2026-0042"),
              Map.entry(TrainingColumns.CERT_DATE, "30/11/2026"));
    };
  }

  static List<String> intro(ImportKind kind) {
    String what =
        switch (kind) {
          case PEOPLE ->
              "Mỗi dòng là một người: thông tin cá nhân, trình độ cao nhất và chức vụ hiện tại."
                  + " Người đã có hồ sơ (cùng số định danh) được cập nhật các ô có ghi; ô để trống"
                  + " giữ nguyên hồ sơ.";
          case QUALIFICATIONS ->
              "Mỗi dòng là một văn bằng, chứng chỉ của một người đã có hồ sơ. Văn bằng đã ghi"
                  + " (cùng loại, trình độ, ngày cấp) không bị ghi lặp.";
          case ASSIGNMENTS ->
              "Mỗi dòng là một chức vụ theo quyết định của một người đã có hồ sơ. Điều động, luân"
                  + " chuyển kết thúc chức vụ chính đang giữ vào ngày hôm trước.";
          case RATINGS ->
              "Mỗi dòng là kết quả đánh giá, xếp loại của một người trong một năm và một hệ thống"
                  + " (chính quyền hoặc Đảng): tự đánh giá, họp, đề xuất và quyết định, ghi đến bước"
                  + " nào thì nhập đến bước đó. Các quy định của biểu mẫu đều được kiểm tra: điểm tối"
                  + " đa và mức của chế độ từng năm, thứ tự và ngày của các bước, tỉ lệ Hoàn thành"
                  + " xuất sắc tối đa của nhóm, quyền và phạm vi của người nhập. Kết quả đã có quyết"
                  + " định không bị ghi đè.";
          case RECRUIT_CANDIDATES ->
              "Mỗi dòng là một hồ sơ dự tuyển của một đợt tuyển dụng (cột Mã đợt tuyển dụng). Các"
                  + " quy định của biểu mẫu thêm thí sinh trên trang của đợt đều được kiểm tra: đợt"
                  + " đang mở và thuộc phạm vi của người nhập, vị trí do đợt tuyển, đủ 18 tuổi, mỗi"
                  + " số định danh một hồ sơ trong đợt. Hồ sơ đã có (cùng số định danh, họ tên, ngày"
                  + " sinh, vị trí) không bị ghi lặp.";
          case RECRUIT_SCORES ->
              "Mỗi dòng là điểm của một thí sinh đã có trong đợt tuyển dụng (tìm theo số định danh"
                  + " hoặc mã thí sinh): vòng 1 (số câu đúng/tổng số câu) và vòng 2 (viết, phỏng"
                  + " vấn). Các quy định của bảng điểm trên trang của đợt đều được kiểm tra theo"
                  + " phương thức của đợt (NĐ 170/2025/NĐ-CP). Ô để trống là chưa có điểm.";
          case PLAN_CANDIDATES ->
              "Mỗi dòng là một người được quy hoạch vào một chức danh của một quy hoạch (cột Mã"
                  + " quy hoạch), như khi bổ sung trên trang của quy hoạch. Các quy định đều được"
                  + " kiểm tra vào ngày bổ sung (QĐ 377-QĐ/TW, HD 45-HD/BTCTW): chức danh cao hơn"
                  + " chức danh đang giữ, tối đa 3 người mỗi vị trí và 3 chức danh mỗi người, tuổi"
                  + " của đối tượng 1 và 2, trình độ lý luận chính trị, kỷ luật, phạm vi của người"
                  + " nhập. Các dòng được xét theo thứ tự như thể các dòng trước đã được ghi. Người"
                  + " đã có trong quy hoạch cho chức danh (cùng đối tượng và số phiếu) không bị ghi"
                  + " lặp.";
          case TRAINING_COURSES ->
              "Mỗi dòng là một khóa đào tạo, bồi dưỡng của một đơn vị tổ chức (cột Đơn vị tổ chức),"
                  + " có thể kèm số kế hoạch năm để đưa khóa học vào kế hoạch. Các quy định của"
                  + " biểu mẫu thêm khóa học trên trang Khóa học đều được kiểm tra: đơn vị thuộc"
                  + " phạm vi của người nhập, ngày, số tiết, kinh phí, trình độ được cấp theo loại"
                  + " khóa học. Khóa học đã có (cùng đơn vị, loại, tên, ngày) không bị ghi lặp.";
          case TRAINING_RESULTS ->
              "Mỗi dòng là kết quả học của một người (đã có hồ sơ) trong một khóa học (cột Mã khóa"
                  + " học): Hoàn thành (với số và ngày cấp chứng chỉ), Không đạt hoặc Thôi học."
                  + " Người chưa có tên trong khóa học được ghi danh trước (với các điều kiện ghi"
                  + " danh). Hoàn thành khóa học có cấp trình độ thì trình độ được ghi vào hồ sơ, như"
                  + " khi ghi kết quả trên trang của khóa học.";
        };
    return List.of(
        "MẪU NHẬP DỮ LIỆU – " + kind.sheetName().toUpperCase(java.util.Locale.ROOT),
        what,
        "Ghi dữ liệu ở trang \""
            + kind.sheetName()
            + "\", từ dòng 3 (dòng 2 là ví dụ, được bỏ qua"
            + " khi nhập). Không đổi tên trang và dòng tiêu đề; thứ tự cột có thể đổi, cột thừa"
            + " được bỏ qua.",
        "Khi gửi, hệ thống kiểm tra trước từng dòng (chưa ghi gì) và báo lỗi theo trang, dòng, cột;"
            + " các dòng lỗi tải về được dưới dạng Excel để sửa và gửi lại.",
        "Cột tô đỏ là bắt buộc. Ô có công thức được đọc theo giá trị Excel đã tính.");
  }
}
