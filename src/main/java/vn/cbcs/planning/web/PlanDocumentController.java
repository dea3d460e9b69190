package vn.cbcs.planning.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cbcs.planning.PlanDocument;
import vn.cbcs.planning.PlanDocuments;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.ListWorkbook;

/**
 * The planning list of a plan and the report of its annual review as DOCX and PDF ({@link
 * PlanDocuments}; who may read the plan may download them).
 */
@Controller
class PlanDocumentController {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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

  /** The candidates as an Excel list (platform.ListWorkbook): the columns of the planning list. */
  @GetMapping("/plans/{id}/candidates.xlsx")
  ResponseEntity<byte[]> candidatesXlsx(@PathVariable long id, Actor actor) throws IOException {
    PlanDocument d = documents.list(id, actor);
    PlanDocument.Section table = d.sections().get(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ListWorkbook.write(
        "Quy hoạch",
        d.title() + " — " + d.subtitle(),
        table.header().subList(1, table.header().size()),
        List.of(28, 10, 30, 30, 10, 16, 16, 40),
        table.rows().stream().map(r -> r.subList(1, r.size())).toList(),
        out);
    return file(out.toByteArray(), MediaType.parseMediaType(XLSX), d.fileName() + ".xlsx");
  }

  private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(bytes);
  }
}
