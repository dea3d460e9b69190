package vn.cbcs.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.cbcs.audit.AuditEvent;
import vn.cbcs.audit.AuditLog;
import vn.cbcs.audit.AuditQuery;
import vn.cbcs.platform.Actor;

/** The audit log as JSON, for administrators and inspectors. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Nhật ký kiểm tra / Audit log")
class AuditApiController {

  private final AuditLog audit;

  AuditApiController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping
  @Operation(
      summary =
          "Events, newest first, filtered by person, user, unit (subtree), from/to (dates),"
              + " kind (INSERT, UPDATE, DELETE, TRUNCATE, READ, EXPORT, BACKUP, RESTORE, VERIFY,"
              + " or WRITE / ACCESS), table")
  Map<String, Object> search(
      @RequestParam Map<String, String> params,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size,
      Actor actor) {
    AuditLog.Page p = audit.search(AuditFilters.query(params), page, size, actor);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", p.events());
    body.put("page", p.page());
    body.put("size", p.size());
    body.put("hasNext", p.hasNext());
    return body;
  }

  @GetMapping("/people/{id}")
  @Operation(summary = "Who read or changed a person's record, and when (newest first)")
  List<AuditEvent> person(
      @PathVariable long id, @RequestParam(defaultValue = "100") int limit, Actor actor) {
    return audit.accessesOf(id, Math.min(Math.max(limit, 1), 500), actor);
  }

  @GetMapping("/verify")
  @Operation(
      summary =
          "Verify the hash chain twice: recomputed by CBCS (java) and by the database"
              + " (audit_verify_from); ok only if both agree. From the last checkpoint (what was"
              + " sealed since), or with full=true from the beginning")
  Map<String, Object> verify(@RequestParam(defaultValue = "false") boolean full, Actor actor) {
    AuditLog.Check check = audit.check(full, actor);
    audit.recordSystemEvent("VERIFY", AuditLog.summary(check));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ok", check.ok());
    body.put("incremental", check.incremental());
    body.put("java", check.java());
    body.put("database", check.database());
    return body;
  }

  @GetMapping("/export.xlsx")
  @Operation(
      summary = "The filtered events as an Excel workbook, with the state of the chain",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      mediaType = AuditDownloads.XLSX,
                      schema = @Schema(type = "string", format = "binary"))))
  ResponseEntity<StreamingResponseBody> export(
      @RequestParam Map<String, String> params, Actor actor) {
    AuditQuery query = AuditFilters.query(params);
    audit.recordExport(query, actor);
    return AuditDownloads.xlsx(query, out -> audit.export(query, out, actor));
  }
}
