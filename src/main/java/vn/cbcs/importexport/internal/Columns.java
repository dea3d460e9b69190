package vn.cbcs.importexport.internal;

import java.util.List;
import java.util.Optional;
import vn.cbcs.importexport.ImportKind;

/**
 * The columns of each template, in order. The headers are the file format (Vietnamese, like the
 * official forms); an export writes the same headers so that it can be edited and imported back.
 */
public final class Columns {

  public static final String NO = "no";
  public static final String PERSONAL_ID = "personalId";
  public static final String FULL_NAME = "fullName";
  public static final String SEX = "sex";
  public static final String BIRTH = "birthDate";
  public static final String ETHNICITY = "ethnicity";
  public static final String RELIGION = "religion";
  public static final String HOME_TOWN = "homeTown";
  public static final String RESIDENCE = "residence";
  public static final String PHONE = "phone";
  public static final String PARTY_JOIN = "partyJoin";
  public static final String PARTY_OFFICIAL = "partyOfficial";
  public static final String GENERAL_EDUCATION = "generalEducation";
  public static final String PRO_LEVEL = "proLevel";
  public static final String PRO_MAJOR = "proMajor";
  public static final String PRO_DATE = "proDate";
  public static final String POL_LEVEL = "polLevel";
  public static final String POL_DATE = "polDate";
  public static final String SM_LEVEL = "smLevel";
  public static final String SM_DATE = "smDate";
  public static final String UNIT = "unit";
  public static final String POSITION = "position";
  public static final String CONCURRENT = "concurrent";
  public static final String FROM = "from";
  public static final String TO = "to";
  public static final String DEC_NUMBER = "decisionNumber";
  public static final String DEC_DATE = "decisionDate";
  public static final String DEC_ISSUER = "decisionIssuer";
  public static final String DEC_SIGNER = "decisionSigner";
  public static final String DEC_KIND = "decisionKind";
  public static final String TRACK = "track";
  public static final String LEVEL = "level";
  public static final String MAJOR = "major";
  public static final String INSTITUTION = "institution";
  public static final String TRAINING_FORM = "trainingForm";
  public static final String STARTED = "startedOn";
  public static final String AWARDED = "awardedOn";
  public static final String EVIDENCE = "evidenceRef";
  public static final String IDENTITY_CORRECTION = "identityCorrection";

  private static final String DATE_NOTE =
      " Ngày ghi dd/MM/yyyy (ví dụ 05/09/1985) hoặc ô định dạng ngày của Excel.";

  /** The STT column every template starts with. */
  static final Column NO_COLUMN =
      Column.of(
              NO,
              "STT",
              false,
              "Số thứ tự, không bắt buộc. Dòng ghi \"Ví dụ\" ở cột này được bỏ qua.")
          .aliases("TT", "Số TT", "Số thứ tự")
          .width(7);

  private static final Column ID_COLUMN =
      Column.of(
              PERSONAL_ID,
              "Số định danh cá nhân (CCCD)",
              true,
              "12 chữ số, như trên căn cước công dân. Số bị Excel bỏ mất số 0 ở đầu (11 hoặc 10 chữ số)"
                  + " được tự bổ sung.")
          .aliases(
              "Số định danh cá nhân",
              "Số định danh",
              "CCCD",
              "Số CCCD",
              "Căn cước công dân",
              "Số căn cước")
          .asText()
          .width(17)
          .fields("personalId");
  private static final Column NAME_COLUMN =
      Column.of(
              FULL_NAME,
              "Họ và tên",
              true,
              "Họ và tên khai sinh. Khoảng trắng thừa được bỏ; chữ có dấu viết kiểu nào cũng được.")
          .aliases("Họ tên", "Họ và tên khai sinh", "Họ, tên")
          .width(26)
          .fields("fullName");

