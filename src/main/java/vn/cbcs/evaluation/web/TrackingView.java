package vn.cbcs.evaluation.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.cbcs.evaluation.Tracking;
import vn.cbcs.evaluation.TrackingSheet;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;

/**
 * The continuous-tracking section of a person's evaluations page: the year's sheet, or why it is
 * not shown, and whether the user may record a period.
 *
 * @param errors the refusals of the last form sent, in the user's language
 */
public record TrackingView(
    int year, TrackingSheet sheet, boolean canRecord, String problem, List<String> errors) {

  /** The first evaluation year with continuous tracking (Law 80/2025, in force 1-1-2026). */
  static final int FIRST_YEAR = 2026;

  static TrackingView of(
      Tracking tracking,
      long personId,
      String year,
      List<String> errors,
      MessageSource messages,
      Actor actor) {
    int y = Math.max(FIRST_YEAR, AsOf.today().getYear());
    Integer asked = null;
    try {
      asked = TrackingApiController.year(year);
    } catch (RuntimeException e) {
      // a bad year in the address: the default one
    }
    if (asked != null) {
      y = asked;
    }
    if (!actor.can(Capability.PROPOSE_RATINGS)
        && !actor.can(Capability.DECIDE_RATINGS)
        && !actor.can(Capability.READ_OWN_RECORD)) {
      return null;
    }
    Locale locale = LocaleContextHolder.getLocale();
    try {
      TrackingSheet sheet = tracking.of(personId, y, actor);
      return new TrackingView(
          y,
          sheet,
          tracking.mayRecord(personId, y, actor),
          null,
          errors == null ? List.of() : errors);
    } catch (InvalidInputException e) {
      FieldError f = e.errors().get(0);
      return new TrackingView(
          y, null, false, messages.getMessage(f.key(), f.args(), f.key(), locale), List.of());
    } catch (ForbiddenException e) {
      return null;
    }
  }
}
