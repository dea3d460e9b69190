package vn.cbcs.planning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.people.DisciplineRecorded;

/**
 * Takes a candidate out of every approved plan at once when a discipline decision is recorded (QĐ
 * 377-QĐ/TW Điều 29; HD 45-HD/BTCTW mục II.8: "sau khi cấp có thẩm quyền ban hành quyết định kỷ
 * luật … đưa ngay ra khỏi quy hoạch"; before 8-10-2025 QĐ 50-QĐ/TW with HD 16-HD/BTCTW, where a
 * discipline of khiển trách or above also takes one out — REGULATIONS.md §3.1 [M]). Every
 * discipline form of the record is khiển trách or above.
 *
 * <p>Heard inside the transaction that records the decision (the people module's {@link
 * DisciplineRecorded}): the record and the plans change together, on the request's one connection
 * (ADR 15 point 5, amended for this rule, which says "at once"). The removal is done under the
 * named grant {@code DISCIPLINE_DECISION} (column {@code removed_grant}), not by an officer of
 * planning; {@code removed_by} is the user whose correction recorded the decision (ADR 13: the
 * actor of the work that caused it). Which candidates: those not taken out, of approved plans whose
 * term has not ended before the decision, while the discipline is in force on the day of removal —
 * the decision's day, or the candidate's addition if later. A candidate already taken out is left
 * as it is.
 */
@Component
class DisciplineRemovals {

  static final String GRANT = "DISCIPLINE_DECISION";
  static final String ART_QD377 = "QĐ 377-QĐ/TW Điều 29; HD 45-HD/BTCTW mục II.8";
  static final String ART_QD50 =
      "QĐ 50-QĐ/TW; HD 16-HD/BTCTW (kỷ luật từ khiển trách trở lên: đưa ra khỏi quy hoạch)";

  private static final Logger log = LoggerFactory.getLogger(DisciplineRemovals.class);
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final JdbcClient jdbc;
  private final PlanStore store;
  private final PlanningRules rules;
  private final ApplicationEventPublisher events;

  DisciplineRemovals(
      JdbcClient jdbc, PlanStore store, PlanningRules rules, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.store = store;
    this.rules = rules;
    this.events = events;
  }

  /** A discipline decided on that day, as the people module's read model gives it. */
  record Decision(
      String form, LocalDate decidedOn, String number, LocalDate effectiveTo, String system) {}

  private record Open(long id, long planId, LocalDate addedOn) {}

  @EventListener
  void on(DisciplineRecorded e) {
    int n = takeOut(e.personId(), e.decidedOn(), e.recordedBy());
    if (n > 0) {
      log.info(
          "Planning: person {} taken out of {} plan(s) on the discipline decided {} (recorded by {})",
          e.personId(),
          n,
          e.decidedOn(),
          e.recordedBy());
    }
  }

  /** Takes the person out of the plans on the disciplines decided that day; how many removals. */
  int takeOut(long personId, LocalDate decidedOn, String recordedBy) {
    List<Decision> decisions =
        jdbc.sql(
                "SELECT form, decided_on, decision_number, effective_to, system"
                    + " FROM people_disciplines_decided(:p, :d, :d)")
            .param("p", personId)
            .param("d", decidedOn)
            .query(
                (rs, i) ->
                    new Decision(
                        rs.getString(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5)))
            .list();
    int removed = 0;
    for (Decision d : decisions) {
      List<Open> open =
          jdbc.sql(
                  "SELECT c.id, c.plan_id, c.added_on FROM planning_candidate c"
                      + " JOIN planning_plan p ON p.id = c.plan_id"
                      + " WHERE c.person_id = :p AND c.removed_on IS NULL"
                      + " AND p.status = 'APPROVED' AND p.term_to >= :year"
                      + " ORDER BY c.id FOR UPDATE OF c")
              .param("p", personId)
              .param("year", d.decidedOn().getYear())
              .query(
                  (rs, i) ->
                      new Open(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
              .list();
      for (Open c : open) {
        LocalDate on = c.addedOn().isAfter(d.decidedOn()) ? c.addedOn() : d.decidedOn();
        if (on.isAfter(d.effectiveTo())) {
          continue; // no longer in force when the candidate was added
        }
        if (store.removeUnderGrant(c.id(), on, recordedBy, reason(d), GRANT) == 1) {
          events.publishEvent(new CandidateRemoved(c.planId(), c.id(), personId));
          removed++;
        }
      }
    }
    return removed;
  }

  /** The reason recorded with the removal: the decision, its day and the rule in force then. */
  String reason(Decision d) {
    String article = article(d.decidedOn());
    String number = d.number() == null || d.number().isBlank() ? "(không số)" : d.number().strip();
    return "Đưa ngay ra khỏi quy hoạch do bị kỷ luật "
        + form(d.form())
        + " theo quyết định số "
        + number
        + " ngày "
        + DMY.format(d.decidedOn())
        + " ("
        + article
        + ")";
  }

  String article(LocalDate on) {
    return "QD50".equals(rules.on(on).regime()) ? ART_QD50 : ART_QD377;
  }

  private static String form(String code) {
    return switch (code) {
      case "KHIEN_TRACH" -> "khiển trách";
      case "CANH_CAO" -> "cảnh cáo";
      case "HA_BAC_LUONG" -> "hạ bậc lương";
      case "GIANG_CHUC" -> "giáng chức";
      case "CACH_CHUC" -> "cách chức";
      case "BUOC_THOI_VIEC" -> "buộc thôi việc";
      case "KHAI_TRU" -> "khai trừ";
      default -> code;
    };
  }
}
