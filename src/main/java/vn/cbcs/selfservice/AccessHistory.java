package vn.cbcs.selfservice;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.cbcs.audit.AuditEvent;
import vn.cbcs.audit.AuditLog;
import vn.cbcs.platform.Actor;

/** Who has opened a person's record, from the audit log's recorded reads. */
@Service
public class AccessHistory {

  /** One read of a record. */
  public record Access(Instant at, String username, String what) {}

  static final int SHOWN = 100;
  private final AuditLog audit;

  AccessHistory(AuditLog audit) {
    this.audit = audit;
  }

  /** The latest reads of the actor's own record, newest first. */
  public List<Access> ofOwnRecord(Actor actor) {
    return audit.accessesOfOwnRecord(SHOWN, actor).stream().map(AccessHistory::access).toList();
  }

  private static Access access(AuditEvent e) {
    return new Access(e.at(), e.actor(), e.kind());
  }
}
