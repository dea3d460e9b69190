package vn.cbcs.demo.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the staff of the old communes go in the new commune on 1-7-2025 (REGULATIONS.md §1.4): each
 * old post has an ordered list of new posts; the first with a free seat is taken. Single seats
 * (chairs, heads of divisions) are filled by the most senior first.
 */
final class NewPosts {

  private static final Map<String, Integer> CAPS =
      Map.ofEntries(
          Map.entry("PHO_BI_THU_DANG_UY", 2),
          Map.entry("UY_VIEN_BTV_DANG_UY", 3),
          Map.entry("PHO_CHU_TICH_UBND", 3),
          Map.entry("PHO_CHU_TICH_HDND", 1),
          Map.entry("TRUONG_BAN_HDND", 2),
          Map.entry("PHO_TRUONG_BAN_HDND", 2),
          Map.entry("PHO_CHU_TICH_UBMTTQ", 3),
          Map.entry("PHO_CHU_NHIEM_UBKT_DANG_UY", 2),
          Map.entry("PHO_TRUONG_BAN_XAY_DUNG_DANG", 2),
          Map.entry("PHO_CHANH_VAN_PHONG_DANG_UY", 2),
          Map.entry("PHO_CHANH_VAN_PHONG_HDND_UBND", 2),
          Map.entry("PHO_TRUONG_PHONG_KINH_TE", 2),
          Map.entry("PHO_TRUONG_PHONG_KT_HT_DO_THI", 2),
          Map.entry("PHO_TRUONG_PHONG_VH_XH", 2),
          Map.entry("PHO_GIAM_DOC_TT_PVHCC", 2));

  private static final List<String> HEADS =
      List.of(
          "CHANH_VAN_PHONG_HDND_UBND",
          "ECONOMY_HEAD",
          "TRUONG_PHONG_VH_XH",
          "GIAM_DOC_TT_PVHCC",
          "PHO_CHANH_VAN_PHONG_HDND_UBND",
          "ECONOMY_DEPUTY",
          "PHO_TRUONG_PHONG_VH_XH",
          "PHO_GIAM_DOC_TT_PVHCC");

  private static final Map<String, List<String>> CHOICES =
      Map.ofEntries(
          Map.entry(
              "BI_THU_DANG_UY_XA",
              List.of(
                  "BI_THU_DANG_UY",
                  "PHO_BI_THU_DANG_UY",
                  "UY_VIEN_BTV_DANG_UY",
                  "CHU_NHIEM_UBKT_DANG_UY",
                  "TRUONG_BAN_XAY_DUNG_DANG",
                  "CHANH_VAN_PHONG_DANG_UY",
                  "GIAM_DOC_TT_CHINH_TRI",
                  "PHO_TRUONG_BAN_XAY_DUNG_DANG")),
          Map.entry(
              "PHO_BI_THU_DANG_UY_XA",
              List.of(
                  "PHO_BI_THU_DANG_UY",
                  "UY_VIEN_BTV_DANG_UY",
                  "CHU_NHIEM_UBKT_DANG_UY",
                  "TRUONG_BAN_XAY_DUNG_DANG",
                  "CHANH_VAN_PHONG_DANG_UY",
                  "GIAM_DOC_TT_CHINH_TRI",
                  "PHO_CHU_NHIEM_UBKT_DANG_UY",
                  "PHO_TRUONG_BAN_XAY_DUNG_DANG",
                  "PHO_CHANH_VAN_PHONG_DANG_UY")),
          Map.entry("CHU_TICH_UBND_XA", List.of("CHU_TICH_UBND", "PHO_CHU_TICH_UBND", "HEADS")),
          Map.entry("PHO_CHU_TICH_UBND_XA", List.of("PHO_CHU_TICH_UBND", "HEADS")),
          Map.entry(
              "CHU_TICH_HDND_XA",
              List.of(
                  "CHU_TICH_HDND", "PHO_CHU_TICH_HDND", "TRUONG_BAN_HDND", "PHO_TRUONG_BAN_HDND")),
          Map.entry(
              "PHO_CHU_TICH_HDND_XA",
              List.of("PHO_CHU_TICH_HDND", "TRUONG_BAN_HDND", "PHO_TRUONG_BAN_HDND")),
          Map.entry("CHU_TICH_MTTQ_XA", List.of("CHU_TICH_UBMTTQ", "PHO_CHU_TICH_UBMTTQ")),
          Map.entry("BI_THU_DOAN_XA", List.of("BI_THU_DOAN", "PHO_CHU_TICH_UBMTTQ")),
          Map.entry(
              "CHU_TICH_HOI_PHU_NU_XA", List.of("CHU_TICH_HOI_PHU_NU", "PHO_CHU_TICH_UBMTTQ")),
          Map.entry(
              "CHU_TICH_HOI_NONG_DAN_XA", List.of("CHU_TICH_HOI_NONG_DAN", "PHO_CHU_TICH_UBMTTQ")),
          Map.entry("CHU_TICH_HOI_CCB_XA", List.of("CHU_TICH_HOI_CCB", "PHO_CHU_TICH_UBMTTQ")),
          Map.entry(
              "CHI_HUY_TRUONG_QS_XA",
              List.of("CHI_HUY_TRUONG_QS", "VTVL_KT_NONG_NGHIEP_MOI_TRUONG")),
          Map.entry(
              "VAN_PHONG_THONG_KE",
              List.of("VTVL_VP_HANH_CHINH_TONG_HOP", "VTVL_VP_VAN_THU_LUU_TRU")),
          Map.entry(
              "DIA_CHINH_XA",
              List.of(
                  "VTVL_KT_DIA_CHINH",
                  "VTVL_KT_XAY_DUNG_CONG_THUONG",
                  "VTVL_KT_NONG_NGHIEP_MOI_TRUONG")),
          Map.entry(
              "DIA_CHINH_PHUONG", List.of("VTVL_KT_DIA_CHINH", "VTVL_KT_XAY_DUNG_CONG_THUONG")),
          Map.entry("TAI_CHINH_KE_TOAN", List.of("VTVL_KT_TAI_CHINH_KE_HOACH", "VTVL_VP_KE_TOAN")),
          Map.entry("TU_PHAP_HO_TICH", List.of("VTVL_VP_TU_PHAP_HO_TICH")),
          Map.entry(
              "VAN_HOA_XA_HOI",
              List.of(
                  "VTVL_VHXH_VAN_HOA_THONG_TIN",
                  "VTVL_VHXH_LAO_DONG_XA_HOI",
                  "VTVL_VHXH_NOI_VU",
                  "VTVL_VHXH_Y_TE",
                  "VTVL_VHXH_GIAO_DUC",
                  "VTVL_TTPVHCC_MOT_CUA")));

