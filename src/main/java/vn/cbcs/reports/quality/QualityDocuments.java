package vn.cbcs.reports.quality;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.platform.Actor;
import vn.cbcs.reports.jobs.Progress;
import vn.cbcs.reports.jobs.ReportFile;
import vn.cbcs.reports.jobs.ReportJob;
import vn.cbcs.reports.jobs.ReportJobs;

/**
 * The quality table as files: the worksheet and the PDF, from one computed table. Scopes of more
 * than {@code cbcs.reports.background-communes} communes (default 50: a province, the country) are
 * large: their pages make them in the background.
 */
@Service
public class QualityDocuments {

  private final QualityTables tables;
  private final QualityLabels labels;
  private final int backgroundCommunes;

  QualityDocuments(
      QualityTables tables,
      MessageSource messages,
      @Value("${cbcs.reports.background-communes:50}") int backgroundCommunes) {
    this.tables = tables;
    this.labels = new QualityLabels(messages);
    this.backgroundCommunes = backgroundCommunes;
  }

  public IndicatorScope scope(
      String unitCode, java.time.LocalDate asOf, java.time.LocalDate unitOn, Actor actor) {
    return tables.scope(unitCode, asOf, unitOn, actor);
  }

  public boolean large(IndicatorScope scope) {
    return scope.national() || scope.communes().size() > backgroundCommunes;
  }

  public ReportFile xlsx(QualityTable t) {
    return new ReportFile(fileName(t, "xlsx"), ReportFile.XLSX, new QualityXlsx(labels).write(t));
  }

  public ReportFile pdf(QualityTable t) {
    return new ReportFile(fileName(t, "pdf"), ReportFile.PDF, new QualityPdf(labels).write(t));
  }

  /** "chat-luong-cbcc-xa-19-2026-01-01.xlsx" ("toan-quoc" for the country). */
  static String fileName(QualityTable t, String extension) {
    String unit = t.unitCode().isEmpty() ? "toan-quoc" : t.unitCode();
    return "chat-luong-cbcc-xa-" + unit + "-" + t.asOf() + "." + extension;
  }

  /** The whole report as a background task: the table, then both files. */
  public ReportJobs.Task task(IndicatorScope scope, Actor actor) {
    return progress -> {
      QualityTable t = tables.table(scope, progress, actor);
      progress.update(70, "report.progress.xlsx");
      ReportFile xlsx = xlsx(t);
      progress.update(85, "report.progress.pdf");
      ReportFile pdf = pdf(t);
      return new ReportJob.Result(List.of(xlsx, pdf), t);
    };
  }

  public QualityTable table(IndicatorScope scope, Actor actor) {
    return tables.table(scope, Progress.NONE, actor);
  }
}
