package vn.cbcs.evaluation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cbcs.evaluation.Tracking;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;

/** The form of the continuous-tracking section: one period recorded, back to the page. */
@Controller
class TrackingPageController {

  private final Tracking tracking;
  private final MessageSource messages;

  TrackingPageController(Tracking tracking, MessageSource messages) {
    this.tracking = tracking;
    this.messages = messages;
  }

  @PostMapping("/people/{id}/evaluations/tracking")
  String record(
      @PathVariable long id,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String periodKind,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String assigned,
      @RequestParam(required = false) String completed,
      @RequestParam(required = false) String majorErrors,
      @RequestParam(required = false) String note,
      Actor actor,
      RedirectAttributes redirect) {
    List<String> errors = new ArrayList<>();
    Locale locale = LocaleContextHolder.getLocale();
    Integer y = TrackingApiController.year(year);
    try {
      tracking.record(
          id,
          y,
          new Tracking.Entry(
              periodKind, whole(period), assigned, completed, whole(majorErrors), note),
          actor);
      redirect.addFlashAttribute("trackingSaved", Boolean.TRUE);
    } catch (InvalidInputException e) {
      for (FieldError f : e.errors()) {
        errors.add(messages.getMessage(f.key(), f.args(), f.key(), locale));
      }
      redirect.addFlashAttribute("trackingErrors", errors);
    }
    return "redirect:/people/"
        + id
        + "/evaluations?trackingYear="
        + (y == null ? "" : y)
        + "#tracking";
  }

  /** A whole number as typed; anything else is -1, which the service refuses with its reason. */
  private static Integer whole(String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
