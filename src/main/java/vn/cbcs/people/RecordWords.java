package vn.cbcs.people;

import java.util.Map;

/**
 * The Vietnamese words of the record's codes as the CV form (TT 06/2023/TT-BNV) writes them:
 * relations of item 36 and discipline forms of item 35.2 (table {@code discipline_form}, V62). One
 * place for the CV printout and the change history.
 */
public final class RecordWords {

  private static final Map<String, String> RELATIONS =
      Map.of(
          "CHA", "Cha", "ME", "Mẹ", "VO", "Vợ", "CHONG", "Chồng", "CON", "Con", "ANH", "Anh", "CHI",
          "Chị", "EM", "Em");

  private static final Map<String, String> DISCIPLINES =
      Map.of(
          "KHIEN_TRACH", "Khiển trách",
          "CANH_CAO", "Cảnh cáo",
          "HA_BAC_LUONG", "Hạ bậc lương",
          "GIANG_CHUC", "Giáng chức",
          "CACH_CHUC", "Cách chức",
          "BAI_NHIEM", "Bãi nhiệm",
          "BUOC_THOI_VIEC", "Buộc thôi việc",
          "KHAI_TRU", "Khai trừ");

  private RecordWords() {}

  /** "Con" for CON; an unknown code as it is; null for null. */
  public static String relation(String code) {
    return code == null ? null : RELATIONS.getOrDefault(code, code);
  }

  /** "Khiển trách" for KHIEN_TRACH; an unknown code as it is; null for null. */
  public static String discipline(String code) {
    return code == null ? null : DISCIPLINES.getOrDefault(code, code);
  }
}