  private static final List<Column> PEOPLE =
      List.of(
          NO_COLUMN,
          ID_COLUMN,
          NAME_COLUMN,
          Column.of(SEX, "Giới tính", true, "Nam hoặc Nữ (cũng hiểu M/F).")
              .list("GioiTinh")
              .width(9)
              .fields("sex"),
          Column.of(
                  BIRTH,
                  "Ngày sinh",
                  true,
                  "Ngày sinh; chỉ biết năm sinh thì ghi năm (ví dụ 1970)." + DATE_NOTE)
              .aliases("Ngày, tháng, năm sinh", "Năm sinh")
              .width(12)
              .fields("birthDate", "birthYearOnly"),
          Column.of(
                  ETHNICITY,
                  "Dân tộc",
                  false,
                  "Chọn trong danh sách (mã – tên) hoặc ghi tên dân tộc.")
              .list("DanToc")
              .fields("ethnicityCode"),
          Column.of(
                  RELIGION,
                  "Tôn giáo",
                  false,
                  "Chọn trong danh sách (mã – tên) hoặc ghi tên; không theo tôn giáo: Không.")
              .list("TonGiao")
              .fields("religionCode"),
          Column.of(HOME_TOWN, "Quê quán", false, "Xã, tỉnh quê quán (văn bản).")
              .width(28)
              .fields("homeTownText"),
          Column.of(RESIDENCE, "Nơi ở hiện nay", false, "Địa chỉ nơi ở (văn bản).")
              .aliases("Nơi ở", "Chỗ ở hiện nay")
              .width(28)
              .fields("residence"),
          Column.of(PHONE, "Số điện thoại", false, "Số điện thoại liên hệ.")
              .aliases("Điện thoại", "SĐT")
              .asText()
              .width(13)
              .fields("phone"),
          Column.of(
                  PARTY_JOIN, "Ngày vào Đảng", false, "Bỏ trống nếu chưa là đảng viên." + DATE_NOTE)
              .width(12)
              .fields("partyJoinDate"),
          Column.of(
                  PARTY_OFFICIAL,
                  "Ngày chính thức",
                  false,
                  "Ngày trở thành đảng viên chính thức." + DATE_NOTE)
              .width(12)
              .fields("partyOfficialDate"),
          Column.of(GENERAL_EDUCATION, "Giáo dục phổ thông", false, "Dạng 12/12 hoặc 10/10.")
              .aliases("Trình độ giáo dục phổ thông", "Văn hóa", "Trình độ văn hóa")
              .asText()
              .width(10)
              .fields("generalEducation"),
          Column.of(
                  PRO_LEVEL,
                  "Trình độ chuyên môn",
                  false,
                  "Trình độ chuyên môn cao nhất: chọn trong danh sách hoặc ghi như thường viết (Đại học, ĐH, Cử nhân, Kỹ sư, Thạc sĩ…).")
              .aliases("Chuyên môn")
              .list("ChuyenMon"),
          Column.of(
                  PRO_MAJOR, "Chuyên ngành", false, "Chuyên ngành đào tạo của trình độ chuyên môn.")
              .aliases("Ngành đào tạo")
              .width(22),
          Column.of(
                  PRO_DATE,
                  "Ngày cấp bằng chuyên môn",
                  false,
                  "Cần khi có trình độ chuyên môn." + DATE_NOTE)
              .width(12),
          Column.of(POL_LEVEL, "Lý luận chính trị", false, "Sơ cấp, Trung cấp, Cao cấp, Cử nhân.")
              .aliases("Trình độ lý luận chính trị", "LLCT")
              .list("LyLuanChinhTri"),
          Column.of(
                  POL_DATE,
                  "Ngày cấp bằng lý luận chính trị",
                  false,
                  "Cần khi có trình độ lý luận chính trị." + DATE_NOTE)
              .aliases("Ngày cấp LLCT")
              .width(12),
          Column.of(
                  SM_LEVEL,
                  "Quản lý nhà nước",
                  false,
                  "Cán sự, Chuyên viên, Chuyên viên chính, Chuyên viên cao cấp.")
              .aliases("QLNN", "Trình độ quản lý nhà nước")
              .list("QuanLyNhaNuoc"),
          Column.of(
                  SM_DATE,
                  "Ngày cấp chứng chỉ quản lý nhà nước",
                  false,
                  "Cần khi có trình độ quản lý nhà nước." + DATE_NOTE)
              .aliases("Ngày cấp QLNN")
              .width(12),
          unit(false),
          position(false),
          Column.of(
                  FROM,
                  "Giữ chức vụ từ ngày",
                  false,
                  "Ngày bắt đầu giữ chức vụ hiện tại; cần khi có chức vụ." + DATE_NOTE)
              .aliases("Từ ngày", "Ngày bổ nhiệm")
              .width(12),
          decisionNumber(false),
          decisionDate(false),
          decisionIssuer(false),
          decisionKind(false),
          Column.of(
                  IDENTITY_CORRECTION,
                  "Sửa thông tin định danh",
                  false,
                  "Có: dòng này sửa họ tên hoặc ngày sinh đã ghi của người có số định danh này"
                      + " (cần quyền sửa định danh). Bỏ trống: họ tên và ngày sinh phải khớp hồ sơ,"
                      + " để một số định danh gõ nhầm không sửa hồ sơ của người khác.")
              .list("CoKhong")
              .width(12));

