package vn.cbcs.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The review tables (JdbcClient, no checks: {@link PlanReviews} decides). */
@Component
class ReviewStore {

  private static final String SEP = "\t";

  private final JdbcClient jdbc;

  ReviewStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(long planId, int year) {
    return jdbc.sql("SELECT count(*) FROM planning_review WHERE plan_id = ? AND year = ?")
            .params(planId, year)
            .query(Long.class)
            .single()
        > 0;
  }

  long insert(long planId, int year, LocalDate reviewDate, String by) {
    return jdbc.sql(
            "INSERT INTO planning_review (plan_id, year, review_date, created_by)"
                + " VALUES (?, ?, ?, ?) RETURNING id")
        .params(planId, year, reviewDate, by)
        .query(Long.class)
        .single();
  }

  void insertProposal(
      long reviewId,
      Review.Kind kind,
      long personId,
      String post,
      int target,
      Long candidateId,
      List<CheckVerdict> grounds) {
    jdbc.sql(
            "INSERT INTO planning_review_proposal (review_id, kind, person_id, target_post, target,"
                + " candidate_id, grounds) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(reviewId, kind.name(), personId, post, target, candidateId, encode(grounds))
        .update();
  }

  void decide(
      long proposalId, boolean accepted, LocalDate on, String reason, String by, Long candidateId) {
    jdbc.sql(
            "UPDATE planning_review_proposal SET decision = :d, decided_on = :on, reason = :r,"
                + " decided_by = :by, decided_at = now(),"
                + " candidate_id = coalesce(candidate_id, :c) WHERE id = :id AND decision IS NULL")
        .param("d", accepted ? "ACCEPTED" : "REJECTED")
        .param("on", on)
        .param("r", reason)
        .param("by", by)
        .param("c", candidateId)
        .param("id", proposalId)
        .update();
  }

  Optional<Review> find(long planId, int year) {
    return jdbc.sql(
            "SELECT id, review_date, created_by FROM planning_review WHERE plan_id = ? AND year = ?")
        .params(planId, year)
        .query(
            (rs, n) ->
                new Review(
                    rs.getLong(1),
                    planId,
                    year,
                    rs.getObject(2, LocalDate.class),
                    rs.getString(3),
                    proposals(rs.getLong(1))))
        .optional();
  }

  List<Integer> years(long planId) {
    return jdbc.sql("SELECT year FROM planning_review WHERE plan_id = ? ORDER BY year DESC")
        .param(planId)
        .query(Integer.class)
        .list();
  }

  private List<Review.Proposal> proposals(long reviewId) {
    return jdbc.sql(
            "SELECT p.id, p.kind, p.person_id, f.full_name, p.target_post, p.target,"
                + " p.candidate_id, p.grounds, p.decision, p.decided_on, p.reason, p.decided_by"
                + " FROM planning_review_proposal p"
                + " LEFT JOIN planning_person_facts f ON f.person_id = p.person_id"
                + " WHERE p.review_id = ? ORDER BY p.kind DESC, p.id")
        .param(reviewId)
        .query(
            (rs, n) ->
                new Review.Proposal(
                    rs.getLong(1),
                    Review.Kind.valueOf(rs.getString(2)),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getInt(6),
                    (Long) rs.getObject(7),
                    decode(rs.getString(8)),
                    rs.getString(9),
                    rs.getObject(10, LocalDate.class),
                    rs.getString(11),
                    rs.getString(12)))
        .list();
  }

  /** One verdict a line: rule, outcome, key, article, then its arguments as text. */
  static String encode(List<CheckVerdict> grounds) {
    List<String> lines = new ArrayList<>();
    for (CheckVerdict v : grounds) {
      List<String> f = new ArrayList<>(List.of(v.rule(), v.outcome().name(), v.key(), v.article()));
      v.args().forEach(a -> f.add(String.valueOf(a).replace(SEP, " ").replace("\n", " ")));
      lines.add(String.join(SEP, f));
    }
    return String.join("\n", lines);
  }

  static List<CheckVerdict> decode(String s) {
    List<CheckVerdict> out = new ArrayList<>();
    if (s == null || s.isEmpty()) {
      return out;
    }
    for (String line : s.split("\n")) {
      String[] f = line.split(SEP, -1);
      List<Object> args =
          new ArrayList<>(List.of((Object[]) java.util.Arrays.copyOfRange(f, 4, f.length)));
      out.add(new CheckVerdict(f[0], CheckVerdict.Outcome.valueOf(f[1]), f[2], args, f[3]));
    }
    return out;
  }
}
