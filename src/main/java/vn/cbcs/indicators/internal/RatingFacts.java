package vn.cbcs.indicators.internal;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A person's final ratings of one year, as the evaluation module's read model {@code
 * evaluation_ratings_on(year)} gives them: the state and the Party level (null: none decided) and
 * the day each was decided; {@code due}: the day of the year the ratings are due (the setting
 * {@code cbcs.evaluation.consequences.ratings-due-*}: before 15 December, NĐ 90/2020/NĐ-CP as
 * amended by NĐ 48/2023, REGULATIONS.md §2.2 "Timing").
 */
public record RatingFacts(
    String stateLevel,
    LocalDate stateDecidedOn,
    String partyLevel,
    LocalDate partyDecidedOn,
    MonthDay due) {

  /**
   * Whether the value of a RATING criterion holds: a level or DECIDED of the state rating;
   * PARTY_&lt;level&gt; or PARTY_DECIDED of the Party rating; ON_TIME: a state rating decided
   * before the due day ({@code due}) of its year ({@code year}, the evaluation year).
   */
  boolean holds(String wanted, int year) {
    if (wanted == null) {
      return false;
    }
    if (wanted.equals("ON_TIME")) {
      return stateDecidedOn != null
          && stateDecidedOn.isBefore(due.atYear(year))
          && stateLevel != null;
    }
    boolean party = wanted.startsWith("PARTY_");
    String level = party ? partyLevel : stateLevel;
    String w = party ? wanted.substring("PARTY_".length()) : wanted;
    return level != null && ("DECIDED".equals(w) || w.equals(level));
  }
}
