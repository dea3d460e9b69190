package vn.cbcs.importexport.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.cbcs.importexport.ImportKind;
import vn.cbcs.importexport.ImportMode;
import vn.cbcs.importexport.ImportReport;
import vn.cbcs.importexport.ImportStatus;
import vn.cbcs.importexport.ImportTemplates;
import vn.cbcs.importexport.Imports;
import vn.cbcs.importexport.RowOutcome;
import vn.cbcs.importexport.RowReport;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;

/** Excel imports for scripts: upload, report, commit, error report, templates. */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Nhập Excel / Excel import")
class ImportApiController {

  private static final int MAX_ROWS_LISTED = 10_000;

  private final Imports imports;
  private final ImportTemplates templates;

  ImportApiController(Imports imports, ImportTemplates templates) {
    this.imports = imports;
    this.templates = templates;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Upload an xlsx: dry run (default) or commit; answers the report when done",
      description =
          "kind=PEOPLE|QUALIFICATIONS|ASSIGNMENTS, dryRun=true|false, mode=partial|all-or-nothing."
              + " Waits for the report (202 with the progress if still running: poll GET"
              + " /api/imports/{id}); 422 when the file or, all or nothing, a row was refused.")
  ResponseEntity<Map<String, Object>> upload(
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String kind,
      @RequestParam(defaultValue = "true") boolean dryRun,
      @RequestParam(required = false) String mode,
      Actor actor)
      throws IOException {
    actor.require(Capability.IMPORT);
    if (file == null || file.isEmpty()) {
      throw new BadRequestException("file", "import.file.empty");
    }
    ImportReport r =
        imports.submit(
            file.getBytes(),
            file.getOriginalFilename(),
            ImportKind.parse("kind", kind),
            ImportMode.parse("mode", mode),
            dryRun,
            actor);
    return answer(imports.await(r.id(), imports.apiWait(), actor), actor);
  }

  @GetMapping
  @Operation(summary = "The latest imports, newest first")
  List<ImportReport> list(@RequestParam(defaultValue = "50") int limit, Actor actor) {
    return imports.recent(limit, actor);
  }

  @GetMapping("/{id}")
  @Operation(summary = "An import, running or finished, with its rejected rows")
  ResponseEntity<Map<String, Object>> one(@PathVariable long id, Actor actor) {
    return ResponseEntity.ok(json(imports.require(id, actor), actor));
  }

  @GetMapping("/{id}/rows")
  @Operation(summary = "Every row of the latest run (outcome=NEW|UPDATED|UNCHANGED|REJECTED)")
  List<RowReport> rows(
      @PathVariable long id,
      @RequestParam(required = false) String outcome,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "1000") int limit,
      Actor actor) {
    imports.require(id, actor);
    RowOutcome o = null;
    if (outcome != null && !outcome.isBlank()) {
      try {
        o = RowOutcome.valueOf(outcome.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("outcome", "error.parameter.invalid", "outcome", outcome);
      }
    }
    return imports.rows(id, o, offset, Math.min(limit, MAX_ROWS_LISTED), actor);
  }

  @PostMapping("/{id}/commit")
  @Operation(summary = "Commit a dry run (409 unless its report is ready)")
  ResponseEntity<Map<String, Object>> commit(@PathVariable long id, Actor actor) {
    imports.commit(id, actor);
    return answer(imports.await(id, imports.apiWait(), actor), actor);
  }

  @PostMapping("/{id}/cancel")
  @Operation(summary = "Stop a running import; nothing of it is written")
  ResponseEntity<Map<String, Object>> cancel(@PathVariable long id, Actor actor) {
    imports.cancel(id, actor);
    return ResponseEntity.ok(json(imports.require(id, actor), actor));
  }

  @GetMapping("/{id}/errors.xlsx")
  @Operation(summary = "The rejected rows with a reason column, to fix and send again")
  ResponseEntity<StreamingResponseBody> errors(@PathVariable long id, Actor actor) {
    ImportReport r = imports.require(id, actor);
    return Downloads.xlsx(
        "loi-nhap-" + id + ".xlsx",
        "Lỗi nhập " + id + " - " + r.fileName().replaceAll("(?i)\\.xlsx$", "") + ".xlsx",
        out -> imports.writeErrors(id, out, actor));
  }

  @GetMapping("/{id}/file")
  @Operation(summary = "The file as it was sent (kept with every import)")
  ResponseEntity<StreamingResponseBody> file(@PathVariable long id, Actor actor) {
    ImportReport r = imports.require(id, actor);
    byte[] bytes = imports.file(id, actor);
    return Downloads.xlsx("nhap-" + id + ".xlsx", r.fileName(), out -> out.write(bytes));
  }

  @GetMapping("/templates/{kind}")
  @Operation(summary = "The xlsx template of a kind (PEOPLE, QUALIFICATIONS, ASSIGNMENTS, RATINGS)")
  ResponseEntity<StreamingResponseBody> template(@PathVariable String kind, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    ImportKind k = ImportKind.parse("kind", kind);
    return Downloads.xlsx(
        ImportTemplates.fileName(k),
        ImportTemplates.displayName(k),
        out -> templates.write(k, out));
  }

  private ResponseEntity<Map<String, Object>> answer(ImportReport r, Actor actor) {
    HttpStatus status =
        r.status().running()
            ? HttpStatus.ACCEPTED
            : r.status() == ImportStatus.REFUSED || r.status() == ImportStatus.FAILED
                ? HttpStatus.UNPROCESSABLE_CONTENT
                : HttpStatus.OK;
    return ResponseEntity.status(status).body(json(r, actor));
  }

  /** The report: counts, and each rejected row with its reasons (at most 10,000 listed). */
  private Map<String, Object> json(ImportReport r, Actor actor) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("kind", r.kind());
    m.put("mode", r.mode());
    m.put("dryRun", r.dryRun());
    m.put("status", r.status());
    m.put("fileName", r.fileName());
    m.put("sheet", r.sheet());
    m.put("createdBy", r.createdBy());
    m.put("createdAt", r.createdAt());
    m.put("finishedAt", r.finishedAt());
    m.put("committedBy", r.committedBy());
    m.put("committedAt", r.committedAt());
    m.put("rowsRead", r.rowsRead());
    m.put("rowsValidated", r.rowsValidated());
    m.put("rowsCommitted", r.rowsCommitted());
    m.put("accepted", r.accepted());
    m.put("updated", r.updated());
    m.put("unchanged", r.unchanged());
    m.put("rejected", r.rejected());
    m.put("message", r.message());
    m.put("messageEn", r.messageEn());
    m.put(
        "rejectedRows",
        r.status().running()
            ? List.of()
            : imports.rows(r.id(), RowOutcome.REJECTED, 0, MAX_ROWS_LISTED, actor));
    m.put("errorReport", r.rejected() > 0 ? "/api/imports/" + r.id() + "/errors.xlsx" : null);
    return m;
  }
}
