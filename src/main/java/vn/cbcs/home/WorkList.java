package vn.cbcs.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.WorkItem;
import vn.cbcs.platform.WorkItems;

/**
 * The user's work list (ADR 15 §6, issue 17): every module's {@link WorkItems} asked with the
 * actor, one after the other (each in its own read-only transaction, so that a producer that
 * refuses the actor — 403, 404 — contributes nothing and spoils nothing for the others; never two
 * connections at once), sorted by due date (then the more serious first), and grouped.
 */
@Service
public class WorkList {

  private final List<WorkItems> producers;

  WorkList(List<WorkItems> producers) {
    this.producers = List.copyOf(producers);
  }

  /** A group of items, in the order of its first (earliest) item. */
  public record Group(String key, List<WorkItem> items, long overdue) {}

  /** Every item due for the actor seen on {@code asOf}, earliest first. */
  public List<WorkItem> items(Actor actor, LocalDate asOf) {
    List<WorkItem> all = new ArrayList<>();
    for (WorkItems p : producers) {
      try {
        all.addAll(p.dueFor(actor, asOf));
      } catch (ForbiddenException | NotFoundException refused) {
        // fail closed: what the actor may not read is not on their list
      }
    }
    all.sort(
        Comparator.comparing(WorkItem::due)
            .thenComparing(i -> -i.severity().ordinal())
            .thenComparing(i -> i.forWhom() == null ? "" : i.forWhom()));
    return all;
  }

  /** The items grouped by {@link WorkItem#group()}, groups ordered by their earliest item. */
  public List<Group> groups(List<WorkItem> items, LocalDate asOf) {
    Map<String, List<WorkItem>> byGroup = new LinkedHashMap<>();
    items.forEach(i -> byGroup.computeIfAbsent(i.group(), k -> new ArrayList<>()).add(i));
    List<Group> groups = new ArrayList<>();
    byGroup.forEach(
        (k, list) ->
            groups.add(new Group(k, list, list.stream().filter(i -> i.overdueOn(asOf)).count())));
    return groups;
  }
}
