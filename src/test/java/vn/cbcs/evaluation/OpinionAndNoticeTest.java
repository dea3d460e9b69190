package vn.cbcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * The Party committee's opinion (after the meeting, before the decision) and the notice of the
 * result to the person (after the decision, once): REGULATIONS.md §2.2 procedure steps 3 and 5.
 * Test data: Phường Tân Giang (01288, Cao Bằng), evaluation year 2027, used by no other test.
 */
@IntegrationTest
class OpinionAndNoticeTest {

  static final String TAN_GIANG = "01288";

  @LocalServerPort int port;

  private static JsonNode ok(Api.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static String firstField(Api.Response r) {
    return r.json().get("errors").get(0).get("field").asString();
  }

  @Test
  void theCommitteesOpinionComesAfterTheMeetingAndTheNoticeAfterTheDecision() {
    ObjectNode p = person("Bế Thị Thông Báo", true, 1985);
    p.set(
        "assignments",
        array(assignment(TAN_GIANG, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    long person = Api.admin(port).post("/api/people", p).json().get("id").asLong();
    Api officer =
        new Api(
            port, TestUsers.create(port, "xtgo", "COMMUNE_OFFICER", TAN_GIANG), TestUsers.PASSWORD);
    Api head =
        new Api(
            port, TestUsers.create(port, "ctgo", "COMMUNE_HEAD", TAN_GIANG), TestUsers.PASSWORD);
    Api.Response opened =
        officer.post("/api/evaluations", Map.of("personId", String.valueOf(person), "year", 2027));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    long id = opened.json().get("id").asLong();
    String base = "/api/evaluations/" + id;

    // before the meeting: refused, saying why
    Api.Response early =
        officer.post(base + "/party-opinion", Map.of("text", "Đồng ý", "on", "2027-11-26"));
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.json().get("errors").get(0).get("message").asString())
        .contains("Chưa họp đánh giá");
    ok(
        officer.post(
            base + "/self-assessment",
            Map.of("generalPoints", "26", "taskPoints", "58", "on", "2027-11-20")));
    ok(
        officer.post(
            base + "/meeting", Map.of("on", "2027-11-25", "minutes", "Biên bản", "votesHttnv", 8)));
    Api.Response before =
        officer.post(base + "/party-opinion", Map.of("text", "Đồng ý", "on", "2027-11-24"));
    assertThat(before.status()).isEqualTo(400);
    assertThat(firstField(before)).isEqualTo("on");
    // the head decides, the officers record: the committee's opinion is an officer's step
    assertThat(
            head.post(base + "/party-opinion", Map.of("text", "Đồng ý", "on", "2027-11-26"))
                .status())
        .isEqualTo(403);
    JsonNode withOpinion =
        ok(
            officer.post(
                base + "/party-opinion",
                Map.of(
                    "text", "Đảng ủy nhất trí mức Hoàn thành tốt nhiệm vụ", "on", "2027-11-26")));
    assertThat(withOpinion.get("partyOpinion").get("on").asString()).isEqualTo("2027-11-26");
    assertThat(withOpinion.get("partyOpinion").get("recordedBy").asString()).isNotBlank();

    // no notice before the decision
    assertThat(officer.post(base + "/notice", Map.of("on", "2027-12-12")).status()).isEqualTo(409);
    ok(
        officer.post(
            base + "/proposal", Map.of("level", "HTTNV", "points", "84", "on", "2027-11-27")));
    ok(
        head.post(
            base + "/decision",
            Map.of(
                "level",
                "HTTNV",
                "number",
                "301/QĐ-UBND",
                "date",
                "2027-12-10",
                "signer",
                "Chủ tịch UBND phường")));
    // after the decision the opinion can no longer change: the rating is final
    assertThat(
            officer
                .post(base + "/party-opinion", Map.of("text", "Khác", "on", "2027-12-11"))
                .status())
        .isEqualTo(409);
    Api.Response tooEarly = head.post(base + "/notice", Map.of("on", "2027-12-09"));
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(firstField(tooEarly)).isEqualTo("on");
    JsonNode notified =
        ok(head.post(base + "/notice", Map.of("on", "2027-12-12", "text", "Văn bản số 12/TB")));
    assertThat(notified.get("notice").get("on").asString()).isEqualTo("2027-12-12");
    assertThat(notified.get("notice").get("text").asString()).isEqualTo("Văn bản số 12/TB");
    assertThat(officer.post(base + "/notice", Map.of("on", "2027-12-13")).status()).isEqualTo(409);
    // the person's page shows both
    String page = officer.download("/people/" + person + "/evaluations").text();
    assertThat(page)
        .contains("Cấp ủy cho ý kiến", "Đảng ủy nhất trí")
        .doesNotContain("data-testid=\"form-notice\"")
        .contains("Đã thông báo kết quả ngày 12/12/2027");
  }
}
