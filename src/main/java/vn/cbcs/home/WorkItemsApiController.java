package vn.cbcs.home;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.WorkItem;

/** {@code GET /api/work-items}: the signed-in user's work list (what the start page shows). */
@RestController
class WorkItemsApiController {

  private final WorkList workList;
  private final MessageSource messages;

  WorkItemsApiController(WorkList workList, MessageSource messages) {
    this.workList = workList;
    this.messages = messages;
  }

  @GetMapping("/api/work-items")
  Map<String, Object> items(Actor actor) {
    LocalDate today = AsOf.today();
    List<WorkItem> items = workList.items(actor, today);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("asOf", today.toString());
    body.put("count", items.size());
    body.put("overdue", items.stream().filter(i -> i.overdueOn(today)).count());
    body.put("items", items.stream().map(i -> json(i, today)).toList());
    return body;
  }

  private Map<String, Object> json(WorkItem i, LocalDate today) {
    Object[] args = i.args().toArray();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", i.source());
    m.put("group", i.group());
    m.put("kind", i.kind());
    m.put("what", text("work.kind." + i.kind(), args, Locale.forLanguageTag("vi")));
    m.put("whatEn", text("work.kind." + i.kind(), args, Locale.ENGLISH));
    m.put("forWhom", i.forWhom());
    m.put("unit", i.unitName());
    m.put("due", i.due().toString());
    m.put("overdue", i.overdueOn(today));
    m.put("severity", i.severity().name());
    m.put("link", i.link());
    m.put("rule", i.rule());
    return m;
  }

  private String text(String key, Object[] args, Locale locale) {
    return messages.getMessage(key, args, key, locale);
  }
}
