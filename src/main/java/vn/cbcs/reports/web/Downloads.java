package vn.cbcs.reports.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.cbcs.reports.jobs.ReportFile;

/** A generated file as a download (RFC 6266 name, no caching of personal data). */
final class Downloads {

  private Downloads() {}

  static ResponseEntity<byte[]> of(ReportFile file) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\""
                + file.fileName()
                + "\"; filename*=UTF-8''"
                + CvController.encode(file.fileName()))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(file.bytes());
  }
}
