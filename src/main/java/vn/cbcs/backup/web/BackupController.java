package vn.cbcs.backup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.cbcs.audit.AuditLog;
import vn.cbcs.backup.DatabaseBackup;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;

/**
 * A backup of the running system, for administrators: the whole database from one consistent
 * snapshot, streamed as a zip — encrypted ({@code .zip.enc}) when {@code
 * cbcs.backup.encryption-key} is set. Taking one is logged (it is a copy of every record).
 */
@RestController
@Tag(name = "Sao lưu / Backup")
class BackupController {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final DatabaseBackup backup;
  private final AuditLog audit;

  BackupController(DatabaseBackup backup, AuditLog audit) {
    this.backup = backup;
    this.audit = audit;
  }

  @GetMapping("/api/backup")
  @Operation(
      summary =
          "Backup of the whole database (zip, or zip.enc when cbcs.backup.encryption-key is set;"
              + " restore with --cbcs.restore=FILE)",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      mediaType = "application/octet-stream",
                      schema = @Schema(type = "string", format = "binary"))))
  ResponseEntity<StreamingResponseBody> download(
      Actor actor, jakarta.servlet.http.HttpServletResponse response) {
    actor.require(Capability.BACKUP);
    String name =
        "cbcs-"
            + STAMP.format(LocalDateTime.now(AsOf.VIETNAM))
            + (backup.encrypts() ? ".zip.enc" : ".zip");
    audit.recordSystemEvent("BACKUP", name);
    return ResponseEntity.ok()
        .contentType(
            backup.encrypts()
                ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(
            out -> {
              // commit the response first, and with it the sign-in session (on a connection of
              // its own), before the backup holds its connection: never two at once (ADR 14).
              // Through the response: flushing the stream does not reach the session's wrapper
              response.flushBuffer();
              backup.backup(out, actor);
            });
  }
}
