package vn.cbcs.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * A planning document laid out once and written as DOCX and PDF (issue 14, "documents"): the
 * issuing body's header (left) and the Party's national header with place and date (right), the
 * title, lines of text, sections with a table each, and the signature block.
 */
public record PlanDocument(
    String fileName,
    String issuerAbove,
    String issuer,
    String nationalHeader,
    String placeAndDate,
    String title,
    String subtitle,
    List<String> intro,
    List<Section> sections,
    List<String> closing,
    String signerTitle,
    String signer) {

  /** A heading with its table: header cells, relative column widths, rows. */
  public record Section(
      String heading, List<String> header, float[] widths, List<List<String>> rows) {}

  /**
   * "Thành Công, ngày 05 tháng 12 năm 2026" (NĐ 30/2020 Phụ lục I: day and month with two digits).
   */
  static String placeAndDate(String place, LocalDate d) {
    return String.format(
        "%s, ngày %02d tháng %02d năm %d",
        place, d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }
}
