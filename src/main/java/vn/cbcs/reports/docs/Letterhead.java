package vn.cbcs.reports.docs;

import java.util.Locale;

/**
 * The issuing body of an official document as the left of its header block shows it (NĐ 30/2020,
 * Phụ lục I): the body above it, if any, in capitals; the body itself in bold capitals; and the
 * place name of the date line ("Thái Nguyên, ngày … tháng … năm …").
 *
 * @param parent e.g. "UBND TỈNH THÁI NGUYÊN"; null when the body has none shown
 * @param body e.g. "SỞ NỘI VỤ"
 * @param place e.g. "Thái Nguyên"; null when unknown (dots are printed)
 * @param abbreviation of the body in the number ("BC-UBND", "BC-SNV")
 * @param signerAuthority the line above the signer's title ("TM. ỦY BAN NHÂN DÂN"); null if none
 * @param signerTitle e.g. "CHỦ TỊCH", "GIÁM ĐỐC"
 */
public record Letterhead(
    String parent,
    String body,
    String place,
    String abbreviation,
    String signerAuthority,
    String signerTitle) {

  static final Locale VI = Locale.forLanguageTag("vi");

  public static String upper(String s) {
    return s == null ? null : s.toUpperCase(VI);
  }

  /** One line of the left of the header block. */
  public record Line(String text, boolean bold) {}

  /** The parent body (plain), then the body's own lines (bold); the last one is underlined. */
  public java.util.List<Line> lines() {
    java.util.List<Line> lines = new java.util.ArrayList<>();
    if (parent != null) {
      lines.add(new Line(parent, false));
    }
    for (String l : body.split("\n")) {
      lines.add(new Line(l, true));
    }
    return lines;
  }

  /** "Thái Nguyên" or dots where the place is unknown. */
  public String placeOrDots() {
    return place == null ? "……………" : place;
  }
}
