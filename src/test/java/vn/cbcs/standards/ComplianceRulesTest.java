package vn.cbcs.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cbcs.qualifications.Track;
import vn.cbcs.support.IntegrationTest;

/**
 * The seeded rule rows, read as the law reads: NĐ 33/2023 raised the standard on 1-8-2023 with 5
 * years for those in post (Art. 40); the provincial exception; the more specific rule wins.
 */
@IntegrationTest
class ComplianceRulesTest {

  private static final LocalDate BORN = LocalDate.of(1975, 5, 5);

  @Autowired Compliance compliance;

  private static Map<Track, Integer> ranks(int professional, int theory) {
    Map<Track, Integer> m = new EnumMap<>(Track.class);
    m.put(Track.PROFESSIONAL, professional);
    m.put(Track.POLITICAL_THEORY, theory);
    return m;
  }

  private ComplianceEngine.Verdict chairOfCommittee(
      Map<Track, Integer> ranks,
      LocalDate from,
      LocalDate asOf,
      String province,
      Set<String> flags) {
    var subject =
        new ComplianceEngine.Subject(
            BORN, "12/12", ranks, "CHU_TICH_UBND_XA", "UBND", "XA", province, flags, from);
    return compliance.engine(asOf).evaluate(subject, asOf);
  }

  @Test
  void theStandardOfAChairRoseOnTheFirstOfAugust2023() {
    Map<Track, Integer> trungCap = ranks(2, 2);
    LocalDate appointed = LocalDate.of(2021, 6, 28);
    assertThat(
            chairOfCommittee(trungCap, appointed, LocalDate.of(2023, 7, 31), "06", Set.of())
                .meets())
        .as("trung cấp met the old standard")
        .isTrue();
    ComplianceEngine.Verdict after =
        chairOfCommittee(trungCap, appointed, LocalDate.of(2023, 8, 1), "06", Set.of());
    assertThat(after.meets()).isFalse();
    assertThat(after.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.criterion()).isEqualTo("PROFESSIONAL_MIN");
              assertThat(f.required()).isEqualTo("DAI_HOC");
              assertThat(f.actual()).isEqualTo("TRUNG_CAP");
              assertThat(f.deadline())
                  .as("NĐ 33/2023 Art. 40: 5 years")
                  .isEqualTo(LocalDate.of(2028, 8, 1));
            });
    assertThat(after.sources()).anyMatch(s -> s.contains("NĐ 33/2023"));
  }

  @Test
  void someoneAppointedAfterTheChangeMustMeetItOnAppointment() {
    LocalDate appointed = LocalDate.of(2024, 1, 15);
    ComplianceEngine.Verdict v =
        chairOfCommittee(ranks(2, 2), appointed, LocalDate.of(2024, 6, 1), "06", Set.of());
    assertThat(v.failures())
        .extracting(ComplianceEngine.Failure::deadline)
        .containsExactly(appointed);
  }

  @Test
  void theProvincialExceptionAcceptsTrungCapInExtremelyDifficultCommunesOfItsProvince() {
    LocalDate appointed = LocalDate.of(2021, 6, 28);
    LocalDate asOf = LocalDate.of(2024, 3, 1);
    assertThat(
            chairOfCommittee(ranks(2, 2), appointed, asOf, "06", Set.of("EXTREMELY_DIFFICULT"))
                .meets())
        .as("Bắc Kạn's exception")
        .isTrue();
    assertThat(
            chairOfCommittee(ranks(2, 2), appointed, asOf, "19", Set.of("EXTREMELY_DIFFICULT"))
                .meets())
        .as("not another province's")
        .isFalse();
    assertThat(chairOfCommittee(ranks(2, 2), appointed, asOf, "06", Set.of("MOUNTAINOUS")).meets())
        .as("only where the condition holds")
        .isFalse();
  }

  @Test
  void theMoreSpecificRuleWins() {
    var clerk =
        new ComplianceEngine.Subject(
            BORN,
            "12/12",
            ranks(2, 0),
            "TU_PHAP_HO_TICH",
            "CIVIL_SERVANT_TITLE",
            "XA",
            "06",
            Set.of(),
            LocalDate.of(2024, 1, 1),
            "CIVIL_SERVANT",
            null,
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 1, 1),
            java.util.List.of(new ComplianceEngine.Major(2, "Luật")));
    assertThat(
            compliance
                .engine(LocalDate.of(2024, 6, 1))
                .evaluate(clerk, LocalDate.of(2024, 6, 1))
                .meets())
        .as("Tư pháp – hộ tịch needs only trung cấp luật (Luật Hộ tịch Art. 72)")
        .isTrue();
    var culture =
        new ComplianceEngine.Subject(
            BORN,
            "12/12",
            ranks(2, 0),
            "VAN_HOA_XA_HOI",
            "CIVIL_SERVANT_TITLE",
            "XA",
            "06",
            Set.of(),
            LocalDate.of(2024, 1, 1));
    assertThat(
            compliance
                .engine(LocalDate.of(2024, 6, 1))
                .evaluate(culture, LocalDate.of(2024, 6, 1))
                .meets())
        .isFalse();
  }

  @Test
  void ageAndGeneralEducation() {
    LocalDate asOf = LocalDate.of(2024, 6, 1);
    var young =
        new ComplianceEngine.Subject(
            LocalDate.of(2007, 1, 1),
            "10/12",
            ranks(4, 2),
            "CHU_TICH_UBND_XA",
            "UBND",
            "XA",
            "06",
            Set.of(),
            LocalDate.of(2024, 5, 1));
    assertThat(compliance.engine(asOf).evaluate(young, asOf).failures())
        .extracting(ComplianceEngine.Failure::criterion)
        .containsExactlyInAnyOrder("AGE_MIN", "GENERAL_EDUCATION");
    var oldSystem =
        new ComplianceEngine.Subject(
            BORN,
            "10/10",
            ranks(4, 2),
            "CHU_TICH_UBND_XA",
            "UBND",
            "XA",
            "06",
            Set.of(),
            LocalDate.of(2024, 5, 1));
    assertThat(compliance.engine(asOf).evaluate(oldSystem, asOf).meets())
        .as("10/10 of the old system is a completed upper secondary")
        .isTrue();
  }

  @Test
  void afterTheReformLeadersNeedAUniversityDegreeByMidTwentyTwentySeven() {
    LocalDate asOf = LocalDate.of(2026, 1, 1);
    var leader =
        new ComplianceEngine.Subject(
            BORN,
            "12/12",
            ranks(2, 2),
            "TRUONG_PHONG_VH_XH",
            "DIVISION_HEAD",
            "XA",
            "19",
            Set.of(),
            LocalDate.of(2025, 7, 1),
            "CIVIL_SERVANT",
            "CHUYEN_VIEN",
            LocalDate.of(2025, 7, 1),
            LocalDate.of(2012, 1, 1),
            java.util.List.of());
    ComplianceEngine.Verdict v = compliance.engine(asOf).evaluate(leader, asOf);
    assertThat(v.meets()).isFalse();
    assertThat(v.failures())
        .extracting(ComplianceEngine.Failure::deadline)
        .as("Law 80/2025 Art. 45(2): placement by 1-7-2027, not the day of the transfer (§13.1)")
        .containsExactly(LocalDate.of(2027, 7, 1));
  }
}
