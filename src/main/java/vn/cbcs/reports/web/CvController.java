package vn.cbcs.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cbcs.audit.AuditLog;
import vn.cbcs.audit.ReadKind;
import vn.cbcs.people.People;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.reports.CvDocuments;

/**
 * Downloads of the CV printout: {@code /people/{id}/cv.pdf} for people signed in (the links of the
 * person page), {@code /api/people/{id}/cv.pdf} for scripts (HTTP Basic); both also as {@code
 * .docx}. {@code asOf} is optional (today in Vietnam), ISO or dd/MM/yyyy.
 */
@RestController
@Tag(name = "Sơ yếu lý lịch / CV printout")
class CvController {

  private final CvDocuments documents;
  private final People people;
  private final AuditLog audit;

  CvController(CvDocuments documents, People people, AuditLog audit) {
    this.documents = documents;
    this.people = people;
    this.audit = audit;
  }

  @GetMapping({"/people/{id}/cv.pdf", "/api/people/{id}/cv.pdf"})
  @Operation(
      summary = "The CV (form of TT 06/2023/TT-BNV) as PDF, as of a date",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      mediaType = CvDocuments.PDF,
                      schema = @Schema(type = "string", format = "binary"))))
  ResponseEntity<byte[]> pdf(
      @PathVariable long id, @RequestParam(required = false) String asOf, Actor actor) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    String name = people.require(id, actor).fullName();
    byte[] pdf = documents.pdf(id, date, actor);
    audit.read(id, ReadKind.CV_PDF, people.masksSensitive(id, actor), actor);
    return download(pdf, CvDocuments.PDF, id, name, date, "pdf");
  }

  @GetMapping({"/people/{id}/cv.docx", "/api/people/{id}/cv.docx"})
  @Operation(
      summary = "The CV (form of TT 06/2023/TT-BNV) as DOCX, as of a date",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      mediaType = CvDocuments.DOCX,
                      schema = @Schema(type = "string", format = "binary"))))
  ResponseEntity<byte[]> docx(
      @PathVariable long id, @RequestParam(required = false) String asOf, Actor actor) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    String name = people.require(id, actor).fullName();
    byte[] docx = documents.docx(id, date, actor);
    audit.read(id, ReadKind.CV_DOCX, people.masksSensitive(id, actor), actor);
    return download(docx, CvDocuments.DOCX, id, name, date, "docx");
  }

  private static ResponseEntity<byte[]> download(
      byte[] body, String type, long id, String name, LocalDate asOf, String extension) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type))
        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(id, name, asOf, extension))
        .body(body);
  }

  /**
   * {@code attachment; filename="so-yeu-ly-lich-12-2026-01-01.pdf";
   * filename*=UTF-8''S%C6%A1%20y%E1%BA%BFu…} (RFC 6266): an ASCII name for every client, and the
   * person's name for those that read {@code filename*}.
   */
  static String contentDisposition(long id, String name, LocalDate asOf, String extension) {
    String ascii = "so-yeu-ly-lich-" + id + "-" + asOf + "." + extension;
    String safeName = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
    String utf8 = "Sơ yếu lý lịch - " + safeName + " - " + asOf + "." + extension;
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(utf8);
  }

  /** RFC 5987 percent-encoding: attr-chars stay, every other byte of the UTF-8 form is %XX. */
  static String encode(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (Character.isLetterOrDigit(c) && c < 128 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c));
      }
    }
    return b.toString();
  }
}
