package vn.cbcs.training;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * Known answers of {@code GET /api/training/needs} from each source, in Côn Lôn (02245, Tuyên
 * Quang), which no other test uses: below the standard of the post (the standards module's
 * verdicts), and leaders without the programme of NĐ 171/2025 Điều 16 khoản 2.
 */
@IntegrationTest
class NeedsTest {

  static final String CON_LON = "02245";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private long create(String name, String post, String from, ObjectNode... qualifications) {
    ObjectNode p = person(name + " " + (System.nanoTime() % 100000), false, 1985);
    p.set("assignments", array(assignment(CON_LON, post, from, null)));
    p.set("qualifications", array(qualifications));
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private List<JsonNode> needsOf(long person, String asOf) {
    Api.Response r = Api.admin(port).get("/api/training/needs?unit=" + CON_LON + "&asOf=" + asOf);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<JsonNode> mine = new ArrayList<>();
    r.json()
        .forEach(
            n -> {
              if (n.get("personId").asLong() == person) {
                mine.add(n);
              }
            });
    return mine;
  }

  private static JsonNode only(List<JsonNode> needs, String kind, String criterion) {
    List<JsonNode> found =
        needs.stream()
            .filter(
                n ->
                    n.get("kind").asString().equals(kind)
                        && n.get("criterion").asString().equals(criterion))
            .toList();
    assertThat(found).as(kind + " " + criterion + " in " + needs).hasSize(1);
    return found.get(0);
  }

  @Test
  @DisplayName(
      "Below standard: a chair appointed after 1-7-2025 without trung cấp LLCT (standards module)")
  void belowTheStandardOfThePost() {
    long chair =
        create(
            "Hà Văn Chưa Đạt",
            "CHU_TICH_UBND",
            "2025-07-01",
            qualification("PROFESSIONAL", "DAI_HOC", "2008-06-30"));
    JsonNode n = only(needsOf(chair, "2026-01-15"), "BELOW_STANDARD", "POLITICAL_THEORY_MIN");
    assertThat(n.get("required").asString()).isEqualTo("TRUNG_CAP");
    // appointed after the reform, not moved by it: no transition (REGULATIONS §13.1), due at once
    assertThat(n.get("deadline").asString()).isEqualTo("2025-07-01");
    assertThat(n.get("overdue").asBoolean()).isTrue();
    assertThat(n.get("rule").asString()).contains("QĐ 365-QĐ/TW");
    // the same verdict as the standards module's below-standard list
    Api.Response below =
        Api.admin(port).get("/api/standards/below?unit=" + CON_LON + "&asOf=2026-01-15");
    assertThat(below.body()).contains("\"personId\":" + chair);
    assertThat(n.get("closedBy").get("courseKind").asString()).isEqualTo("POLITICAL_THEORY");
    assertThat(n.get("closedBy").get("track").asString()).isEqualTo("POLITICAL_THEORY");
    assertThat(n.get("closedBy").get("level").asString()).isEqualTo("TRUNG_CAP");
    // with trung cấp LLCT there is no such need
    long met =
        create(
            "Hà Văn Đã Đạt",
            "PHO_CHU_TICH_UBND",
            "2025-07-01",
            qualification("PROFESSIONAL", "DAI_HOC", "2008-06-30"),
            qualification("POLITICAL_THEORY", "TRUNG_CAP", "2015-06-30"));
    assertThat(needsOf(met, "2026-01-15"))
        .noneMatch(x -> x.get("criterion").asString().equals("POLITICAL_THEORY_MIN"));
  }

  @Test
  @DisplayName(
      "NĐ 171/2025 Điều 16 khoản 2: a new head of division has 12 months for the programme")
  void leadersWithoutTheProgramme() {
    long head =
        create(
            "Lò Văn Mới Bổ Nhiệm",
            "TRUONG_PHONG_KINH_TE",
            "2025-09-01",
            qualification("PROFESSIONAL", "DAI_HOC", "2008-06-30"));
    JsonNode n = only(needsOf(head, "2026-01-15"), "LEADERSHIP_PROGRAMME", "LEADERSHIP_PROGRAMME");
    assertThat(n.get("deadline").asString()).isEqualTo("2026-09-01");
    assertThat(n.get("overdue").asBoolean()).isFalse();
    assertThat(n.get("rule").asString()).isEqualTo("Nghị định 171/2025/NĐ-CP, Điều 16 khoản 2");
    assertThat(n.get("closedBy").get("courseKind").asString()).isEqualTo("LEADERSHIP");
    // on the deadline itself it is overdue, and stays listed
    assertThat(
            only(needsOf(head, "2026-09-01"), "LEADERSHIP_PROGRAMME", "LEADERSHIP_PROGRAMME")
                .get("overdue")
                .asBoolean())
        .isTrue();
    // a completed LEADERSHIP course closes it from its certificate's date
    long course =
        jdbc.sql(
                "INSERT INTO training_course (kind, name, provider, unit_code, starts_on, ends_on,"
                    + " periods, funding, recorded_by) VALUES ('LEADERSHIP', 'BD lãnh đạo cấp phòng',"
                    + " 'Trường Chính trị tỉnh', :u, DATE '2026-02-02', DATE '2026-02-27', 160,"
                    + " 'STATE_BUDGET', 'test') RETURNING id")
            .param("u", CON_LON)
            .query(Long.class)
            .single();
    jdbc.sql(
            "INSERT INTO training_enrolment (course_id, person_id, status, certificate_number,"
                + " certificate_date, recorded_by) VALUES (:c, :p, 'COMPLETED', 'CC-01', DATE"
                + " '2026-03-01', 'test')")
        .param("c", course)
        .param("p", head)
        .update();
    assertThat(needsOf(head, "2026-02-28"))
        .anyMatch(x -> x.get("kind").asString().equals("LEADERSHIP_PROGRAMME"));
    assertThat(needsOf(head, "2026-03-01"))
        .noneMatch(x -> x.get("kind").asString().equals("LEADERSHIP_PROGRAMME"));
  }

  @Test
  @DisplayName("Elected cadres (CADRE) are not under NĐ 171/2025's leadership programme")
  void cadresAreNotCivilServantLeaders() {
    long chair =
        create(
            "Hà Văn Ủy Viên",
            "UY_VIEN_UBND",
            "2025-10-01",
            qualification("PROFESSIONAL", "DAI_HOC", "2008-06-30"));
    assertThat(needsOf(chair, "2026-01-15"))
        .noneMatch(x -> x.get("kind").asString().equals("LEADERSHIP_PROGRAMME"));
  }

  @Test
  @DisplayName("A unit outside the ground is 403, a missing one 404, no unit 400")
  void refusals() {
    assertThat(Api.admin(port).get("/api/training/needs?unit=99999").status()).isEqualTo(404);
    assertThat(Api.admin(port).get("/api/training/needs").status()).isEqualTo(400);
    assertThat(Api.admin(port).get("/api/training/needs?unit=" + CON_LON + "&asOf=x").status())
        .isEqualTo(400);
  }
}
