package vn.cbcs.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.people.PersonParts;
import vn.cbcs.people.Sex;
import vn.cbcs.platform.Actor;
import vn.cbcs.positions.DecisionData;
import vn.cbcs.positions.DecisionKind;
import vn.cbcs.positions.NewAssignment;
import vn.cbcs.recruitment.DecisionInput;
import vn.cbcs.recruitment.Method;
import vn.cbcs.recruitment.NewCandidate;
import vn.cbcs.recruitment.NewRound;
import vn.cbcs.recruitment.PriorityCategory;
import vn.cbcs.recruitment.Rounds;
import vn.cbcs.recruitment.ScoreEntry;
import vn.cbcs.units.CrosswalkKind;
import vn.cbcs.units.CrosswalkLink;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.Units;

/**
 * The demo province's 2024 recruitment round (issue 16), through the recruitment module's own
 * service ({@link Rounds}) with the demo's actor (ADR 15 §10): in the first Bắc Kạn commune with
 * demo people, a thi tuyển for one seat of Tài chính – kế toán and one of Văn hóa – xã hội (titles
 * of NĐ 33/2023), judged by the rules in force on its notice date — NĐ 138/2020/NĐ-CP as encoded
 * from memory [M] (V120): plan, notice, {@value #PER_POSITION} candidates per position (one whose
 * degree is not in the field the standard asks, so recorded but not ranked), the scores of both
 * rounds, the results and the recruitment decision, which creates the people and their posts. On
 * 1-7-2025 the two recruits are carried, like every other demo civil servant, into the successor
 * commune by a transfer decision of the new province ({@link PersonParts#givePost}). Deterministic
 * (fixed data).
 */
@Component
class DemoRecruitment {

  private static final Logger log = LoggerFactory.getLogger(DemoRecruitment.class);

  static final LocalDate PLAN_DATE = LocalDate.of(2024, 3, 15);
  static final LocalDate NOTICE = LocalDate.of(2024, 4, 1);
  static final LocalDate DECIDED = LocalDate.of(2024, 6, 28);
  static final LocalDate START = LocalDate.of(2024, 7, 15);
  static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
  static final String TITLE = "Thi tuyển công chức cấp xã năm 2024";
  static final int PER_POSITION = 4;

  /** Old title → the job position of the two-level commune it goes to on 1-7-2025. */
  static final Map<String, String> POSITIONS =
      Map.of(
          "TAI_CHINH_KE_TOAN", "VTVL_VP_KE_TOAN",
          "VAN_HOA_XA_HOI", "VTVL_VHXH_VAN_HOA_THONG_TIN");

  private record Applicant(
      String name,
      Sex sex,
      LocalDate birth,
      Set<PriorityCategory> priority,
      String level,
      String major,
      int round1,
      BigDecimal written,
      BigDecimal interview) {}

  private final JdbcClient jdbc;
  private final Rounds rounds;
  private final Units units;
  private final PersonParts parts;

  DemoRecruitment(JdbcClient jdbc, Rounds rounds, Units units, PersonParts parts) {
    this.jdbc = jdbc;
    this.rounds = rounds;
    this.units = units;
    this.parts = parts;
  }

