package vn.cbcs.audit.web;

import java.util.Map;
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.cbcs.audit.AuditEvent;
import vn.cbcs.audit.AuditLog;
import vn.cbcs.audit.AuditQuery;
import vn.cbcs.audit.AuditVerification;
import vn.cbcs.platform.Actor;

/**
 * The audit log for administrators and inspectors: {@code /audit} with filters (person, user, unit,
 * dates, kind, table) and paging, the button that verifies the hash chain, the export to Excel, and
 * the fragment listing the accesses to one person's record (on the person page).
 */
@Controller
class AuditPageController {

  private static final int PAGE_SIZE = 50;

  private final AuditLog audit;

  AuditPageController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/audit")
  String index(
      @RequestParam Map<String, String> params,
      @RequestParam(defaultValue = "0") int page,
      Actor actor,
      Model model) {
    model.addAttribute("view", view(params, page, null, null, actor));
    return "audit/index";
  }

  @PostMapping("/audit/verify")
  String verify(@RequestParam Map<String, String> params, Actor actor, Model model) {
    AuditLog.Check check = audit.check("true".equals(params.get("full")), actor);
    audit.recordSystemEvent("VERIFY", AuditLog.summary(check));
    model.addAttribute("view", view(params, 0, check.java(), check.database(), actor));
    return "audit/index";
  }

  @GetMapping("/audit/export.xlsx")
  ResponseEntity<StreamingResponseBody> export(
      @RequestParam Map<String, String> params, Actor actor) {
    AuditQuery query = AuditFilters.query(params);
    audit.recordExport(query, actor);
    return AuditDownloads.xlsx(query, out -> audit.export(query, out, actor));
  }

  @GetMapping("/audit/people/{id}/accesses")
  String personAccesses(@PathVariable long id, Actor actor, Model model) {
    model.addAttribute("personId", id);
    model.addAttribute("events", audit.accessesOf(id, 30, actor));
    return "audit/personAccesses";
  }

  private AuditPageView view(
      Map<String, String> params,
      int page,
      AuditVerification java,
      AuditVerification database,
      Actor actor) {
    AuditQuery query = AuditFilters.query(params);
    AuditLog.Page found = audit.search(query, page, PAGE_SIZE, actor);
    return new AuditPageView(
        AuditFilters.values(params),
        found,
        audit.actors(actor),
        audit.tables(actor),
        AuditFilters.KINDS,
        java,
        database,
        audit.existingPeople(
            found.events().stream().map(AuditEvent::personId).filter(Objects::nonNull).toList(),
            actor));
  }
}
