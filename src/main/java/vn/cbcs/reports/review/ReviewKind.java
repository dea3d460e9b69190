package vn.cbcs.reports.review;

import java.util.Arrays;
import vn.cbcs.platform.BadRequestException;

/** A mid-term review (sơ kết) or a final review (tổng kết) of a resolution. */
public enum ReviewKind {
  SO_KET("so-ket", "Sơ kết", "sơ kết"),
  TONG_KET("tong-ket", "Tổng kết", "tổng kết");

  private final String slug;
  private final String title;
  private final String lower;

  ReviewKind(String slug, String title, String lower) {
    this.slug = slug;
    this.title = title;
    this.lower = lower;
  }

  /** As written in addresses: {@code so-ket}, {@code tong-ket}. */
  public String slug() {
    return slug;
  }

  /** "Sơ kết" */
  public String title() {
    return title;
  }

  /** "sơ kết" */
  public String lower() {
    return lower;
  }

  public String messageKey() {
    return "report.review.kind." + slug;
  }

  /** From the address; blank means a mid-term review. */
  public static ReviewKind parse(String value) {
    if (value == null || value.isBlank()) {
      return SO_KET;
    }
    return Arrays.stream(values())
        .filter(
            k -> k.slug.equalsIgnoreCase(value.trim()) || k.name().equalsIgnoreCase(value.trim()))
        .findFirst()
        .orElseThrow(() -> new BadRequestException("kind", "report.review.kind.invalid", value));
  }
}
