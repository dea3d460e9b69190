package vn.cbcs.standards.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cbcs.audit.AuditLog;
import vn.cbcs.audit.ReadKind;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FormRecordReader;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.standards.Alerts;
import vn.cbcs.standards.Compliance;
import vn.cbcs.standards.Staffing;
import vn.cbcs.standards.StandardRules;

/** Pages of the standards module: overview, rules, staffing, below-standard list, alerts. */
@Controller
class StandardsPageController {

  private final Compliance compliance;
  private final Staffing staffing;
  private final Alerts alerts;
  private final StandardRules rules;
  private final Qualifications qualifications;
  private final PositionCatalogue positions;
  private final vn.cbcs.units.Units units;
  private final MessageSource messages;

  private final AuditLog audit;
  private final List<vn.cbcs.platform.WorkItems> workItems;

  StandardsPageController(
      Compliance compliance,
      Staffing staffing,
      Alerts alerts,
      StandardRules rules,
      Qualifications qualifications,
      PositionCatalogue positions,
      vn.cbcs.units.Units units,
      MessageSource messages,
      AuditLog audit,
      List<vn.cbcs.platform.WorkItems> workItems) {
    this.workItems = List.copyOf(workItems);
    this.messages = messages;
    this.audit = audit;
    this.positions = positions;
    this.units = units;
    this.compliance = compliance;
    this.staffing = staffing;
    this.alerts = alerts;
    this.rules = rules;
    this.qualifications = qualifications;
  }

  @GetMapping("/standards")
  String index(Model model, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    LocalDate today = AsOf.today();
    // the forms open on the user's unit, on a date it exists (a district's last day, 30-6-2025)
    String home = actor.access().homeUnit();
    LocalDate until =
        home == null
            ? null
            : units.nearest(home, today).map(vn.cbcs.units.Unit::validTo).orElse(null);
    model.addAttribute("today", until != null && until.isBefore(today) ? until : today);
    return "standards/index";
  }

  @GetMapping("/standards/rules")
  String rules(Actor actor, Model model) {
    model.addAttribute("rules", rules.all(actor));
    model.addAttribute("canEdit", actor.can(Capability.EDIT_RULES));
    model.addAttribute("labels", new Labels(qualifications, rules.fieldNames(), positions));
    return "standards/rules";
  }

  /** The amendment form's fields. */
  record AmendForm(String value, LocalDate from, LocalDate deadline, String legalSource) {}

