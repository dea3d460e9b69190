package vn.cbcs.selfservice;

import java.time.LocalDate;
import java.time.ZoneId;
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
 * Cadres' pending correction requests as work items (issue 17: the start page is a work list): one
 * per request the officer may review, due {@code cbcs.work-items.correction-days} days (7) after it
 * was sent. The texts at hand set no deadline for answering (NĐ 13/2023 gives the right to have
 * one's data corrected, not a number of days): the days are the office's own target, a setting, and
 * the item says so. Fail closed: without {@code REVIEW_CORRECTIONS}, nothing.
 */
@Component
class CorrectionWorkItems implements WorkItems {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final CorrectionRequests requests;
  private final MessageSource messages;
  private final int days;

  CorrectionWorkItems(
      CorrectionRequests requests,
      MessageSource messages,
      @Value("${cbcs.work-items.correction-days:7}") int days) {
    this.requests = requests;
    this.messages = messages;
    this.days = Math.max(1, Math.min(days, 90));
  }

  /** The deadline's basis in the page's language: the office's own target, not a decree's. */
  private String ownTarget() {
    return messages.getMessage(
        "work.rule.ownTarget", new Object[] {days}, LocaleContextHolder.getLocale());
  }

  private String fieldName(String field) {
    return messages.getMessage(
        "correction.field." + field, null, field, LocaleContextHolder.getLocale());
  }

  @Override
  public List<WorkItem> dueFor(Actor actor, LocalDate asOf) {
    if (!actor.can(Capability.REVIEW_CORRECTIONS)) {
      return List.of();
    }
    return requests.pending(actor).stream()
        .map(
            r ->
                new WorkItem(
                    "selfservice",
                    "selfservice.correction",
                    "selfservice.correction",
                    List.of(fieldName(r.field()), r.proposedValue()),
                    r.personName(),
                    null,
                    r.requestedAt().atZone(VIETNAM).toLocalDate().plusDays(days),
                    "/corrections",
                    ownTarget(),
                    WorkItem.Severity.WARNING))
        .toList();
  }
}
