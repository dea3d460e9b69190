package vn.cbcs.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.indicators.internal.IndicatorStore;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.TextRules;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Qualifications;

/**
 * Defines indicators from the building blocks (no SQL): every change is a new version, the old ones
 * stay readable and values locked with them keep their meaning.
 */
@Service
public class IndicatorDefinitions {

  static final Set<String> CATEGORIES = Set.of("CADRE", "CIVIL_SERVANT");

  /** The post groups of the positions catalogue an indicator may narrow its population to. */
  public static final List<String> GROUPS =
      List.of(
          "PARTY",
          "HDND",
          "UBND",
          "MTTQ",
          "MASS_ORG",
          "CIVIL_SERVANT_TITLE",
          "DIVISION_HEAD",
          "DIVISION_DEPUTY",
          "JOB_POSITION");

  private final IndicatorStore store;
  private final Qualifications qualifications;

  IndicatorDefinitions(IndicatorStore store, Qualifications qualifications) {
    this.store = store;
    this.qualifications = qualifications;
  }

  /** Saves a new indicator ({@code isNew}) or the next version of an existing one. */
  @Transactional
  public Indicator define(IndicatorDraft d, boolean isNew, Actor actor) {
    actor.require(vn.cbcs.platform.Capability.DEFINE_INDICATORS);
    List<FieldError> errors = check(d, isNew);
    InvalidInputException.throwIfAny(errors);
    String code = d.code().trim();
    Indicator draft =
        new Indicator(
            code,
            0,
            d.nameVi().trim(),
            blank(d.nameEn()) ? d.nameVi().trim() : d.nameEn().trim(),
            d.definitionVi().trim(),
            blank(d.definitionEn()) ? d.definitionVi().trim() : d.definitionEn().trim(),
            d.subject(),
            blank(d.staffCategory()) ? null : d.staffCategory(),
            blank(d.positionGroup()) ? null : d.positionGroup(),
            d.leadersOnly(),
            List.copyOf(d.criteria()),
            blank(d.source()) ? null : d.source().trim(),
            false,
            actor.username(),
            null);
    int version = store.insert(draft);
    return store.version(code, version).orElseThrow();
  }

  List<FieldError> check(IndicatorDraft d, boolean isNew) {
    List<FieldError> errors = new ArrayList<>();
    if (blank(d.code()) || !d.code().trim().matches("^[A-Z][A-Z0-9_]{1,39}$")) {
      errors.add(new FieldError("code", "indicator.code.invalid"));
    } else if (isNew && store.exists(d.code().trim())) {
      errors.add(new FieldError("code", "indicator.code.taken", d.code().trim()));
    } else if (!isNew && !store.exists(d.code().trim())) {
      errors.add(new FieldError("code", "indicator.unknown", d.code().trim()));
    }
    length(errors, "nameVi", d.nameVi(), 3, 300, true);
    length(errors, "nameEn", d.nameEn(), 3, 300, false);
    length(errors, "definitionVi", d.definitionVi(), 10, 2000, true);
    length(errors, "definitionEn", d.definitionEn(), 10, 2000, false);
    length(errors, "source", d.source(), 1, 500, false);
    if (d.subject() == null) {
      errors.add(new FieldError("subject", "indicator.subject.required"));
    }
    if (!blank(d.staffCategory()) && !CATEGORIES.contains(d.staffCategory())) {
      errors.add(new FieldError("staffCategory", "indicator.category.invalid"));
    }
    if (!blank(d.positionGroup()) && !GROUPS.contains(d.positionGroup())) {
      errors.add(new FieldError("positionGroup", "indicator.group.invalid"));
    }
    if (d.criteria() == null || d.criteria().isEmpty()) {
      errors.add(new FieldError("criteria", "indicator.criteria.required"));
      return errors;
    }
    for (int i = 0; i < d.criteria().size(); i++) {
      checkCriterion(errors, "criteria[" + i + "]", d.criteria().get(i), d.subject());
    }
    return errors;
  }

  private void checkCriterion(List<FieldError> errors, String field, Criterion c, Subject subject) {
    if (c == null || c.kind() == null) {
      errors.add(new FieldError(field + ".kind", "indicator.criterion.kind"));
      return;
    }
    if (subject != null && c.kind().subject() != subject) {
      errors.add(new FieldError(field + ".kind", "indicator.criterion.subject"));
      return;
    }
    switch (c.kind()) {
      case QUALIFICATION -> {
        if (c.track() == null) {
          errors.add(new FieldError(field + ".track", "indicator.criterion.track"));
          return;
        }
        Integer min = rank(errors, field + ".min", c, c.min());
        Integer max = rank(errors, field + ".max", c, c.max());
        if (c.min() == null && c.max() == null) {
          errors.add(new FieldError(field + ".min", "indicator.criterion.level.bound"));
        } else if (min != null && max != null && min > max) {
          errors.add(new FieldError(field + ".max", "indicator.criterion.level.order"));
        }
      }
      case AGE -> {
        if (c.from() == null && c.to() == null) {
          errors.add(new FieldError(field + ".from", "indicator.criterion.age.bound"));
        } else if ((c.from() != null && (c.from() < 15 || c.from() > 80))
            || (c.to() != null && (c.to() < 16 || c.to() > 81))) {
          errors.add(new FieldError(field + ".from", "indicator.criterion.age.range"));
        } else if (c.from() != null && c.to() != null && c.from() >= c.to()) {
          errors.add(new FieldError(field + ".to", "indicator.criterion.age.order"));
        }
      }
      case SEX -> {
        if (!"MALE".equals(c.value()) && !"FEMALE".equals(c.value())) {
          errors.add(new FieldError(field + ".value", "indicator.criterion.sex"));
        }
      }
      case RATING -> {
        if (c.value() == null || !Criterion.Kind.RATING_VALUES.contains(c.value())) {
          errors.add(new FieldError(field + ".value", "indicator.criterion.rating"));
        }
      }
      default -> {
        // no parameters
      }
    }
  }

  private Integer rank(List<FieldError> errors, String field, Criterion c, String level) {
    if (level == null) {
      return null;
    }
    var found = qualifications.level(c.track(), level).map(QualificationLevel::rank);
    if (found.isEmpty()) {
      errors.add(new FieldError(field, "indicator.criterion.level.unknown", level));
    }
    return found.orElse(null);
  }

  private static void length(
      List<FieldError> errors, String field, String value, int min, int max, boolean required) {
    if (blank(value)) {
      if (required) {
        errors.add(new FieldError(field, "indicator.field.required"));
      }
      return;
    }
    // definitions are typed in text areas; names and the source on one line
    boolean hidden =
        field.startsWith("definition")
            ? TextRules.checkMultiLine(errors, field, value)
            : TextRules.check(errors, field, value);
    int n = value.trim().length();
    if (!hidden && (n < min || n > max)) {
      errors.add(new FieldError(field, "indicator.field.length", min, max));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
