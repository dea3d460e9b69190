package vn.cbcs.backup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpHeaders;
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
  StreamingResponseBody download(Actor actor, jakarta.servlet.http.HttpServletResponse response)
      throws java.io.IOException {
    actor.require(Capability.BACKUP);
    String name =
        "cbcs-"
            + STAMP.format(LocalDateTime.now(AsOf.VIETNAM))
            + (backup.encrypts() ? ".zip.enc" : ".zip");
    audit.recordSystemEvent("BACKUP", name);
    response.setContentType(backup.encrypts() ? "application/octet-stream" : "application/zip");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
    // commit the response here, on the request thread, and with it the sign-in session (on a
    // connection of its own, returned at once), before the backup holds its connection: never two
    // at once (ADR 14). Not from the streaming thread: there the session's commit raced the one
    // the session filter makes when the request thread leaves it (the same new attribute inserted
    // twice, a 500). Through the response: flushing the stream does not reach the session wrapper.
    response.flushBuffer();
    return out -> backup.backup(out, actor);
  }
}