  /** Seniority of an old post: the most senior take single seats first. */
  static int seniority(String oldPosition) {
    List<String> order =
        List.of(
            "BI_THU_DANG_UY_XA",
            "CHU_TICH_UBND_XA",
            "CHU_TICH_HDND_XA",
            "PHO_BI_THU_DANG_UY_XA",
            "CHU_TICH_MTTQ_XA",
            "PHO_CHU_TICH_UBND_XA",
            "PHO_CHU_TICH_HDND_XA",
            "BI_THU_DOAN_XA",
            "CHU_TICH_HOI_PHU_NU_XA",
            "CHU_TICH_HOI_NONG_DAN_XA",
            "CHU_TICH_HOI_CCB_XA",
            "CHI_HUY_TRUONG_QS_XA");
    int i = order.indexOf(oldPosition);
    return i < 0 ? order.size() : i;
  }

  private final boolean ward;
  private final Map<String, Integer> taken = new HashMap<>();

  /**
   * @param unitType type of the new commune (PHUONG has its own economy division)
   */
  NewPosts(String unitType) {
    this.ward = "PHUONG".equals(unitType);
  }

  /** The new post of someone who held {@code oldPosition}. */
  String place(String oldPosition) {
    for (String choice : CHOICES.getOrDefault(oldPosition, List.of())) {
      List<String> options = "HEADS".equals(choice) ? HEADS : List.of(choice);
      for (String option : options) {
        String code = resolve(option);
        if (free(code)) {
          taken.merge(code, 1, Integer::sum);
          return code;
        }
      }
    }
    return "VTVL_VP_HANH_CHINH_TONG_HOP";
  }

  /** A single-seat leadership post still free, or null. */
  String freeHead() {
    for (String option : HEADS) {
      String code = resolve(option);
      if (!code.startsWith("PHO_") && free(code)) {
        taken.merge(code, 1, Integer::sum);
        return code;
      }
    }
    return null;
  }

  private String resolve(String option) {
    return switch (option) {
      case "ECONOMY_HEAD" -> ward ? "TRUONG_PHONG_KT_HT_DO_THI" : "TRUONG_PHONG_KINH_TE";
      case "ECONOMY_DEPUTY" -> ward ? "PHO_TRUONG_PHONG_KT_HT_DO_THI" : "PHO_TRUONG_PHONG_KINH_TE";
      default -> option;
    };
  }

  private boolean free(String code) {
    if (code.startsWith("VTVL_")) {
      return true;
    }
    int cap = CAPS.getOrDefault(code, 1);
    return taken.getOrDefault(code, 0) < cap;
  }

  /** Frees a seat (the holder retired). */
  void release(String code) {
    taken.computeIfPresent(code, (k, v) -> v > 1 ? v - 1 : null);
  }
}