  private static final List<Column> QUALIFICATIONS =
      List.of(
          NO_COLUMN,
          ID_COLUMN,
          NAME_COLUMN.fields(new String[0]),
          Column.of(
                  TRACK,
                  "Loại trình độ",
                  true,
                  "Chuyên môn, Lý luận chính trị, Quản lý nhà nước, Tin học, Ngoại ngữ, Tiếng dân tộc, Quốc phòng – an ninh.")
              .list("LoaiTrinhDo")
              .width(20)
              .fields("track"),
          Column.of(
                  LEVEL,
                  "Trình độ",
                  true,
                  "Mức trình độ của loại đã chọn, ghi như thường viết (ví dụ Đại học, ĐH, Cử nhân, B1, Trung cấp).")
              .list("TrinhDo")
              .fields("level"),
          Column.of(MAJOR, "Chuyên ngành", false, "Chuyên ngành đào tạo.")
              .width(22)
              .fields("major"),
          Column.of(INSTITUTION, "Cơ sở đào tạo", false, "Trường, học viện cấp bằng.")
              .width(24)
              .fields("institution"),
          Column.of(TRAINING_FORM, "Hình thức đào tạo", false, "Chính quy, vừa làm vừa học, từ xa…")
              .fields("trainingForm"),
          Column.of(STARTED, "Ngày bắt đầu học", false, "Không bắt buộc." + DATE_NOTE)
              .width(12)
              .fields("startedOn"),
          Column.of(AWARDED, "Ngày cấp", true, "Ngày cấp văn bằng, chứng chỉ." + DATE_NOTE)
              .aliases("Ngày cấp bằng", "Ngày cấp văn bằng")
              .width(12)
              .fields("awardedOn"),
          Column.of(EVIDENCE, "Số hiệu văn bằng", false, "Số hiệu văn bằng, chứng chỉ.")
              .aliases("Số hiệu văn bằng, chứng chỉ", "Số văn bằng")
              .asText()
              .fields("evidenceRef"));

  private static final List<Column> ASSIGNMENTS =
      List.of(
          NO_COLUMN,
          ID_COLUMN,
          NAME_COLUMN.fields(new String[0]),
          unit(true),
          position(true),
          Column.of(
                  CONCURRENT,
                  "Kiêm nhiệm",
                  false,
                  "Có nếu là chức vụ kiêm nhiệm; bỏ trống nếu là chức vụ chính.")
              .list("CoKhong")
              .width(10)
              .fields("concurrent"),
          Column.of(FROM, "Từ ngày", true, "Ngày bắt đầu giữ chức vụ." + DATE_NOTE)
              .aliases("Giữ chức vụ từ ngày")
              .width(12)
              .fields("from"),
          Column.of(
                  TO,
                  "Đến ngày",
                  false,
                  "Ngày cuối giữ chức vụ; bỏ trống nếu đang giữ." + DATE_NOTE)
              .width(12)
              .fields("to"),
          decisionNumber(true),
          decisionDate(true),
          decisionIssuer(true),
          Column.of(DEC_SIGNER, "Người ký", false, "Người ký quyết định.")
              .width(20)
              .fields("decision.signer"),
          decisionKind(true));

  private Columns() {}

  /**
   * The columns of a template whose rows name a person already in the system by personal ID or by
   * record number (one of the two is enough), with the name as a check against a mistyped number —
   * STT, personal ID, record number (column {@code recordNo}), full name (its note {@code
   * nameNote}) — then {@code rest}.
   */
  static List<Column> personByIdOrRecord(String recordNo, String nameNote, Column... rest) {
    List<Column> out = new java.util.ArrayList<>();
    out.add(NO_COLUMN);
    out.add(
        Column.of(
                PERSONAL_ID,
                "Số định danh cá nhân (CCCD)",
                false,
                "12 chữ số. Ghi số định danh hoặc mã hồ sơ (một trong hai là đủ).")
            .aliases("Số định danh cá nhân", "Số định danh", "CCCD", "Số CCCD")
            .asText()
            .width(17)
            .fields("personalId"));
    out.add(
        Column.of(
                recordNo,
                "Mã hồ sơ",
                false,
                "Mã hồ sơ của người trong hệ thống (số trên trang hồ sơ), khi không ghi số định"
                    + " danh.")
            .aliases("Số hồ sơ", "Mã cán bộ")
            .asText()
            .width(10)
            .fields("personId"));
    out.add(Column.of(FULL_NAME, "Họ và tên", false, nameNote).aliases("Họ tên").width(26));
    out.addAll(List.of(rest));
    return List.copyOf(out);
  }

