package vn.cbcs.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.positions.Position;
import vn.cbcs.qualifications.Track;
import vn.cbcs.standards.Compliance;

/**
 * Needs from succession planning: đối tượng 2 of an approved plan who lack the political-theory
 * level the post required when they were added. HD 45-HD/BTCTW (2025) mục II.5.1 (QĐ 377-QĐ/TW Điều
 * 25 khoản 1): đối tượng 2 may not yet meet the political-theory standard, but once the plan is
 * approved they must have a training plan to meet it. No deadline is set by the text.
 *
 * <p>Read through planning's SQL API {@code planning_candidates_on(date)} only (ADR 15 §2–3: never
 * planning's classes or tables), and the qualifications module's {@code qualifications_highest_on}.
 * One need per person and plan: the highest level among the posts they are planned for.
 */
@Component
class SuccessionNeeds {

  static final String RULE =
      "Hướng dẫn 45-HD/BTCTW (2025), mục II.5.1 (Quy định 377-QĐ/TW Điều 25 khoản 1):"
          + " đối tượng 2 chưa đạt trình độ LLCT phải có kế hoạch đào tạo";

  private final JdbcClient jdbc;

  SuccessionNeeds(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private record Row(
      long personId,
      String positionCode,
      String required,
      int requiredRank,
      long planId,
      int termFrom,
      int termTo,
      String held) {}

  List<Need> of(
      Map<Long, Compliance.PostVerdict> people, Map<String, Position> posts, LocalDate asOf) {
    if (people.isEmpty()) {
      return List.of();
    }
    List<Row> rows =
        jdbc.sql(
                "WITH h AS (SELECT person_id, level, rank FROM qualifications_highest_on(:d)"
                    + "          WHERE track = 'POLITICAL_THEORY' AND person_id = ANY(CAST(:ids AS bigint[])))"
                    + " SELECT c.person_id, c.position_code, c.required_llct_level,"
                    + "        c.required_llct_rank, c.plan_id, c.term_from, c.term_to, h.level"
                    + "   FROM planning_candidates_on(:d) c LEFT JOIN h ON h.person_id = c.person_id"
                    + "  WHERE c.target = 2 AND c.approved AND c.required_llct_rank IS NOT NULL"
                    + "    AND c.person_id = ANY(CAST(:ids AS bigint[]))"
                    + "    AND coalesce(h.rank, 0) < c.required_llct_rank"
                    + "  ORDER BY c.person_id, c.plan_id, c.required_llct_rank DESC,"
                    + "        c.position_code")
            .param("d", asOf)
            .param("ids", Needs.array(people.keySet()))
            .query(
                (rs, i) ->
                    new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getLong(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getString(8)))
            .list();
    Map<String, Row> first = new LinkedHashMap<>();
    for (Row r : rows) {
      first.putIfAbsent(r.personId() + "/" + r.planId(), r); // highest required level first
    }
    List<Need> needs = new ArrayList<>();
    for (Row r : first.values()) {
      Compliance.PostVerdict v = people.get(r.personId());
      Position target = posts.get(r.positionCode());
      needs.add(
          new Need(
              Need.Kind.SUCCESSION_POLITICAL_THEORY,
              r.personId(),
              v.post().fullName(),
              v.post().unitCode(),
              v.post().unitName(),
              r.positionCode(),
              target == null ? r.positionCode() : target.nameVi(),
              "POLITICAL_THEORY_MIN",
              r.required(),
              r.held(),
              null,
              false,
              RULE + " (quy hoạch #" + r.planId() + ", " + r.termFrom() + "–" + r.termTo() + ")",
              new Need.Closure(CourseKind.POLITICAL_THEORY, Track.POLITICAL_THEORY, r.required()),
              null,
              null));
    }
    return needs;
  }
}
