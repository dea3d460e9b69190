package vn.cbcs.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.Role;
import vn.cbcs.resolutions.Resolution;
import vn.cbcs.resolutions.ResolutionDraft;
import vn.cbcs.resolutions.Resolutions;
import vn.cbcs.resolutions.Target;
import vn.cbcs.resolutions.TargetDraft;
import vn.cbcs.resolutions.TargetProgress;
import vn.cbcs.resolutions.TargetStatus;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/** A locked reporting date keeps its figures and explains the change; targets are judged. */
@IntegrationTest
class LocksAndTargetsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final LocalDate END_2019 = LocalDate.of(2019, 12, 31);
  // a province officer of Lai Châu (12), whose district 106 the tests use
  private static final Actor OFFICER = TestActors.user("tinh", Role.PROVINCE_OFFICER, "12");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Indicators indicators;
  @Autowired ReportingLocks locks;
  @Autowired Resolutions resolutions;

  @BeforeEach
  void district() {
    TamDuong.ensure(port, jdbc);
  }

  @Test
  void aLockedDateKeepsWhatWasReportedAndSaysWhoChangedIt() {
    // a reused database may hold an earlier run's lock of this date
    jdbc.sql(
            "DELETE FROM indicator_lock_member WHERE lock_id IN (SELECT id FROM indicator_lock"
                + " WHERE unit_code = '106')")
        .update();
    jdbc.sql(
            "DELETE FROM indicator_lock_value WHERE lock_id IN (SELECT id FROM indicator_lock"
                + " WHERE unit_code = '106')")
        .update();
    jdbc.sql("DELETE FROM indicator_lock WHERE unit_code = '106'").update();
    ReportingLock lock = locks.lock("106", END_2019, "Báo cáo năm 2019", OFFICER);
    IndicatorScope scope = indicators.scope("106", END_2019, null, TestActors.SYSTEM);
    LockComparison same =
        locks
            .compare(
                lock,
                indicators.compute("PRO_SO_CAP_PLUS", scope, TestActors.SYSTEM),
                TestActors.SYSTEM)
            .orElseThrow();
    assertThat(same.differs()).isFalse();
    assertThat(same.lockedNumerator()).isEqualTo(2);
    assertThat(same.lockedDenominator()).isEqualTo(3);
    assertThatThrownBy(() -> locks.lock("106", END_2019, null, OFFICER))
        .isInstanceOf(ConflictException.class);

    // a person of 2019 entered late, after the report
    ObjectNode late = person("Lò Văn Muộn", false, 1980);
    late.set(
        "assignments",
        array(
            assignment(
                IndicatorsKnownAnswersTest.C,
                IndicatorsKnownAnswersTest.OLD_POST,
                "2019-01-01",
                "2019-12-31")));
    late.set("qualifications", array(qualification("PROFESSIONAL", "DAI_HOC", "2005-06-01")));
    var created = Api.admin(port).post("/api/people", late);
    assertThat(created.status()).isEqualTo(201);
    String lateId = created.json().get("id").asString();

    LockComparison now =
        locks
            .compare(
                lock,
                indicators.compute("PRO_SO_CAP_PLUS", scope, TestActors.SYSTEM),
                TestActors.SYSTEM)
            .orElseThrow();
    assertThat(now.differs()).isTrue();
    assertThat(now.lockedNumerator()).isEqualTo(2);
    assertThat(now.currentNumerator()).isEqualTo(3);
    assertThat(now.currentDenominator()).isEqualTo(4);
    assertThat(now.changes()).hasSize(1);
    LockComparison.Change change = now.changes().get(0);
    assertThat(change.id()).isEqualTo(lateId);
    assertThat(change.locked()).isEqualTo(LockComparison.Standing.ABSENT);
    assertThat(change.now()).isEqualTo(LockComparison.Standing.IN);
    assertThat(change.recordedSince()).isNotEmpty();

    JsonNode api =
        Api.admin(port)
            .get("/api/indicators/PRO_SO_CAP_PLUS/value?unit=106&asOf=2019-12-31")
            .json();
    assertThat(api.get("numerator").asLong()).isEqualTo(3);
    assertThat(api.get("locked").get("numerator").asLong()).isEqualTo(2);
    assertThat(api.get("locked").get("changedMembers").asLong()).isEqualTo(1);
  }

  @Test
  void targetsAreJudgedAtTheirMilestoneOrOnTrackAgainstToday() {
    Resolution r =
        resolutions.create(
            new ResolutionDraft(
                "T" + (System.nanoTime() % 1_000_000) + "-NQ/HU",
                "Nghị quyết thử nghiệm về chất lượng cán bộ cấp xã",
                "Huyện ủy Tam Đường",
                LocalDate.of(2016, 5, 1),
                "106",
                null),
            OFFICER);
    add(r, "PRO_SO_CAP_PLUS", "2018-12-31", "60");
    // trung cấp or higher: 2 of 3 (LLCT_SO_TRUNG_CAP reads "from sơ cấp up" since §13.7: 3 of 3)
    add(r, "LLCT_TRUNG_CAP_PLUS", "2020-12-31", "94.07");
    add(r, "PRO_DAI_HOC_PLUS", "2030-12-31", "35");
    add(r, "WOMEN", "2030-12-31", "60");
    add(r, "PARTY_MEMBER", "2030-12-31", "50");
    Map<String, TargetProgress> byCode =
        resolutions
            .progress(
                resolutions.require(r.id(), TestActors.SYSTEM),
                LocalDate.of(2026, 11, 27),
                TestActors.SYSTEM)
            .stream()
            .collect(Collectors.toMap(p -> p.target().indicatorCode(), p -> p));
    assertThat(byCode.get("PRO_SO_CAP_PLUS").status()).isEqualTo(TargetStatus.ACHIEVED);
    assertThat(byCode.get("PRO_SO_CAP_PLUS").value().percentText()).isEqualTo("66,67%");
    assertThat(byCode.get("LLCT_TRUNG_CAP_PLUS").status()).isEqualTo(TargetStatus.MISSED);
    // today the old district is the ground of its communes' successors: P1, P3, P4
    assertThat(byCode.get("PRO_DAI_HOC_PLUS").value().percentText()).isEqualTo("33,33%");
    assertThat(byCode.get("PRO_DAI_HOC_PLUS").status()).isEqualTo(TargetStatus.AT_RISK);
    assertThat(byCode.get("WOMEN").status()).isEqualTo(TargetStatus.ON_TRACK);
    assertThat(byCode.get("PARTY_MEMBER").status()).isEqualTo(TargetStatus.OFF_TRACK);
    TargetProgress women = byCode.get("WOMEN");
    assertThat(women.children().stream().mapToLong(TargetProgress.ChildProgress::denominator).sum())
        .isEqualTo(women.value().denominator());
  }

  private void add(Resolution r, String code, String milestone, String target) {
    resolutions.addTarget(
        r.id(),
        new TargetDraft(
            code,
            LocalDate.parse(milestone),
            new BigDecimal(target),
            Target.Direction.AT_LEAST,
            null),
        OFFICER);
  }

  @Test
  void theApiRecordsAResolutionAndItsTargetsAndRefusesBadOnes() {
    Api api = Api.admin(port);
    ObjectNode body = JSON.createObjectNode();
    body.put("number", "A" + (System.nanoTime() % 1_000_000) + "-NQ/TU");
    body.put("title", "Nghị quyết qua API");
    body.put("issuer", "Tỉnh ủy Lai Châu");
    body.put("issuedOn", "2021-03-01");
    body.put("unit", "12");
    var created = api.post("/api/resolutions", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    ObjectNode target = JSON.createObjectNode();
    target.put("indicator", "LLCT_SO_TRUNG_CAP");
    target.put("milestone", "2025-06-30");
    target.put("target", "94,07");
    var t = api.post("/api/resolutions/" + id + "/targets", target);
    assertThat(t.status()).as(t.body()).isEqualTo(201);
    assertThat(t.json().get("target").decimalValue()).isEqualByComparingTo("94.07");
    assertThat(api.post("/api/resolutions/" + id + "/targets", target).status()).isEqualTo(409);
    target.put("target", "140");
    target.put("milestone", "2026-06-30");
    assertThat(api.post("/api/resolutions/" + id + "/targets", target).status()).isEqualTo(400);
    JsonNode progress = api.get("/api/resolutions/" + id + "/progress").json();
    assertThat(progress.get("progress")).hasSize(1);
    assertThat(progress.get("progress").get(0).get("status").asString())
        .isIn("ACHIEVED", "MISSED", "NO_DATA");
    assertThat(api.get("/api/resolutions/999999").status()).isEqualTo(404);
  }
}
