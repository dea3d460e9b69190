package vn.cbcs.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing due for an actor on the work list (ADR 15 §6): what ({@code kind}, a message {@code
 * work.kind.<kind>} with its {@code args}), for whom (a person's or a unit's name, never a code),
 * where (the unit's name), by when, where to do it (a link inside CBCS), the rule that makes it due
 * (decree and article) and how serious it is. Items of one {@code group} (message {@code
 * work.group.<group>}) are shown together.
 *
 * @param source the producing module (e.g. {@code standards}, {@code evaluation})
 * @param group what the item belongs to, e.g. {@code evaluation.consequence}
 * @param kind the kind of work, e.g. {@code evaluation.removal}
 * @param args the arguments of the kind's message (already names and numbers, in order)
 * @param forWhom the person's full name or the unit's name
 * @param unitName the name of the unit where the work is done
 * @param due the day it is due
 * @param link a path inside CBCS where the work is done or read
 * @param rule the source of the deadline: decree, article (a configured number says so)
 * @param severity how serious it is, apart from being overdue
 */
public record WorkItem(
    String source,
    String group,
    String kind,
    List<String> args,
    String forWhom,
    String unitName,
    LocalDate due,
    String link,
    String rule,
    Severity severity) {

  /** How serious an item is, apart from being overdue. */
  public enum Severity {
    /** to know and plan for */
    INFO,
    /** a deadline of ordinary work */
    WARNING,
    /** a legal consequence for a person (removal, dismissal) */
    CRITICAL
  }

  public WorkItem {
    if (source == null || group == null || kind == null || due == null || severity == null) {
      throw new IllegalArgumentException(
          "a work item has a source, group, kind, due date, severity");
    }
    args = args == null ? List.of() : List.copyOf(args);
  }

  /** Past its due date on {@code day}. */
  public boolean overdueOn(LocalDate day) {
    return due.isBefore(day);
  }
}
