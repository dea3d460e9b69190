package vn.cbcs.standards;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A rule row: what it applies to, its value, its effective period and legal source. See the V9
 * migration for the meaning of {@code subject}, {@code condition} and {@code criterion} per kind.
 */
public record StandardRule(
    long id,
    String kind,
    String subject,
    String condition,
    String criterion,
    String value,
    LocalDate deadline,
    String scope,
    LocalDate validFrom,
    LocalDate validTo,
    String legalSource,
    String confidence,
    String note,
    String recordedBy,
    Instant recordedAt,
    Instant supersededAt,
    String supersededBy) {

  public static final String QUOTA = "QUOTA";
  public static final String DEFAULT_QUOTA = "DEFAULT_QUOTA";
  public static final String PROVINCE_LIMIT = "PROVINCE_LIMIT";
  public static final String STANDARD = "STANDARD";
  public static final String EXCEPTION = "EXCEPTION";
  public static final String TRANSITION = "TRANSITION";
  public static final String QUOTA_ADJUST = "QUOTA_ADJUST";
  public static final String POPULATION_NORM = "POPULATION_NORM";
  public static final String TERM = "TERM";

  public boolean inForceOn(LocalDate date) {
    return (validFrom == null || !validFrom.isAfter(date))
        && (validTo == null || !validTo.isBefore(date));
  }

  public boolean current() {
    return supersededAt == null;
  }

  /**
   * The source as cited to users: document and article. The confidence of the reading (H, M, L) is
   * a field of its own, named on the rules page, never a tag in the text.
   */
  public String citation() {
    return legalSource;
  }

  /** Whether the reading of the source is to be verified (confidence medium or low). */
  public boolean toVerify() {
    return !"H".equals(confidence);
  }
}
