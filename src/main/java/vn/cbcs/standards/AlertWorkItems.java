package vn.cbcs.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.WorkItem;
import vn.cbcs.platform.WorkItems;

/**
 * The alerts of {@link Alerts} as work items (ADR 15 §6, the first implementation): what falls due
 * in the next {@code cbcs.work-items.alerts-months} months (default 3) on each of the actor's
 * scopes. Fail closed: without {@code READ_FIGURES}, or without a scope (an administrator without
 * one reads the alerts page of a unit instead), nothing; a scope the actor may not read (403) or
 * that no longer exists (404) gives nothing either.
 */
@Component
class AlertWorkItems implements WorkItems {

  private final Alerts alerts;
  private final vn.cbcs.units.Units units;
  private final int months;

  AlertWorkItems(
      Alerts alerts,
      vn.cbcs.units.Units units,
      @Value("${cbcs.work-items.alerts-months:3}") int months) {
    this.alerts = alerts;
    this.units = units;
    this.months = Math.max(1, Math.min(months, 24));
  }

  @Override
  public List<WorkItem> dueFor(Actor actor, LocalDate asOf) {
    if (!actor.can(Capability.READ_FIGURES)) {
      return List.of();
    }
    // overlapping scopes (a province and one of its communes) give each alert once
    Map<String, WorkItem> items = new LinkedHashMap<>();
    for (String scope : actor.access().scopes()) {
      if (units.find(scope, asOf).isEmpty()) {
        continue; // a scope abolished by the day (a district before 2025) has no alerts of its own
      }
      List<Alerts.Alert> due;
      try {
        due = alerts.due(scope, asOf, months, actor);
      } catch (ForbiddenException | NotFoundException e) {
        continue;
      }
      for (Alerts.Alert a : due) {
        String key = a.kind() + "/" + a.post().personId() + "/" + a.due() + "/" + a.positionName();
        items.putIfAbsent(key, item(a, asOf));
      }
    }
    return new ArrayList<>(items.values());
  }

  private static WorkItem item(Alerts.Alert a, LocalDate asOf) {
    String group =
        switch (a.kind()) {
          case RETIREMENT_NOTICE, RETIREMENT_DECISION, RETIREMENT -> "standards.retirement";
          case TERM_END, APPOINTMENT_END -> "standards.term";
          case DISCIPLINE_END -> "standards.discipline";
          case STANDARD_DEADLINE -> "standards.standard";
        };
    WorkItem.Severity severity =
        switch (a.kind()) {
          case RETIREMENT_NOTICE, RETIREMENT_DECISION, STANDARD_DEADLINE ->
              WorkItem.Severity.WARNING;
          default -> WorkItem.Severity.INFO;
        };
    return new WorkItem(
        "standards",
        group,
        "standards." + a.kind().name(),
        List.of(a.positionName() == null ? "" : a.positionName()),
        a.post().fullName(),
        a.post().unitName(),
        a.due(),
        "/people/" + a.post().personId() + "?asOf=" + asOf,
        a.rule(),
        severity);
  }
}
