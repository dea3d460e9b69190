package vn.cbcs.importexport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.WorkItem;
import vn.cbcs.platform.WorkItems;

/**
 * One's own recent imports that still ask for something, as work items (issue 17): a dry run not
 * yet committed, a file refused or stopped, a commit whose refused rows are to be fixed. Only the
 * imports the actor sent, in the last {@code cbcs.work-items.import-days} days (14), each due that
 * many days after it was sent (the office's own target: no legal deadline, said in the item). Fail
 * closed: without {@code IMPORT}, nothing.
 */
@Component
class ImportWorkItems implements WorkItems {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Imports imports;
  private final MessageSource messages;
  private final int days;

  ImportWorkItems(
      Imports imports,
      MessageSource messages,
      @Value("${cbcs.work-items.import-days:14}") int days) {
    this.imports = imports;
    this.messages = messages;
    this.days = Math.max(1, Math.min(days, 90));
  }

  /** The deadline's basis in the page's language: the office's own target, not a decree's. */
  private String ownTarget() {
    return messages.getMessage(
        "work.rule.ownTarget", new Object[] {days}, LocaleContextHolder.getLocale());
  }

  @Override
  public List<WorkItem> dueFor(Actor actor, LocalDate asOf) {
    if (!actor.can(Capability.IMPORT)) {
      return List.of();
    }
    Instant since = asOf.minusDays(days).atStartOfDay(VIETNAM).toInstant();
    List<WorkItem> items = new ArrayList<>();
    for (ImportReport r : imports.recent(100, actor)) {
      if (!actor.username().equals(r.createdBy()) || r.createdAt().isBefore(since)) {
        continue;
      }
      String kind = kind(r);
      if (kind == null) {
        continue;
      }
      items.add(
          new WorkItem(
              "importexport",
              "importexport.import",
              "importexport." + kind,
              List.of(r.fileName(), String.valueOf(r.rejected())),
              null,
              null,
              r.createdAt().atZone(VIETNAM).toLocalDate().plusDays(days),
              "/imports/" + r.id(),
              ownTarget(),
              "failed".equals(kind) ? WorkItem.Severity.WARNING : WorkItem.Severity.INFO));
    }
    return items;
  }

  /** What the import still asks for, or null when nothing. */
  static String kind(ImportReport r) {
    return switch (r.status()) {
      case VALIDATED -> "dryRun";
      case REFUSED, FAILED -> "failed";
      case COMMITTED -> r.rejected() > 0 ? "rejectedRows" : null;
      default -> null;
    };
  }
}
