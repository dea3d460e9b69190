package vn.cbcs.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.platform.WorkItem;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * Movements (NĐ 170/2025/NĐ-CP Điều 25, 26, 48, 50) between Xã Mông Ân (01312), Thái Học (01315)
 * and Cô Ba (01330) before the reform, and within Xã Cô Ba (01327) after it: planned with every
 * reason refused at once, approved by a decision that gives the post through the people module, the
 * warning of the post path (Điều 23: last year's rating) answered with the plan, and a rotation
 * whose period ended listed as needing a decision (API and work list).
 */
@IntegrationTest
class MovementsTest {

  @LocalServerPort int port;
  @Autowired MovementsDue due;

  private static long create(
      Api admin, String name, String unit, String post, String from, String to) {
    ObjectNode p = person(name, false, 1985);
    p.set("assignments", array(assignment(unit, post, from, to)));
    Api.Response r = admin.post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private static Map<String, Object> movement(
      long person, String kind, String from, String to, String fromDate, String until) {
    Map<String, Object> m = new HashMap<>();
    m.put("personId", person);
    m.put("kind", kind);
    m.put("fromUnit", from);
    m.put("toUnit", to);
    m.put("positionCode", "VAN_HOA_XA_HOI");
    m.put("fromDate", fromDate);
    m.put("untilDate", until);
    m.put("reason", "Đào tạo, rèn luyện qua thực tiễn ở cơ sở");
    return m;
  }

  private static List<Long> ids(JsonNode list) {
    List<Long> ids = new ArrayList<>();
    list.forEach(m -> ids.add(m.get("id").asLong()));
    return ids;
  }

  private static List<String> fields(Api.Response r) {
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  @Test
  void planRefuseApproveAndTheEndedRotationNeedsADecision() {
    Api admin = Api.admin(port);
    long person =
        create(admin, "Triệu Văn Luân", "01312", "VAN_HOA_XA_HOI", "2020-01-01", "2025-06-30");

    // a secondment beyond 3 years, from a commune the person is not in, no reason: all refused
    Map<String, Object> bad =
        movement(person, "SECONDMENT", "01330", "01315", "2024-01-01", "2027-06-01");
    bad.put("reason", " ");
    Api.Response refused = admin.post("/api/movements", bad);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(fields(refused)).containsExactlyInAnyOrder("fromUnit", "untilDate", "reason");
    assertThat(refused.body()).contains("Điều 26 khoản 2");
    // a transfer has no end date; a rotation needs one
    Api.Response transferUntil =
        admin.post(
            "/api/movements",
            movement(person, "TRANSFER", "01312", "01315", "2024-01-01", "2025-01-01"));
    assertThat(fields(transferUntil)).containsExactly("untilDate");
    Api.Response rotationOpen =
        admin.post(
            "/api/movements", movement(person, "ROTATION", "01312", "01315", "2024-01-01", null));
    assertThat(fields(rotationOpen)).containsExactly("untilDate");
    assertThat(admin.get("/api/movements?unit=01315").json().size()).isZero();

    // a one-year rotation: planned with the warning of Điều 48 (at least 3 years)
    Api.Response planned =
        admin.post(
            "/api/movements",
            movement(person, "ROTATION", "01312", "01315", "2024-01-01", "2024-12-31"));
    assertThat(planned.status()).as(planned.body()).isEqualTo(201);
    assertThat(planned.json().get("status").asString()).isEqualTo("PLANNED");
    assertThat(planned.json().get("warnings").toString()).contains("Điều 48");
    long id = planned.json().get("id").asLong();

    Map<String, Object> decision = new HashMap<>();
    decision.put("number", "15/QĐ-UBND");
    decision.put("decidedOn", "2024-01-05");
    decision.put("issuer", "UBND huyện Hòa An");
    Api.Response late = admin.post("/api/movements/" + id + "/decision", decision);
    assertThat(late.status()).as(late.body()).isEqualTo(400);
    assertThat(fields(late)).containsExactly("decidedOn");

    decision.put("decidedOn", "2023-12-20");
    Api.Response approved = admin.post("/api/movements/" + id + "/decision", decision);
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
    assertThat(approved.json().get("assignmentId").isNull()).isFalse();
    assertThat(admin.post("/api/movements/" + id + "/decision", decision).status()).isEqualTo(409);

    // the post by that decision, and the home post ended the day before
    JsonNode record = admin.get("/api/people/" + person).json();
    assertThat(record.toString()).contains("15/QĐ-UBND", "ROTATION", "01315");
    JsonNode in2024 = admin.get("/api/people?unit=01315&asOf=2024-06-01").json();
    assertThat(in2024.toString()).contains("Triệu Văn Luân");
    assertThat(admin.get("/api/people?unit=01312&asOf=2024-06-01").json().toString())
        .doesNotContain("Triệu Văn Luân");

    // after 31-12-2024 the rotation has ended with no new post: it needs a decision
    assertThat(ids(admin.get("/api/movements?needsDecision=true&asOf=2025-02-01").json()))
        .contains(id);
    assertThat(ids(admin.get("/api/movements?needsDecision=true&asOf=2024-12-01").json()))
        .doesNotContain(id);
    List<WorkItem> items =
        due.dueFor(vn.cbcs.support.TestActors.ADMIN, java.time.LocalDate.parse("2025-02-01"));
    assertThat(items)
        .anySatisfy(
            w -> {
              assertThat(w.forWhom()).isEqualTo("Triệu Văn Luân");
              assertThat(w.kind()).isEqualTo("movement.ended.ROTATION");
              assertThat(w.rule()).contains("Điều 50");
            });
  }

  @Test
  void aChangeOfJobPositionWarnsAboutLastYearsRating() {
    Api admin = Api.admin(port);
    long person = create(admin, "Triệu Thị Đổi", "01327", "VTVL_VHXH_Y_TE", "2026-06-01", null);
    Map<String, Object> m = movement(person, "TRANSFER", "01327", "01327", "2027-02-01", null);
    m.put("positionCode", "VTVL_VP_KE_TOAN");
    Api.Response planned = admin.post("/api/movements", m);
    assertThat(planned.status()).as(planned.body()).isEqualTo(201);
    assertThat(planned.json().get("warnings").toString())
        .contains("2026", "Điều 23 khoản 2 điểm b");
  }
}
