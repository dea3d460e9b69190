package vn.cbcs.indicators;

import java.time.Instant;
import java.util.List;

/**
 * One version of an indicator's definition.
 *
 * @param staffCategory CADRE or CIVIL_SERVANT to narrow the population; null: both
 * @param positionGroup a group of the post catalogue (PARTY, UBND, ...) to narrow it; null: all
 * @param leadersOnly only holders of leadership posts
 * @param criteria numerator conditions, all of which must hold
 */
public record Indicator(
    String code,
    int version,
    String nameVi,
    String nameEn,
    String definitionVi,
    String definitionEn,
    Subject subject,
    String staffCategory,
    String positionGroup,
    boolean leadersOnly,
    List<Criterion> criteria,
    String source,
    boolean builtIn,
    String createdBy,
    Instant createdAt) {

  /** Whether its numerator is chosen by sensitive data (NĐ 13/2023): ethnic group, Party. */
  public boolean usesSensitiveData() {
    return criteria.stream()
        .anyMatch(
            c ->
                c.kind() == Criterion.Kind.ETHNIC_MINORITY
                    || c.kind() == Criterion.Kind.PARTY_MEMBER);
  }

  public String name(String lang) {
    return "en".equals(lang) ? nameEn : nameVi;
  }

  public String definition(String lang) {
    return "en".equals(lang) ? definitionEn : definitionVi;
  }
}