  @PostMapping("/standards/rules/{id}")
  String amend(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      Actor actor,
      RedirectAttributes redirect) {
    actor.require(Capability.EDIT_RULES);
    FormRecordReader reader = new FormRecordReader();
    AmendForm f = reader.read(params, AmendForm.class);
    try {
      InvalidInputException.throwIfAny(reader.errors());
      rules.amend(id, f.value(), f.from(), f.deadline(), f.legalSource(), actor);
      redirect.addFlashAttribute("flash", "standard.rule.saved");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.errors().get(0).key());
    }
    return "redirect:/standards/rules#rule-" + id;
  }

  @GetMapping("/standards/staffing")
  String staffingForm(
      @RequestParam String unit, @RequestParam(required = false) String asOf, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    return "redirect:/units/" + unit.trim().replaceAll("[^0-9]", "") + "/staffing?asOf=" + date;
  }

  @GetMapping("/units/{code}/staffing")
  String staffing(
      @PathVariable String code,
      @RequestParam(required = false) String asOf,
      Model model,
      Actor actor) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    model.addAttribute("report", staffing.report(code, date, actor));
    model.addAttribute("labels", new Labels(qualifications, rules.fieldNames(), positions));
    return "standards/staffing";
  }

  @GetMapping("/standards/below")
  String below(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String commune,
      @RequestParam(required = false) String post,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) String print,
      Model model,
      Actor actor) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    unit = unitOrHome(unit, actor);
    BelowList list =
        new BelowList(
            compliance.belowStandard(unit, date, actor),
            BelowList.Query.of(commune, post, sort, size, page));
    model.addAttribute("unit", unit);
    model.addAttribute("asOf", date);
    model.addAttribute("list", list);
    model.addAttribute("print", "1".equals(print));
    model.addAttribute("labels", new Labels(qualifications, rules.fieldNames(), positions));
    return "standards/below";
  }

  /** The same filtered, sorted list as the page, every row, as xlsx with Vietnamese headers. */
  @GetMapping("/standards/below.xlsx")
  ResponseEntity<StreamingResponseBody> belowXlsx(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String commune,
      @RequestParam(required = false) String post,
      @RequestParam(required = false) String sort,
      Actor actor) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    String scope = unitOrHome(unit, actor);
    BelowList list =
        new BelowList(
            compliance.belowStandard(scope, date, actor),
            BelowList.Query.of(commune, post, sort, null, null));
    // a list of named people leaving the system is logged like the people export
    audit.exported(
        ReadKind.BELOW_STANDARD_EXPORT,
        "unit=" + scope + " asOf=" + date + " commune=" + commune + " post=" + post,
        false,
        actor);
    Labels labels = new Labels(qualifications, rules.fieldNames(), positions);
    Locale vi = Locale.forLanguageTag("vi");
    java.util.function.Function<Compliance.PostVerdict, String> failures =
        v -> {
          StringBuilder b = new StringBuilder();
          for (var f : v.verdict().failures()) {
            if (b.length() > 0) {
              b.append("\n");
            }
            b.append(messages.getMessage("standard.criterion." + f.criterion(), null, vi))
                .append(": ")
                .append(
                    messages.getMessage(
                        "standard.failure",
                        new Object[] {
                          labels.value(f.criterion(), f.required()),
                          labels.value(f.criterion(), f.actual())
                        },
                        vi));
            if (f.deadline() != null) {
              b.append(" (")
                  .append(
                      messages.getMessage(
                          "standard.deadline.short",
                          new Object[] {
                            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                                .format(f.deadline())
                          },
                          vi))
                  .append(')');
            }
          }
          return b.toString();
        };
    java.util.function.Function<Compliance.PostVerdict, String> standing =
        v ->
            messages.getMessage(
                "standard.standing." + v.verdict().standing().name(),
                new Object[] {
                  v.verdict().deadline() == null
                      ? ""
                      : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                          .format(v.verdict().deadline())
                },
                vi);
    String title =
        messages.getMessage(
            "standard.below.count",
            new Object[] {
              list.total(),
              scope,
              java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date)
            },
            vi);
    String file = "chua-dat-chuan-" + scope.replaceAll("[^0-9A-Za-z]", "") + "-" + date + ".xlsx";
    return ResponseEntity.ok()
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(out -> BelowWorkbook.write(list.rows(), title, failures, standing, out));
  }

  @GetMapping("/alerts")
  String alerts(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(defaultValue = "12") int months,
      Model model,
      Actor actor) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    unit = unitOrHome(unit, actor);
    int window = Math.max(1, Math.min(months, 120));
    model.addAttribute("unit", unit);
    model.addAttribute("asOf", date);
    model.addAttribute("months", window);
    model.addAttribute("alerts", alerts.due(unit, date, window, actor));
    model.addAttribute("work", otherWork(actor, date, window));
    model.addAttribute("labels", new Labels(qualifications, rules.fieldNames(), positions));
    return "standards/alerts";
  }

  /**
   * The actor's other work items due in the window (the evaluation's consequences and ratings, not
   * the alerts themselves), each producer deciding what the actor may see (ADR 15 §6).
   */
  private List<vn.cbcs.platform.WorkItem> otherWork(Actor actor, LocalDate asOf, int months) {
    LocalDate until = asOf.plusMonths(months);
    List<vn.cbcs.platform.WorkItem> items = new java.util.ArrayList<>();
    for (vn.cbcs.platform.WorkItems w : workItems) {
      try {
        w.dueFor(actor, asOf).stream()
            .filter(i -> !"standards".equals(i.source()) && !i.due().isAfter(until))
            .forEach(items::add);
      } catch (vn.cbcs.platform.ForbiddenException | vn.cbcs.platform.NotFoundException e) {
        // fail closed: nothing the actor may not read
      }
    }
    items.sort(java.util.Comparator.comparing(vn.cbcs.platform.WorkItem::due));
    return items;
  }

  @GetMapping("/people/{id}/compliance")
  String person(
      @PathVariable long id,
      @RequestParam(required = false) String asOf,
      HttpServletRequest request,
      Model model,
      Actor actor) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    model.addAttribute("personId", id);
    model.addAttribute("asOf", date);
    model.addAttribute("verdicts", compliance.ofPerson(id, date, actor));
    model.addAttribute("labels", new Labels(qualifications, rules.fieldNames(), positions));
    return "true".equals(request.getHeader("HX-Request"))
        ? "standards/compliance"
        : "standards/compliancePage";
  }

  /** The unit asked for, else the user's first scope; without either, a unit must be given. */
  static String unitOrHome(String unit, Actor actor) {
    if (unit != null && !unit.isBlank()) {
      return unit.trim();
    }
    if (!actor.access().scopes().isEmpty()) {
      return actor.access().scopes().get(0);
    }
    throw new BadRequestException("unit", "error.parameter.missing", "unit");
  }
}
