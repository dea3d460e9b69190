package vn.cbcs.planning;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.people.Sex;

/**
 * What the checks read of the other modules, through their SQL API only: posts held ({@code
 * positions_assignments_on}), political-theory ranks ({@code qualifications_ranks_of}), final
 * ratings ({@code evaluation_rating_of}, read-only), disciplines (the people module's read model
 * {@code people_disciplines_decided}) and planning's own view over the person record ({@code
 * planning_person_facts}).
 */
@Component
class PlanningFacts {

  /** Sex, birth date and early-retirement years of a person. */
  record PersonFacts(long id, String fullName, Sex sex, LocalDate birthDate, int earlyYears) {}

  /** A post held on a date. */
  record Held(String unitCode, String positionCode, boolean concurrent) {}

  /** A post's planning level (1 highest) and whether it counts in the posts per person. */
  record Level(int level, boolean counted) {}

  private final JdbcClient jdbc;

  PlanningFacts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<PersonFacts> person(long id) {
    return jdbc.sql(
            "SELECT person_id, full_name, sex, birth_date, early_retirement_years"
                + " FROM planning_person_facts WHERE person_id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new PersonFacts(
                    rs.getLong(1),
                    rs.getString(2),
                    Sex.valueOf(rs.getString(3)),
                    rs.getObject(4, LocalDate.class),
                    rs.getInt(5)))
        .optional();
  }

  List<Held> held(long personId, LocalDate on) {
    return jdbc.sql(
            "SELECT unit_code, position_code, concurrent FROM positions_assignments_on(:d)"
                + " WHERE person_id = :p ORDER BY concurrent, position_code")
        .param("d", on)
        .param("p", personId)
        .query((rs, n) -> new Held(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
        .list();
  }

  Map<String, Level> levels() {
    Map<String, Level> m = new HashMap<>();
    jdbc.sql("SELECT position_code, level, counted FROM planning_post_level")
        .query(
            rs -> {
              m.put(rs.getString(1), new Level(rs.getInt(2), rs.getBoolean(3)));
            });
    return m;
  }

  /** Disciplines in force on the date: form and last day. */
  List<String[]> disciplinesInForce(long personId, LocalDate on) {
    return jdbc.sql(
            "SELECT form, effective_to FROM people_disciplines_decided(:p, DATE '1900-01-01', :d)"
                + " WHERE effective_from <= :d AND effective_to >= :d ORDER BY effective_from")
        .param("p", personId)
        .param("d", on)
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
        .list();
  }

  /** The final ratings of a year, STATE and PARTY (absent when not decided). */
  Map<String, String> ratings(long personId, int year) {
    Map<String, String> m = new HashMap<>();
    for (String system : List.of("STATE", "PARTY")) {
      jdbc.sql("SELECT level FROM evaluation_rating_of(:p, :y, :s)")
          .param("p", personId)
          .param("y", year)
          .param("s", system)
          .query(String.class)
          .optional()
          .ifPresent(l -> m.put(system, l));
    }
    return m;
  }

  /** The highest political-theory rank held on a date (null: none). */
  Integer politicalTheoryRank(long personId, LocalDate on) {
    return jdbc.sql(
            "SELECT rank FROM qualifications_ranks_of(:p, :d) WHERE track = 'POLITICAL_THEORY'")
        .param("p", personId)
        .param("d", on)
        .query(Integer.class)
        .optional()
        .orElse(null);
  }

  /** Active candidacies of a person in plans of a term (the posts counted per person). */
  List<String[]> candidaciesInTerm(long personId, int termFrom) {
    return jdbc.sql(
            "SELECT c.plan_id::text, c.target_post FROM planning_candidate c"
                + " JOIN planning_plan p ON p.id = c.plan_id WHERE c.person_id = :p"
                + " AND c.removed_on IS NULL AND p.term_from = :t ORDER BY c.id")
        .param("p", personId)
        .param("t", termFrom)
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
        .list();
  }
}