  public static List<Column> of(ImportKind kind) {
    return switch (kind) {
      case PEOPLE -> PEOPLE;
      case QUALIFICATIONS -> QUALIFICATIONS;
      case ASSIGNMENTS -> ASSIGNMENTS;
      case RATINGS -> RatingColumns.ALL;
      case RECRUIT_CANDIDATES -> RecruitmentColumns.CANDIDATES;
      case RECRUIT_SCORES -> RecruitmentColumns.SCORES;
      case PLAN_CANDIDATES -> PlanningColumns.CANDIDATES;
      case TRAINING_COURSES -> TrainingColumns.COURSES;
      case TRAINING_RESULTS -> TrainingColumns.RESULTS;
    };
  }

  public static Optional<Column> find(ImportKind kind, String id) {
    return of(kind).stream().filter(c -> c.id().equals(id)).findFirst();
  }

  private static final java.util.Set<String> DATES =
      java.util.Set.of(
          BIRTH,
          PARTY_JOIN,
          PARTY_OFFICIAL,
          PRO_DATE,
          POL_DATE,
          SM_DATE,
          FROM,
          TO,
          DEC_DATE,
          STARTED,
          AWARDED);

  /** Whether a column holds a date (written as a date cell). */
  public static boolean isDate(String id) {
    return DATES.contains(id) || RatingColumns.isDate(id) || TrainingColumns.isDate(id);
  }

  public static String header(ImportKind kind, String id) {
    return find(kind, id).map(Column::header).orElse("");
  }

  private static Column unit(boolean required) {
    return Column.of(
            UNIT,
            "Đơn vị (xã, phường)",
            required,
            "Chọn trong danh sách (mã – tên), hoặc ghi mã xã, hoặc ghi tên xã nếu tên không trùng với"
                + " xã khác vào ngày bắt đầu giữ chức vụ; tên trùng thì ghi thêm tỉnh sau dấu phẩy"
                + " (ví dụ: Xã Nam Cường, Thái Nguyên).")
        .aliases("Đơn vị", "Xã, phường", "Mã xã", "Đơn vị công tác")
        .list("DonVi")
        .width(30)
        .fields("unitCode");
  }

  private static Column position(boolean required) {
    return Column.of(
            POSITION,
            "Chức vụ, chức danh",
            required,
            "Chọn trong danh sách (mã – tên) hoặc ghi mã; tên đầy đủ cũng được nếu không trùng.")
        .aliases("Chức vụ", "Chức danh", "Chức vụ hiện tại")
        .list("ChucVu")
        .width(34)
        .fields("positionCode", "concurrent");
  }

  private static Column decisionNumber(boolean required) {
    return Column.of(
            DEC_NUMBER, "Số quyết định", required, "Số quyết định giao chức vụ, ví dụ 125/QĐ-UBND.")
        .aliases("Số QĐ")
        .asText()
        .width(16)
        .fields("decision.number");
  }

  private static Column decisionDate(boolean required) {
    return Column.of(DEC_DATE, "Ngày quyết định", required, "Ngày ký quyết định." + DATE_NOTE)
        .aliases("Ngày QĐ", "Ngày ký")
        .width(12)
        .fields("decision.date");
  }

  private static Column decisionIssuer(boolean required) {
    return Column.of(
            DEC_ISSUER,
            "Cơ quan ban hành",
            required,
            "Cơ quan ban hành quyết định, ví dụ UBND huyện Chợ Đồn.")
        .aliases("Cơ quan ra quyết định", "Nơi ban hành")
        .width(24)
        .fields("decision.issuer");
  }

  private static Column decisionKind(boolean required) {
    return Column.of(
            DEC_KIND,
            "Loại quyết định",
            required,
            "Tuyển dụng, Bổ nhiệm, Bầu/phê chuẩn, Điều động, Luân chuyển, Biệt phái, Kiêm nhiệm;"
                + (required ? "" : " bỏ trống: Bổ nhiệm.")
                + " Điều động, luân chuyển kết thúc chức vụ chính đang giữ vào ngày hôm trước.")
        .aliases("Loại QĐ", "Hình thức")
        .list("LoaiQuyetDinh")
        .width(16)
        .fields("decision.kind");
  }
}
