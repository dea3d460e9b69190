package vn.cbcs.indicators;

import java.util.List;

/** What an officer fills in to define an indicator or a new version of one. */
public record IndicatorDraft(
    String code,
    String nameVi,
    String nameEn,
    String definitionVi,
    String definitionEn,
    Subject subject,
    String staffCategory,
    String positionGroup,
    boolean leadersOnly,
    List<Criterion> criteria,
    String source) {}
