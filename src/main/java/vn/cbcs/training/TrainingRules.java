package vn.cbcs.training;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.training.Reimbursement.Rule;

/** The rows of {@code training_rule} in force on a date (ADR 6: rules as data). */
@Component
class TrainingRules {

  private final JdbcClient jdbc;

  TrainingRules(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The rule rows in force on a date, by key (empty before the first period). */
  Map<String, Rule> on(LocalDate date) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT rule_key, value, valid_from, valid_to, legal_source, article, confidence"
                + " FROM training_rule WHERE valid_from <= :d"
                + " AND (valid_to IS NULL OR valid_to >= :d) ORDER BY rule_key")
        .param("d", date)
        .query(
            (rs, i) ->
                new Rule(
                    rs.getString(1),
                    rs.getBigDecimal(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7)))
        .list()
        .forEach(r -> rules.put(r.key(), r));
    return rules;
  }
}
