package vn.cbcs.indicators;

/**
 * One member of an indicator's denominator.
 *
 * @param id the person id, or the commune code for indicators over communes
 * @param communeCode the commune the member is counted in
 * @param positionCode the main post held (people only)
 * @param detailVi what decided the numerator (e.g. "Chuyên môn: Đại học"), in Vietnamese
 * @param detailEn the same in English
 * @param deadline for "meets the standard": the one deadline of the person's posts when below it
 *     (the compliance engine's), else null
 * @param overdue whether that deadline has been reached
 */
public record Member(
    String id,
    String name,
    String communeCode,
    String communeName,
    String positionCode,
    boolean inNumerator,
    String detailVi,
    String detailEn,
    java.time.LocalDate deadline,
    boolean overdue) {

  public Member(
      String id,
      String name,
      String communeCode,
      String communeName,
      String positionCode,
      boolean inNumerator,
      String detailVi,
      String detailEn) {
    this(
        id,
        name,
        communeCode,
        communeName,
        positionCode,
        inNumerator,
        detailVi,
        detailEn,
        null,
        false);
  }

  public String detail(String lang) {
    return "en".equals(lang) ? detailEn : detailVi;
  }
}
