package vn.cbcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.TestActors;
import vn.cbcs.support.TestUsers;

/**
 * Disciplined in the evaluation year → KHTNV (NĐ 90/2020 Điều 2 as amended by NĐ 48/2023; NĐ
 * 335/2025), and one offence counts in one year only (NĐ 48/2023): the decision names the earlier
 * year whose KHTNV rating already counted it. Test data: Xã Quảng Lâm (01304, Cao Bằng), years
 * 2026–2027; no other test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisciplineInYearTest {

  static final String QUANG_LAM = "01304";

  @LocalServerPort int port;
  @Autowired PastRatings past;

  Api officer;
  Api head;

  @BeforeAll
  void users() {
    officer =
        new Api(
            port, TestUsers.create(port, "xaql", "COMMUNE_OFFICER", QUANG_LAM), TestUsers.PASSWORD);
    head =
        new Api(
            port, TestUsers.create(port, "ctql", "COMMUNE_HEAD", QUANG_LAM), TestUsers.PASSWORD);
  }

  private long disciplined(String name, String decidedOn, String number) {
    ObjectNode p = PersonJsonMother.person(name + " " + System.nanoTime() % 100_000, true, 1985);
    p.set(
        "assignments",
        array(assignment(QUANG_LAM, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    ObjectNode d = p.objectNode();
    d.put("form", "KHIEN_TRACH");
    d.put("system", "STATE");
    d.put("decidedOn", decidedOn);
    d.put("effectiveFrom", decidedOn);
    d.put("issuer", "UBND xã Quảng Lâm");
    d.put("decisionNumber", number);
    p.set("disciplines", array(d));
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  /** Opened, self-assessed, met and proposed at HTTNV: ready for the decision. */
  private long ready(long person, int year) {
    Api.Response o =
        officer.post("/api/evaluations", Map.of("personId", String.valueOf(person), "year", year));
    assertThat(o.status()).as(o.body()).isEqualTo(201);
    long id = o.json().get("id").asLong();
    ok(
        officer.post(
            "/api/evaluations/" + id + "/self-assessment",
            Map.of("generalPoints", "26", "taskPoints", "56", "on", year + "-11-20")));
    ok(
        officer.post(
            "/api/evaluations/" + id + "/meeting",
            Map.of("on", year + "-11-25", "minutes", "Biên bản họp", "votesHttnv", 7)));
    ok(
        officer.post(
            "/api/evaluations/" + id + "/proposal",
            Map.of("level", "HTTNV", "points", "82", "on", year + "-11-26")));
    return id;
  }

  private static void ok(Api.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  private Api.Response decide(long id, int year, String level, Integer countedIn) {
    Map<String, Object> d =
        new java.util.HashMap<>(
            Map.of(
                "level",
                level,
                "number",
                "5" + id + "/QĐ-UBND",
                "date",
                year + "-12-10",
                "signer",
                "Chủ tịch UBND xã"));
    if (countedIn != null) {
      d.put("disciplineCountedIn", countedIn);
    }
    return head.post("/api/evaluations/" + id + "/decision", d);
  }

  @Test
  void aDisciplineDecidedInTheYearLeavesOnlyKhtnv() {
    long person = disciplined("Lục Văn Kỷ Luật", "2026-05-10", "31/QĐ-UBND");
    long id = ready(person, 2026);

    Api.Response refused = decide(id, 2026, "HTTNV", null);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("31/QĐ-UBND", "10/05/2026", "Nghị định 335/2025/NĐ-CP");
    assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("level");
    // nothing written: the evaluation is still waiting for its decision
    assertThat(officer.get("/api/evaluations/" + id).json().get("status").asString())
        .isEqualTo("PROPOSED");

    Api.Response khtnv = decide(id, 2026, "KHTNV", null);
    assertThat(khtnv.status()).as(khtnv.body()).isEqualTo(200);
  }

  @Test
  void anOffenceAlreadyCountedInTheYearBeforeDoesNotCountAgain() {
    // the offence of 2026 was rated KHTNV in 2026; its discipline came in February 2027
    long person = disciplined("Lục Văn Một Lần", "2027-02-15", "4/QĐ-UBND");
    past.record(List.of(row(person, 2026, Level.KHTNV)), TestActors.ADMIN);
    long id = ready(person, 2027);

    assertThat(decide(id, 2027, "HTTNV", null).status()).isEqualTo(400);
    Api.Response wrongYear = decide(id, 2027, "HTTNV", 2025);
    assertThat(wrongYear.status()).as(wrongYear.body()).isEqualTo(400);
    assertThat(wrongYear.json().get("errors").get(0).get("field").asString())
        .isEqualTo("disciplineCountedIn");

    Api.Response counted = decide(id, 2027, "HTTNV", 2026);
    assertThat(counted.status()).as(counted.body()).isEqualTo(200);
    assertThat(counted.json().get("decision").get("level").asString()).isEqualTo("HTTNV");
  }

  @Test
  void pastRatingsInBulkAreRefusedAboveKhtnvForAYearWithADiscipline() {
    long person = disciplined("Lục Văn Quá Khứ", "2025-03-03", "12/QĐ-UBND");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> past.record(List.of(row(person, 2025, Level.HTNV)), TestActors.ADMIN))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).key()).isEqualTo("evaluation.discipline.inYear"));
    assertThat(past.record(List.of(row(person, 2025, Level.KHTNV)), TestActors.ADMIN)).isEqualTo(1);
  }

  private static PastRatings.Row row(long person, int year, Level level) {
    return new PastRatings.Row(
        person,
        year,
        RatingSystem.STATE,
        QUANG_LAM,
        LocalDate.of(year, 12, 31),
        false,
        level,
        "9/QĐ-UBND",
        LocalDate.of(year, 12, 12),
        "Chủ tịch UBND xã");
  }
}
