package vn.cbcs.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.qualifications.Track;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * Known answers for the deadline of a person and post (REGULATIONS.md §13.1, §13.3, §13.5, §13.6):
 * one deadline, decided by the compliance engine, never the day of the reform's transfer decision.
 */
@IntegrationTest
class StandardDeadlinesTest {

  private static final LocalDate BORN = LocalDate.of(1980, 5, 5);
  // Hà Nội units the demo does not touch: Phường Cống Vị until 30-6-2025, Phường Ba Đình after
  private static final String OLD_WARD = "00007";
  private static final String NEW_WARD = "00004";

  @LocalServerPort int port;
  @Autowired Compliance compliance;

  private static Map<Track, Integer> professional(int rank) {
    Map<Track, Integer> m = new EnumMap<>(Track.class);
    m.put(Track.PROFESSIONAL, rank);
    m.put(Track.POLITICAL_THEORY, 2);
    return m;
  }

  private ComplianceEngine.Verdict evaluate(
      String code,
      String group,
      String category,
      String grade,
      int rank,
      LocalDate held,
      LocalDate service,
      List<ComplianceEngine.Major> majors,
      LocalDate asOf) {
    var s =
        new ComplianceEngine.Subject(
            BORN,
            "12/12",
            professional(rank),
            code,
            group,
            "PHUONG",
            "01",
            Set.of(),
            held,
            category,
            grade,
            held,
            service,
            majors);
    return compliance.engine(asOf).evaluate(s, asOf);
  }

