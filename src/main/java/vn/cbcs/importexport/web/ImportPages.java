package vn.cbcs.importexport.web;

import java.util.List;
import vn.cbcs.importexport.ImportKind;
import vn.cbcs.importexport.ImportMode;
import vn.cbcs.importexport.ImportReport;
import vn.cbcs.importexport.RowOutcome;
import vn.cbcs.importexport.RowReport;

/** What the import pages show. */
public final class ImportPages {

  private ImportPages() {}

  /** The imports page: templates, the upload form, past imports. */
  public record Index(
      List<ImportReport> imports,
      boolean canImport,
      String error,
      List<ImportKind> kinds,
      List<ImportMode> modes) {}

  /** One import: its progress or report, the rows of one outcome, what the user may do. */
  public record Show(
      ImportReport report,
      RowOutcome outcome,
      List<RowReport> rows,
      boolean canImport,
      int shownLimit) {

    public boolean running() {
      return report.status().running();
    }

    public String tab(RowOutcome o) {
      return "/imports/" + report.id() + (o == null ? "" : "?outcome=" + o.name());
    }

    public int count(RowOutcome o) {
      return switch (o) {
        case NEW -> report.accepted();
        case UPDATED -> report.updated();
        case UNCHANGED -> report.unchanged();
        case REJECTED -> report.rejected();
      };
    }
  }
}
