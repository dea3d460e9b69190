package vn.cbcs.indicators.web;

import java.util.List;
import vn.cbcs.indicators.Criterion;
import vn.cbcs.indicators.IndicatorDraft;
import vn.cbcs.platform.FieldError;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Track;

/** What the definition form shows: the draft (null for a blank form), errors, choices. */
public record DefinitionForm(
    IndicatorDraft draft,
    String existing,
    List<FieldError> errors,
    int rows,
    List<QualificationLevel> levels) {

  public String value(String field) {
    if (draft == null) {
      return "";
    }
    String v =
        switch (field) {
          case "code" -> draft.code();
          case "nameVi" -> draft.nameVi();
          case "nameEn" -> draft.nameEn();
          case "definitionVi" -> draft.definitionVi();
          case "definitionEn" -> draft.definitionEn();
          case "staffCategory" -> draft.staffCategory();
          case "positionGroup" -> draft.positionGroup();
          case "source" -> draft.source();
          case "subject" -> draft.subject() == null ? null : draft.subject().name();
          default -> null;
        };
    return v == null ? "" : v;
  }

  public boolean leadersOnly() {
    return draft != null && draft.leadersOnly();
  }

  /** A criterion row's field as text ("" when the row is empty). */
  public String criterion(int row, String field) {
    if (draft == null || row >= draft.criteria().size()) {
      return "";
    }
    Criterion c = draft.criteria().get(row);
    Object v =
        switch (field) {
          case "kind" -> c.kind();
          case "track" -> c.track();
          case "min" -> c.min();
          case "max" -> c.max();
          case "from" -> c.from();
          case "to" -> c.to();
          case "value" -> c.value();
          default -> null;
        };
    return v == null ? "" : v.toString();
  }

  public List<FieldError> errorsOf(String prefix) {
    return errors.stream().filter(e -> e.field().startsWith(prefix)).toList();
  }

  public List<Criterion.Kind> kinds() {
    return List.of(Criterion.Kind.values());
  }

  public List<Track> tracks() {
    return List.of(Track.values());
  }

  public List<String> groups() {
    return vn.cbcs.indicators.IndicatorDefinitions.GROUPS;
  }
}