  /** Law 80/2025 Art. 45(2), NĐ 170/2025 Art. 70(2), 72: placement by 1-7-2027. */
  @Test
  void aCivilServantPlacedByTheReformHasUntilTheFirstOfJuly2027_Law80Art45() {
    LocalDate asOf = LocalDate.of(2026, 1, 1);
    var v =
        evaluate(
            "TRUONG_PHONG_VH_XH",
            "DIVISION_HEAD",
            "CIVIL_SERVANT",
            "CHUYEN_VIEN",
            2,
            LocalDate.of(2025, 7, 1),
            LocalDate.of(2016, 3, 1),
            List.of(),
            asOf);
    assertThat(v.meets()).isFalse();
    assertThat(v.deadline()).isEqualTo(LocalDate.of(2027, 7, 1));
    assertThat(v.standing()).isEqualTo(ComplianceEngine.Standing.IN_TRANSITION);
    assertThat(v.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.deadlineSource()).contains("Điều 45"));
  }

  /** Law 80/2025 Art. 45 gives no transition to someone recruited after 1-7-2025. */
  @Test
  void someoneRecruitedAfterTheReformMustMeetTheStandardOnRecruitment_Law80Art45() {
    LocalDate recruited = LocalDate.of(2026, 2, 1);
    var v =
        evaluate(
            "VTVL_VHXH_Y_TE",
            "JOB_POSITION",
            "CIVIL_SERVANT",
            "CHUYEN_VIEN",
            2,
            recruited,
            recruited,
            List.of(),
            LocalDate.of(2026, 3, 1));
    assertThat(v.deadline()).isEqualTo(recruited);
    assertThat(v.standing()).isEqualTo(ComplianceEngine.Standing.OVERDUE);
  }

  /** NĐ 33/2023 Art. 8, 40: a cadre holding the post before 1-8-2023 keeps 1-8-2028 [M]. */
  @Test
  void aCadreInPostBeforeAugust2023KeepsTheFirstOfAugust2028_ND33Art40() {
    var v =
        evaluate(
            "CHU_TICH_UBND",
            "UBND",
            "CADRE",
            null,
            2,
            LocalDate.of(2021, 6, 28),
            LocalDate.of(2016, 1, 1),
            List.of(),
            LocalDate.of(2026, 1, 1));
    assertThat(v.deadline()).isEqualTo(LocalDate.of(2028, 8, 1));
    assertThat(v.standing()).isEqualTo(ComplianceEngine.Standing.IN_TRANSITION);
  }

  /**
   * NĐ 33/2023 Art. 8: elected after 1-8-2023, the standard applied on election; the reform's
   * decision of 1-7-2025 does not reset it.
   */
  @Test
  void aCadreElectedIn2024WasDueOnElectionNotOnTheReform_ND33Art8() {
    LocalDate elected = LocalDate.of(2024, 3, 1);
    var v =
        evaluate(
            "CHU_TICH_UBND",
            "UBND",
            "CADRE",
            null,
            2,
            elected,
            elected,
            List.of(),
            LocalDate.of(2026, 1, 1));
    assertThat(v.deadline()).isEqualTo(elected).isNotEqualTo(LocalDate.of(2025, 7, 1));
  }

  /** NĐ 33/2023 Art. 10, 40 (§13.3): Tư pháp – hộ tịch and the commander have the transition. */
  @Test
  void everyND33TitleHasTheFiveYearTransition_ND33Art40() {
    LocalDate asOf = LocalDate.of(2024, 6, 1);
    LocalDate held = LocalDate.of(2019, 1, 1);
    var clerk =
        evaluate(
            "TU_PHAP_HO_TICH",
            "CIVIL_SERVANT_TITLE",
            "CIVIL_SERVANT",
            null,
            1,
            held,
            held,
            List.of(),
            asOf);
    assertThat(clerk.failures())
        .extracting(ComplianceEngine.Failure::deadline)
        .containsOnly(LocalDate.of(2028, 8, 1));
    var commander =
        evaluate(
            "CHI_HUY_TRUONG_QS_XA",
            "CIVIL_SERVANT_TITLE",
            "CIVIL_SERVANT",
            null,
            1,
            held,
            held,
            List.of(),
            asOf);
    assertThat(commander.failures())
        .extracting(ComplianceEngine.Failure::deadline)
        .containsOnly(LocalDate.of(2028, 8, 1));
  }

  /** Luật Hộ tịch 2014 Art. 72, NĐ 33/2023 Art. 10 (§13.5): trung cấp luật, as people write it. */
  @Test
  void theFieldOfStudyCountsWhereTheTextNamesOne_LuatHoTichArt72() {
    LocalDate asOf = LocalDate.of(2024, 6, 1);
    LocalDate held = LocalDate.of(2019, 1, 1);
    var lawyer =
        evaluate(
            "TU_PHAP_HO_TICH",
            "CIVIL_SERVANT_TITLE",
            "CIVIL_SERVANT",
            null,
            2,
            held,
            held,
            List.of(new ComplianceEngine.Major(2, "Trung cấp LUẬT học")),
            asOf);
    assertThat(lawyer.meets()).isTrue();
    var agronomist =
        evaluate(
            "TU_PHAP_HO_TICH",
            "CIVIL_SERVANT_TITLE",
            "CIVIL_SERVANT",
            null,
            2,
            held,
            held,
            List.of(new ComplianceEngine.Major(2, "Nông học")),
            asOf);
    assertThat(agronomist.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.criterion()).isEqualTo("FIELD_OF_STUDY");
              assertThat(f.required()).isEqualTo("LUAT");
              assertThat(f.actual()).isEqualTo(StudyFields.OTHER);
            });
    var lawBelowTheLevel =
        evaluate(
            "TU_PHAP_HO_TICH",
            "CIVIL_SERVANT_TITLE",
            "CIVIL_SERVANT",
            null,
            2,
            held,
            held,
            List.of(
                new ComplianceEngine.Major(1, "Luat"), new ComplianceEngine.Major(2, "Kế toán")),
            asOf);
    assertThat(lawBelowTheLevel.meets()).as("a sơ cấp in law is not trung cấp luật").isFalse();
  }

  /** Law 80/2025 Art. 24, TT 02/2021/TT-BNV (§13.5): the standard follows the grade [M]. */
  @Test
  void afterTheReformTheTrainingStandardFollowsTheGrade_Law80Art24() {
    LocalDate asOf = LocalDate.of(2028, 1, 1);
    LocalDate recruited = LocalDate.of(2027, 9, 1);
    var clerk =
        evaluate(
            "VTVL_VP_VAN_THU_LUU_TRU",
            "JOB_POSITION",
            "CIVIL_SERVANT",
            "CAN_SU",
            3,
            recruited,
            recruited,
            List.of(),
            asOf);
    assertThat(clerk.meets()).as("cán sự: cao đẳng").isTrue();
    var officer =
        evaluate(
            "VTVL_VHXH_Y_TE",
            "JOB_POSITION",
            "CIVIL_SERVANT",
            "CHUYEN_VIEN",
            3,
            recruited,
            recruited,
            List.of(),
            asOf);
    assertThat(officer.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.required()).isEqualTo("DAI_HOC"));
  }

  /**
   * §13.1 through the record: a ward's civil servant since 2016, carried by the transfer decision
   * of 1-7-2025 into the new ward, is within the deadline of 1-7-2027 on the page, in the list and
   * in the API — not overdue since the day of the transfer.
   */
  @Test
  void theReformsTransferDecisionNeverMakesADeadline_Law80Art45() {
    ObjectNode p = person("Lương Thị Chuyển", true, 1984);
    ObjectNode before = assignment(OLD_WARD, "VAN_HOA_XA_HOI", "2016-03-01", "2025-06-30");
    ObjectNode after = assignment(NEW_WARD, "VTVL_VHXH_VAN_HOA_THONG_TIN", "2025-07-01", null);
    ((ObjectNode) after.get("decision")).put("kind", "TRANSFER");
    p.set("assignments", array(before, after));
    p.set("qualifications", array(qualification("PROFESSIONAL", "TRUNG_CAP", "2010-06-01")));
    var created = Api.admin(port).post("/api/people", p);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    var verdicts = compliance.ofPerson(id, LocalDate.of(2026, 1, 1), TestActors.SYSTEM);
    assertThat(verdicts)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.verdict().deadline()).isEqualTo(LocalDate.of(2027, 7, 1));
              assertThat(v.verdict().standing()).isEqualTo(ComplianceEngine.Standing.IN_TRANSITION);
            });
    var json = Api.admin(port).get("/api/people/" + id + "/compliance?asOf=2026-01-01").json();
    assertThat(json.get(0).get("deadline").asText()).isEqualTo("2027-07-01");
    assertThat(json.get(0).get("standing").asText()).isEqualTo("IN_TRANSITION");
    assertThat(Api.admin(port).download("/people/" + id + "/compliance?asOf=2026-01-01").text())
        .contains("trong thời hạn đến 01/07/2027");
  }

  /** §13.6: Trưởng Công an xã existed in xã and thị trấn only, and until 31-7-2023 [M]. */
  @Test
  void thePoliceChiefWasACommuneTitleOfXaAndThiTranOnly_ND34Art2() {
    ObjectNode p = person("Nông Văn Công", false, 1975);
    p.set("assignments", array(assignment(OLD_WARD, "TRUONG_CONG_AN_XA", "2019-01-01", null)));
    assertThat(Api.admin(port).post("/api/people", p).status()).isEqualTo(400);
  }
}
