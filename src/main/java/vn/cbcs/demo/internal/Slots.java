package vn.cbcs.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The posts of one commune before 1-7-2025: the 11 elected cadre posts and the civil-servant titles
 * up to the commune's quota (NĐ 34/2019: 23/21/19 for classes I/II/III), less a few vacancies.
 */
final class Slots {

  static final Set<String> PARTY = Set.of("BI_THU_DANG_UY_XA", "PHO_BI_THU_DANG_UY_XA");
  static final Set<String> COUNCIL =
      Set.of(
          "CHU_TICH_HDND_XA", "PHO_CHU_TICH_HDND_XA", "CHU_TICH_UBND_XA", "PHO_CHU_TICH_UBND_XA");
  static final Set<String> MASS =
      Set.of(
          "CHU_TICH_MTTQ_XA",
          "BI_THU_DOAN_XA",
          "CHU_TICH_HOI_PHU_NU_XA",
          "CHU_TICH_HOI_NONG_DAN_XA",
          "CHU_TICH_HOI_CCB_XA");

  private Slots() {}

  static boolean cadre(String position) {
    return PARTY.contains(position) || COUNCIL.contains(position) || MASS.contains(position);
  }

  /**
   * @param unitType XA, PHUONG or THI_TRAN (the land title differs for xã)
   * @param quota NĐ 34/2019 quota of the commune's class
   * @param chairOfCouncilIsSecretary the Bí thư holds the council chair as a concurrent post
   */
  static List<String> of(
      String unitType, int quota, boolean chairOfCouncilIsSecretary, int vacancies, Random r) {
    List<String> slots =
        new ArrayList<>(
            List.of(
                "BI_THU_DANG_UY_XA",
                "PHO_BI_THU_DANG_UY_XA",
                "PHO_CHU_TICH_HDND_XA",
                "CHU_TICH_UBND_XA",
                "PHO_CHU_TICH_UBND_XA",
                "CHU_TICH_MTTQ_XA",
                "BI_THU_DOAN_XA",
                "CHU_TICH_HOI_PHU_NU_XA",
                "CHU_TICH_HOI_NONG_DAN_XA",
                "CHU_TICH_HOI_CCB_XA"));
    if (!chairOfCouncilIsSecretary) {
      slots.add("CHU_TICH_HDND_XA");
    }
    if (quota >= 23) {
      slots.add("PHO_CHU_TICH_UBND_XA");
    }
    String land = "XA".equals(unitType) ? "DIA_CHINH_XA" : "DIA_CHINH_PHUONG";
    slots.add("CHI_HUY_TRUONG_QS_XA");
    if (!"PHUONG".equals(unitType)) {
      // a phường always had regular police; the title was of xã and thị trấn only (§13.6)
      slots.add("TRUONG_CONG_AN_XA");
    }
    slots.addAll(
        List.of(
            "VAN_PHONG_THONG_KE", land, "TAI_CHINH_KE_TOAN", "TU_PHAP_HO_TICH", "VAN_HOA_XA_HOI"));
    List<String> more =
        List.of(
            "VAN_PHONG_THONG_KE",
            land,
            "VAN_HOA_XA_HOI",
            "TU_PHAP_HO_TICH",
            "TAI_CHINH_KE_TOAN",
            "VAN_PHONG_THONG_KE",
            land,
            "VAN_HOA_XA_HOI");
    int target = quota - vacancies;
    for (int i = 0; slots.size() < target && i < more.size(); i++) {
      slots.add(more.get(i));
    }
    return slots;
  }
}