  /** Records the round; returns how many people it recruited (0 outside the demo's period). */
  int record(DemoSettings settings, Actor actor) {
    if (settings.start().isAfter(PLAN_DATE) || settings.end().isBefore(START)) {
      return 0;
    }
    String commune =
        jdbc.sql(
                "SELECT a.unit_code FROM positions_assignments_on(:d) a"
                    + " JOIN person p ON p.id = a.person_id AND p.synthetic"
                    + " JOIN units_in_force_on(:d) u ON u.code = a.unit_code AND u.level = 'COMMUNE'"
                    + " GROUP BY a.unit_code ORDER BY a.unit_code LIMIT 1")
            .param("d", NOTICE)
            .query(String.class)
            .optional()
            .orElse(null);
    if (commune == null) {
      return 0;
    }
    String district =
        units
            .find(commune, NOTICE)
            .flatMap(u -> units.find(u.parentCode(), NOTICE))
            .map(u -> "Ủy ban nhân dân " + u.fullName())
            .orElse("Ủy ban nhân dân huyện");
    long round =
        rounds.open(
            new NewRound(
                commune,
                TITLE,
                Method.EXAM,
                "45/KH-UBND",
                PLAN_DATE,
                district,
                NOTICE,
                NOTICE.plusDays(30),
                false,
                LocalDate.of(2024, 5, 10),
                LocalDate.of(2024, 5, 25),
                LocalDate.of(2024, 6, 1),
                LocalDate.of(2024, 6, 14),
                POSITIONS.keySet().stream().sorted().map(p -> new NewRound.Offer(p, 1)).toList()),
            actor);
    List<NewCandidate> applications = new ArrayList<>();
    List<Applicant> applicants = new ArrayList<>();
    int serial = 990_001;
    for (String position : POSITIONS.keySet().stream().sorted().toList()) {
      for (Applicant a : applicants(position)) {
        applicants.add(a);
        applications.add(
            new NewCandidate(
                position,
                personalId(a.sex(), a.birth(), serial++),
                a.name(),
                a.sex(),
                a.birth(),
                "09" + (12_000_000 + serial),
                a.priority(),
                "12/12",
                a.level(),
                a.major()));
      }
    }
    List<Long> ids = rounds.addCandidates(round, applications, actor);
    List<ScoreEntry> scores = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Applicant a = applicants.get(i);
      scores.add(new ScoreEntry(ids.get(i), a.round1(), 60, a.written(), a.interview()));
    }
    rounds.recordScores(round, scores, actor);
    List<Long> people =
        rounds.decide(
            round,
            new DecisionInput("312/QĐ-UBND", DECIDED, district, "Chủ tịch", START, List.of()),
            actor);
    log.info("Demo data: recruitment round {} in {}: {} recruited", round, commune, people.size());
    if (!settings.end().isBefore(REFORM)) {
      carry(commune, people, actor);
    }
    return people.size();
  }

  /**
   * 1-7-2025: the recruits go, as the demo's other civil servants, by a transfer decision of the
   * new province into the successor commune, on the job position their title leads to (their post
   * by the recruitment decision ended with the old commune and its title on 30-6-2025).
   */
  private void carry(String commune, List<Long> people, Actor actor) {
    String successor =
        units.find(commune, REFORM.minusDays(1)).map(units::successors).orElse(List.of()).stream()
            .filter(l -> l.successor().level() == UnitLevel.COMMUNE)
            .sorted(Comparator.comparing((CrosswalkLink l) -> l.kind() == CrosswalkKind.PARTIAL))
            .map(l -> l.successor().code())
            .findFirst()
            .orElse(null);
    if (successor == null) {
      return;
    }
    String province =
        units
            .find(successor, REFORM)
            .flatMap(u -> units.find(u.parentCode(), REFORM))
            .map(u -> "Ủy ban nhân dân " + u.fullName())
            .orElse("Ủy ban nhân dân tỉnh");
    DecisionData decision =
        new DecisionData("1250/QĐ-UBND", REFORM, province, "Chủ tịch", DecisionKind.TRANSFER);
    for (long person : people) {
      String title =
          jdbc.sql(
                  "SELECT position_code FROM assignment WHERE person_id = ? AND NOT concurrent"
                      + " AND superseded_at IS NULL ORDER BY valid_from DESC LIMIT 1")
              .params(person)
              .query(String.class)
              .single();
      parts.givePost(
          person,
          new NewAssignment(successor, POSITIONS.get(title), false, REFORM, null, decision),
          true,
          actor);
    }
  }

  /** A CCCD number: Bắc Kạn (006), century and sex, year, a serial apart from generated ones. */
  private static String personalId(Sex sex, LocalDate birth, int serial) {
    int century = (birth.getYear() >= 2000 ? 2 : 0) + (sex == Sex.FEMALE ? 1 : 0);
    return String.format("006%d%02d%06d", century, birth.getYear() % 100, serial);
  }

  private static List<Applicant> applicants(String position) {
    BigDecimal[] w = {
      new BigDecimal("78.5"), new BigDecimal("71"), new BigDecimal("64.25"), new BigDecimal("80")
    };
    BigDecimal[] v = {
      new BigDecimal("70"), new BigDecimal("82"), new BigDecimal("60"), new BigDecimal("75")
    };
    if (position.equals("TAI_CHINH_KE_TOAN")) {
      return List.of(
          new Applicant(
              "Hoàng Thị Mai",
              Sex.FEMALE,
              LocalDate.of(1997, 3, 12),
              Set.of(PriorityCategory.ETHNIC_MINORITY),
              "DAI_HOC",
              "Kế toán",
              41,
              w[0],
              v[0]),
          new Applicant(
              "Nông Văn Hùng",
              Sex.MALE,
              LocalDate.of(1995, 9, 2),
              Set.of(PriorityCategory.MILITARY_SERVICE_COMPLETED),
              "DAI_HOC",
              "Kế toán",
              38,
              w[1],
              v[1]),
          new Applicant(
              "Lý Thị Hằng",
              Sex.FEMALE,
              LocalDate.of(1999, 11, 20),
              Set.of(),
              "DAI_HOC",
              "Kế toán",
              27,
              w[2],
              v[2]),
          new Applicant(
              "Triệu Văn Long",
              Sex.MALE,
              LocalDate.of(1998, 6, 5),
              Set.of(),
              "DAI_HOC",
              "Quản trị kinh doanh",
              45,
              w[3],
              v[3]));
    }
    return List.of(
        new Applicant(
            "Bế Thị Lan",
            Sex.FEMALE,
            LocalDate.of(1996, 1, 25),
            Set.of(PriorityCategory.ETHNIC_MINORITY),
            "DAI_HOC",
            "Văn hóa học",
            44,
            w[1],
            v[1]),
        new Applicant(
            "Ma Văn Thắng",
            Sex.MALE,
            LocalDate.of(1994, 4, 18),
            Set.of(PriorityCategory.ETHNIC_MINORITY, PriorityCategory.YOUTH_VOLUNTEER),
            "DAI_HOC",
            "Công tác xã hội",
            36,
            w[2],
            v[2]),
        new Applicant(
            "Đàm Thị Nga",
            Sex.FEMALE,
            LocalDate.of(2000, 8, 9),
            Set.of(),
            "DAI_HOC",
            "Quản lý văn hóa",
            39,
            new BigDecimal("45"),
            new BigDecimal("88")),
        new Applicant(
            "La Văn Tú",
            Sex.MALE,
            LocalDate.of(1997, 12, 30),
            Set.of(),
            "TRUNG_CAP",
            "Văn thư lưu trữ",
            33,
            w[3],
            v[3]));
  }
}
