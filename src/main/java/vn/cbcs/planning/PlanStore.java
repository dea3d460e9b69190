package vn.cbcs.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The plan tables (JdbcClient, no checks: {@link Plans} decides). */
@Component
class PlanStore {

  private final JdbcClient jdbc;

  PlanStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Unit code and plan date of a plan, to check the actor's ground before reading it. */
  record Ground(String unitCode, LocalDate planDate) {}

  Optional<Ground> ground(long id) {
    return jdbc.sql("SELECT unit_code, plan_date FROM planning_plan WHERE id = ?")
        .param(id)
        .query((rs, n) -> new Ground(rs.getString(1), rs.getObject(2, LocalDate.class)))
        .optional();
  }

  Optional<Plan> find(long id, String unitName) {
    return jdbc.sql("SELECT * FROM planning_plan WHERE id = ?")
        .param(id)
        .query((rs, n) -> plan(rs, unitName, seats(id), candidates(id)))
        .optional();
  }

  List<Long> idsOfUnit(String unitCode) {
    return jdbc.sql("SELECT id FROM planning_plan WHERE unit_code = ? ORDER BY term_from DESC, id")
        .param(unitCode)
        .query(Long.class)
        .list();
  }

  private Map<String, Integer> seats(long planId) {
    Map<String, Integer> m = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT position_code, seats FROM planning_plan_seats WHERE plan_id = ?"
                + " ORDER BY position_code")
        .param(planId)
        .query(
            rs -> {
              m.put(rs.getString(1), rs.getInt(2));
            });
    return m;
  }

  List<Candidate> candidates(long planId) {
    return jdbc.sql(
            "SELECT c.*, f.full_name FROM planning_candidate c"
                + " LEFT JOIN planning_person_facts f ON f.person_id = c.person_id"
                + " WHERE c.plan_id = ? ORDER BY c.id")
        .param(planId)
        .query((rs, n) -> candidate(rs))
        .list();
  }

  long insertPlan(
      String unitCode,
      Plan.BodyKind body,
      int termFrom,
      LocalDate planDate,
      LocalDate referenceDate,
      Integer bch,
      Integer btv,
      Integer ubkt,
      String by) {
    return jdbc.sql(
            "INSERT INTO planning_plan (unit_code, body_kind, term_from, term_to, plan_date,"
                + " reference_date, bch_seats, btv_seats, ubkt_seats, created_by)"
                + " VALUES (:u, :b, :f, :t, :d, :r, :bch, :btv, :ubkt, :by) RETURNING id")
        .param("u", unitCode)
        .param("b", body.name())
        .param("f", termFrom)
        .param("t", termFrom + 5)
        .param("d", planDate)
        .param("r", referenceDate)
        .param("bch", bch)
        .param("btv", btv)
        .param("ubkt", ubkt)
        .param("by", by)
        .query(Long.class)
        .single();
  }

  void insertSeats(long planId, String positionCode, int seats) {
    jdbc.sql("INSERT INTO planning_plan_seats (plan_id, position_code, seats) VALUES (?, ?, ?)")
        .params(planId, positionCode, seats)
        .update();
  }

  void approve(long planId, String number, LocalDate date, String signer, String by) {
    jdbc.sql(
            "UPDATE planning_plan SET status = 'APPROVED', decision_number = :n,"
                + " decision_date = :d, decision_signer = :s, approved_by = :by, approved_at = now()"
                + " WHERE id = :id")
        .param("n", number)
        .param("d", date)
        .param("s", signer)
        .param("by", by)
        .param("id", planId)
        .update();
  }

  long insertCandidate(
      long planId,
      long personId,
      String post,
      int target,
      PlanInputs.NewCandidate c,
      String llctLevel,
      Integer llctRank,
      LocalDate addedOn,
      String by) {
    return jdbc.sql(
            "INSERT INTO planning_candidate (plan_id, person_id, target_post, target, intro_votes,"
                + " intro_voters, vote_votes, vote_voters, required_llct_level,"
                + " required_llct_rank, added_on, added_by, woman_at_60) VALUES (:plan, :person,"
                + " :post, :target, :iv, :ivs, :vv, :vvs, :lvl, :rank, :on, :by, :w60) RETURNING id")
        .param("plan", planId)
        .param("person", personId)
        .param("post", post)
        .param("target", target)
        .param("iv", c.introVotes())
        .param("ivs", c.introVoters())
        .param("vv", c.voteVotes())
        .param("vvs", c.voteVoters())
        .param("lvl", llctLevel)
        .param("rank", llctRank)
        .param("on", addedOn)
        .param("by", by)
        .param("w60", Boolean.TRUE.equals(c.womanAt60()))
        .query(Long.class)
        .single();
  }

  /** A removal under a named grant ({@code removed_grant}), not by an officer of planning. */
  int removeUnderGrant(long candidateId, LocalDate on, String by, String reason, String grant) {
    return jdbc.sql(
            "UPDATE planning_candidate SET removed_on = :on, removed_by = :by,"
                + " removed_reason = :r, removed_grant = :g WHERE id = :id AND removed_on IS NULL")
        .param("on", on)
        .param("by", by)
        .param("r", reason)
        .param("g", grant)
        .param("id", candidateId)
        .update();
  }

  int remove(long candidateId, LocalDate on, String by, String reason) {
    return jdbc.sql(
            "UPDATE planning_candidate SET removed_on = :on, removed_by = :by,"
                + " removed_reason = :r WHERE id = :id AND removed_on IS NULL")
        .param("on", on)
        .param("by", by)
        .param("r", reason)
        .param("id", candidateId)
        .update();
  }

  /** Serialises the additions to one plan (the counts per post are checked under the lock). */
  void lock(long planId) {
    jdbc.sql("SELECT id FROM planning_plan WHERE id = ? FOR UPDATE")
        .param(planId)
        .query(Long.class)
        .single();
  }

  private static Plan plan(
      ResultSet rs, String unitName, Map<String, Integer> seats, List<Candidate> candidates)
      throws SQLException {
    return new Plan(
        rs.getLong("id"),
        rs.getString("unit_code"),
        unitName,
        Plan.BodyKind.valueOf(rs.getString("body_kind")),
        rs.getInt("term_from"),
        rs.getInt("term_to"),
        rs.getObject("plan_date", LocalDate.class),
        rs.getObject("reference_date", LocalDate.class),
        (Integer) rs.getObject("bch_seats"),
        (Integer) rs.getObject("btv_seats"),
        (Integer) rs.getObject("ubkt_seats"),
        "APPROVED".equals(rs.getString("status")),
        rs.getString("decision_number"),
        rs.getObject("decision_date", LocalDate.class),
        rs.getString("decision_signer"),
        rs.getString("created_by"),
        seats,
        candidates);
  }

  private static Candidate candidate(ResultSet rs) throws SQLException {
    return new Candidate(
        rs.getLong("id"),
        rs.getLong("plan_id"),
        rs.getLong("person_id"),
        rs.getString("full_name"),
        rs.getString("target_post"),
        rs.getInt("target"),
        (Integer) rs.getObject("intro_votes"),
        (Integer) rs.getObject("intro_voters"),
        (Integer) rs.getObject("vote_votes"),
        (Integer) rs.getObject("vote_voters"),
        rs.getString("required_llct_level"),
        rs.getObject("added_on", LocalDate.class),
        rs.getString("added_by"),
        rs.getObject("removed_on", LocalDate.class),
        rs.getString("removed_by"),
        rs.getString("removed_reason"),
        rs.getBoolean("woman_at_60"),
        rs.getString("removed_grant"));
  }
}
