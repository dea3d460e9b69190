package vn.cbcs.reports.jobs;

/** A generated document: its download name (ASCII), its media type and its bytes. */
public record ReportFile(String fileName, String contentType, byte[] bytes) {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String PDF = "application/pdf";

  /** The extension of the file name ("xlsx", "pdf", "docx"). */
  public String format() {
    return fileName.substring(fileName.lastIndexOf('.') + 1);
  }
}
