package vn.cbcs.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.platform.FieldError;

/**
 * The discipline rule of every regime that has the {@link Disqualifier#DISCIPLINE} disqualifier (NĐ
 * 90/2020 Điều 2 as amended by NĐ 48/2023; QĐ 366-QĐ/TW Điều 11 điểm 4.1, 4.2; NĐ 335/2025): a
 * person with a discipline — Party or state, khiển trách or above, which every recorded form is —
 * decided in the evaluation year can only be rated KHTNV. One offence counts in one year only (NĐ
 * 48/2023): the decider may say that this year's discipline punishes an offence already counted by
 * the KHTNV rating of an earlier year, which is checked against that rating, and then the
 * discipline does not count again. Read from the people module's {@code
 * people_disciplines_decided}, never its tables.
 */
@Component
class DisciplineInYear {

  /** A discipline decided in the year: form, system, day, decision number. */
  record Found(String form, String system, LocalDate decidedOn, String number) {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final JdbcClient jdbc;

  DisciplineInYear(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Found> decidedIn(long personId, int year) {
    return jdbc.sql(
            "SELECT form, system, decided_on, decision_number"
                + " FROM people_disciplines_decided(:p, make_date(:y, 1, 1), make_date(:y, 12, 31))")
        .param("p", personId)
        .param("y", year)
        .query(
            (rs, i) ->
                new Found(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getString(4)))
        .list();
  }

  /**
   * Adds the refusal of {@code level} for {@code field} when the regime's discipline rule forbids
   * it; {@code countedIn}: the earlier year whose KHTNV rating already counted the offence, or
   * null.
   */
  void check(
      List<FieldError> errors,
      String field,
      long personId,
      int year,
      RatingSystem system,
      Level level,
      RuleSet regime,
      Integer countedIn) {
    RuleSet.DisqualifierRule rule = regime.disqualifiers().get(Disqualifier.DISCIPLINE);
    if (rule == null || level == null || level == Level.KHTNV || level == Level.NOT_RATED) {
      return;
    }
    List<Found> found = decidedIn(personId, year);
    if (found.isEmpty()) {
      return;
    }
    if (countedIn != null) {
      if (countedIn >= year || !ratedKhtnv(personId, countedIn, system)) {
        errors.add(
            new FieldError(
                "disciplineCountedIn", "evaluation.discipline.countedInInvalid", countedIn));
      }
      return;
    }
    Found first = found.get(0);
    errors.add(refusal(field, first.number(), first.decidedOn(), level, rule));
  }

  /** The refusal of a level above KHTNV for a discipline decided in the year, with the rule. */
  private static FieldError refusal(
      String field,
      String number,
      LocalDate decidedOn,
      Level level,
      RuleSet.DisqualifierRule rule) {
    return new FieldError(
        field,
        "evaluation.discipline.inYear",
        number == null ? "" : number,
        decidedOn.format(DAY),
        level.name(),
        rule.legalSource() + ", " + rule.article());
  }

  /**
   * The same rule for many rows at once (past ratings in bulk, which cannot say that an offence was
   * counted earlier): for each index whose level is above KHTNV in a regime with the rule and whose
   * person was disciplined in the year, the refusal on {@code prefix[i].level}.
   */
  void checkAll(
      List<FieldError> errors,
      String prefix,
      List<Long> persons,
      List<Integer> years,
      List<Level> levels,
      List<RuleSet> regimes) {
    List<Integer> idx = new java.util.ArrayList<>();
    for (int i = 0; i < persons.size(); i++) {
      Level l = levels.get(i);
      RuleSet r = regimes.get(i);
      if (r != null
          && r.disqualifiers().containsKey(Disqualifier.DISCIPLINE)
          && l != null
          && l != Level.KHTNV
          && l != Level.NOT_RATED) {
        idx.add(i);
      }
    }
    if (idx.isEmpty()) {
      return;
    }
    jdbc.sql(
            "SELECT DISTINCT ON (r.i) r.i, d.decision_number, d.decided_on FROM unnest("
                + "CAST(:i AS int[]), CAST(:p AS bigint[]), CAST(:y AS int[])) AS r(i, p, y)"
                + " CROSS JOIN LATERAL people_disciplines_decided(r.p, make_date(r.y, 1, 1),"
                + " make_date(r.y, 12, 31)) d ORDER BY r.i, d.decided_on")
        .param("i", idx.toArray(Integer[]::new))
        .param("p", idx.stream().map(persons::get).toArray(Long[]::new))
        .param("y", idx.stream().map(years::get).toArray(Integer[]::new))
        .query(
            (rs, n) -> {
              int i = rs.getInt(1);
              return errors.add(
                  refusal(
                      prefix + "[" + i + "].level",
                      rs.getString(2),
                      rs.getObject(3, LocalDate.class),
                      levels.get(i),
                      regimes.get(i).disqualifiers().get(Disqualifier.DISCIPLINE)));
            })
        .list();
  }

  private boolean ratedKhtnv(long personId, int year, RatingSystem system) {
    return jdbc.sql("SELECT level FROM evaluation_rating_of(:p, :y, :s)")
        .param("p", personId)
        .param("y", year)
        .param("s", system.name())
        .query(String.class)
        .optional()
        .filter("KHTNV"::equals)
        .isPresent();
  }
}
