package vn.cbcs.recruitment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.security.Visibility;

/**
 * Erases the personal data of candidates not recruited once the retention period after their
 * round's recruitment decision has passed (Luật Bảo vệ dữ liệu cá nhân 2025 Điều 25 khoản 1: delete
 * the information of applicants who are not recruited, unless agreed otherwise; the period is the
 * rule row {@code privacy.unsuccessful_candidate_days}, a provincial choice). The identity, contact
 * and priority groups are set to nothing; the scores stay for the results, without a name. Each
 * erasure is on the record: {@code erased_at}, {@code erased_by} and the audit log (which keeps the
 * old values only as hashes). Runs every night as the system; an actor holding RECRUIT may run it
 * for the rounds of their ground.
 */
@Service
public class CandidateErasure {

  static final String RULE = "privacy.unsuccessful_candidate_days";

  private final JdbcClient jdbc;
  private final RecruitmentRules rules;
  private final Visibility visibility;

  CandidateErasure(JdbcClient jdbc, RecruitmentRules rules, Visibility visibility) {
    this.jdbc = jdbc;
    this.rules = rules;
    this.visibility = visibility;
  }

  /** Every night at 02:30 (Vietnam time): the erasures due today. */
  @Scheduled(cron = "0 30 2 * * *", zone = "Asia/Ho_Chi_Minh")
  void nightly() {
    erase(AsOf.today(), Actor.system("erase candidates not recruited (Luật BVDLCN 2025 Điều 25)"));
  }

  /**
   * Erases the data of the candidates not recruited in decided rounds of the actor's ground whose
   * decision is at least the retention period before {@code today}; returns how many.
   */
  @Transactional
  public int erase(LocalDate today, Actor actor) {
    actor.require(Capability.RECRUIT);
    int days = rules.on(today).map(set -> set.days(RULE)).orElse(-1);
    if (days < 0) {
      return 0;
    }
    List<Long> rounds =
        jdbc
            .sql(
                "SELECT r.id, r.unit_code, r.notice_date FROM recruitment_round r"
                    + " JOIN recruitment_decision d ON d.round_id = r.id"
                    + " WHERE r.status = 'DECIDED' AND d.decided_on + :days <= :today")
            .param("days", days)
            .param("today", today)
            .query(
                (rs, i) ->
                    visibility.coversUnit(actor, rs.getString(2), rs.getObject(3, LocalDate.class))
                        ? rs.getLong(1)
                        : null)
            .list()
            .stream()
            .filter(java.util.Objects::nonNull)
            .toList();
    if (rounds.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            "UPDATE recruitment_candidate c SET personal_id = NULL, full_name = NULL, sex = NULL,"
                + " birth_date = NULL, phone = NULL, priority = '{}', erased_at = now(),"
                + " erased_by = :u"
                + " WHERE c.round_id IN (:rounds) AND c.erased_at IS NULL AND NOT EXISTS ("
                + " SELECT 1 FROM recruitment_result x WHERE x.candidate_id = c.id AND x.recruited)")
        .param("u", actor.username())
        .param("rounds", rounds)
        .update();
  }
}
