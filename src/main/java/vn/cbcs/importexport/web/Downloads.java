package vn.cbcs.importexport.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** xlsx downloads, written straight to the response (large exports never sit in memory). */
final class Downloads {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Downloads() {}

  static ResponseEntity<StreamingResponseBody> xlsx(
      String asciiName, String name, StreamingResponseBody body) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition(asciiName, name))
        .body(body);
  }

  /** RFC 6266: an ASCII name for every client, the Vietnamese one in {@code filename*}. */
  static String disposition(String ascii, String name) {
    StringBuilder b = new StringBuilder();
    for (byte x : name.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (Character.isLetterOrDigit(c) && c < 128 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c));
      }
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + b;
  }
}
