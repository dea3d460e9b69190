package vn.cbcs.reports.web;

import java.time.LocalDate;
import java.util.List;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.reports.jobs.ReportJob;
import vn.cbcs.reports.quality.QualityTable;
import vn.cbcs.reports.review.ReviewData;
import vn.cbcs.reports.review.ReviewKind;
import vn.cbcs.resolutions.Resolution;

/** What the report pages show. */
public final class ReportPages {

  private ReportPages() {}

  /** The reports page: the quality table form, the resolutions to review, the user's jobs. */
  public record Index(
      LocalDate today,
      List<Resolution> resolutions,
      List<ReportJob> jobs,
      List<vn.cbcs.indicators.QuickDates.QuickDate> quickDates) {}

  /**
   * The quality page: the form, and for a scope either the table (small) or the offer to make it in
   * the background (large).
   */
  public record Quality(
      String unit,
      LocalDate asOf,
      String unitOn,
      IndicatorScope scope,
      boolean large,
      QualityTable table) {

    public String query() {
      return "unit="
          + (unit == null
              ? ""
              : java.net.URLEncoder.encode(unit, java.nio.charset.StandardCharsets.UTF_8))
          + "&asOf="
          + asOf
          + (unitOn == null || unitOn.isBlank() ? "" : "&unitOn=" + unitOn);
    }

    public String unitLabel() {
      return scope == null ? "" : scope.national() ? null : scope.unit().fullName();
    }
  }

  /** The review page of a resolution: the form with the period's defaults filled in. */
  public record Review(
      Resolution resolution,
      ReviewKind kind,
      LocalDate from,
      LocalDate to,
      String body,
      boolean large,
      List<ReviewKind> kinds) {

    public String query() {
      return "kind=" + kind.slug() + "&from=" + from + "&to=" + to + "&body=" + body;
    }
  }

  /** A background job's page (and its progress fragment). */
  public record Job(ReportJob job, QualityTable quality, ReviewData review) {

    public boolean running() {
      return !job.status().finished();
    }
  }
}
