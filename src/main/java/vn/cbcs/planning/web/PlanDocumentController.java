package vn.cbcs.planning.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cbcs.planning.PlanDocument;
import vn.cbcs.planning.PlanDocuments;
import vn.cbcs.platform.Actor;

/**
 * The planning list of a plan and the report of its annual review as DOCX and PDF ({@link
 * PlanDocuments}; who may read the plan may download them).
 */
@Controller
class PlanDocumentController {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final PlanDocuments documents;

  PlanDocumentController(PlanDocuments documents) {
    this.documents = documents;
  }

  @GetMapping("/plans/{id}/list.docx")
  ResponseEntity<byte[]> listDocx(@PathVariable long id, Actor actor) {
    PlanDocument d = documents.list(id, actor);
    return file(PlanDocumentDocx.write(d), MediaType.parseMediaType(DOCX), d.fileName() + ".docx");
  }

  @GetMapping("/plans/{id}/list.pdf")
  ResponseEntity<byte[]> listPdf(@PathVariable long id, Actor actor) {
    PlanDocument d = documents.list(id, actor);
    return file(PlanDocumentPdf.write(d), MediaType.APPLICATION_PDF, d.fileName() + ".pdf");
  }

  @GetMapping("/plans/{id}/reviews/{year}/report.docx")
  ResponseEntity<byte[]> reviewDocx(@PathVariable long id, @PathVariable int year, Actor actor) {
    PlanDocument d = documents.reviewReport(id, year, actor);
    return file(PlanDocumentDocx.write(d), MediaType.parseMediaType(DOCX), d.fileName() + ".docx");
  }

  @GetMapping("/plans/{id}/reviews/{year}/report.pdf")
  ResponseEntity<byte[]> reviewPdf(@PathVariable long id, @PathVariable int year, Actor actor) {
    PlanDocument d = documents.reviewReport(id, year, actor);
    return file(PlanDocumentPdf.write(d), MediaType.APPLICATION_PDF, d.fileName() + ".pdf");
  }

  private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(bytes);
  }
}
