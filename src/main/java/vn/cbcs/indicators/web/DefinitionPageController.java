package vn.cbcs.indicators.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cbcs.indicators.Criterion;
import vn.cbcs.indicators.Indicator;
import vn.cbcs.indicators.IndicatorDefinitions;
import vn.cbcs.indicators.IndicatorDraft;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.indicators.Subject;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.qualifications.Track;

/** The form that defines an indicator from building blocks, or a new version of one. */
@Controller
class DefinitionPageController {

  static final int ROWS = 4;
  private final Indicators indicators;
  private final IndicatorDefinitions definitions;
  private final Qualifications qualifications;

  DefinitionPageController(
      Indicators indicators, IndicatorDefinitions definitions, Qualifications qualifications) {
    this.indicators = indicators;
    this.definitions = definitions;
    this.qualifications = qualifications;
  }

  @GetMapping("/indicators/new")
  String create(Actor actor, Model model) {
    actor.require(Capability.DEFINE_INDICATORS);
    return form(model, null, null, List.of());
  }

  @GetMapping("/indicators/{code}/edit")
  String edit(@PathVariable String code, Actor actor, Model model) {
    actor.require(Capability.DEFINE_INDICATORS);
    Indicator i = indicators.require(code, actor);
    IndicatorDraft d =
        new IndicatorDraft(
            i.code(),
            i.nameVi(),
            i.nameEn(),
            i.definitionVi(),
            i.definitionEn(),
            i.subject(),
            i.staffCategory(),
            i.positionGroup(),
            i.leadersOnly(),
            i.criteria(),
            i.source());
    return form(model, d, code, List.of());
  }

  private String form(Model model, IndicatorDraft draft, String existing, List<FieldError> errors) {
    model.addAttribute(
        "form", new DefinitionForm(draft, existing, errors, ROWS, qualifications.levels()));
    return "indicators/define";
  }

  @PostMapping("/indicators/define")
  String save(@RequestParam Map<String, String> params, Actor actor, Model model) {
    actor.require(Capability.DEFINE_INDICATORS);
    String existing = blankToNull(params.get("existing"));
    List<FieldError> errors = new ArrayList<>();
    IndicatorDraft draft = read(params, existing, errors);
    try {
      InvalidInputException.throwIfAny(errors);
      Indicator saved = definitions.define(draft, existing == null, actor);
      String home = actor.access().homeUnit();
      return "redirect:/indicators/"
          + saved.code()
          + "?"
          + (home == null ? "" : "unit=" + home + "&")
          + "asOf="
          + AsOf.today();
    } catch (InvalidInputException e) {
      return form(model, draft, existing, e.errors());
    }
  }

  static IndicatorDraft read(Map<String, String> p, String existing, List<FieldError> errors) {
    Subject subject = null;
    try {
      subject = p.get("subject") == null ? null : Subject.valueOf(p.get("subject"));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("subject", "indicator.subject.required"));
    }
    List<Criterion> criteria = new ArrayList<>();
    for (int n = 0; n < ROWS; n++) {
      String kind = blankToNull(p.get("c" + n + ".kind"));
      if (kind == null) {
        continue;
      }
      try {
        criteria.add(
            new Criterion(
                Criterion.Kind.valueOf(kind),
                blankToNull(p.get("c" + n + ".track")) == null
                    ? null
                    : Track.valueOf(p.get("c" + n + ".track")),
                blankToNull(p.get("c" + n + ".min")),
                blankToNull(p.get("c" + n + ".max")),
                integer(p.get("c" + n + ".from"), "c" + n + ".from", errors),
                integer(p.get("c" + n + ".to"), "c" + n + ".to", errors),
                blankToNull(p.get("c" + n + ".value"))));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("c" + n + ".kind", "indicator.criterion.kind"));
      }
    }
    return new IndicatorDraft(
        existing != null ? existing : blankToNull(p.get("code")),
        p.get("nameVi"),
        p.get("nameEn"),
        p.get("definitionVi"),
        p.get("definitionEn"),
        subject,
        blankToNull(p.get("staffCategory")),
        blankToNull(p.get("positionGroup")),
        "on".equals(p.get("leadersOnly")) || "true".equals(p.get("leadersOnly")),
        criteria,
        p.get("source"));
  }

  private static Integer integer(String s, String field, List<FieldError> errors) {
    if (blankToNull(s) == null) {
      return null;
    }
    try {
      return Integer.valueOf(s.trim());
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "indicator.criterion.age.range"));
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
