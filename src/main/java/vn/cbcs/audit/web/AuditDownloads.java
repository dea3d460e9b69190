package vn.cbcs.audit.web;

import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.cbcs.audit.AuditQuery;
import vn.cbcs.platform.AsOf;

/** The audit export as a download, written straight to the response. */
final class AuditDownloads {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private AuditDownloads() {}

  static ResponseEntity<StreamingResponseBody> xlsx(AuditQuery q, StreamingResponseBody body) {
    LocalDate today = AsOf.today();
    String name =
        "nhat-ky-kiem-tra-" + (q.personId() == null ? "" : "ho-so-" + q.personId() + "-") + today;
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".xlsx\"")
        .body(body);
  }
}
