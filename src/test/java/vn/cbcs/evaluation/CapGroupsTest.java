package vn.cbcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.TestActors;
import vn.cbcs.support.TestUsers;

/**
 * The HTXSNV cap is counted per group with similar duties (NĐ 48/2023; QĐ 366-QĐ/TW Điều 11 điểm
 * 1.4), by default a commune's leaders apart from its other staff ({@link CapGroups}): ten staff
 * rated HTTNV do not make room for a leader's HTXSNV when the leaders have one HTTNV. Test data: Xã
 * Sơn Lộ (01360, Cao Bằng), years 2026 (decisions) and 2025 (past ratings); no other test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CapGroupsTest {

  static final String SON_LO = "01360";

  @LocalServerPort int port;
  @Autowired PastRatings past;

  Api officer;
  Api head;

  @BeforeAll
  void users() {
    officer =
        new Api(
            port, TestUsers.create(port, "xasl", "COMMUNE_OFFICER", SON_LO), TestUsers.PASSWORD);
    head =
        new Api(port, TestUsers.create(port, "ctsl", "COMMUNE_HEAD", SON_LO), TestUsers.PASSWORD);
  }

  private long inPost(String name, String post) {
    ObjectNode p = PersonJsonMother.person(name + " " + System.nanoTime() % 100_000, false, 1982);
    p.set("assignments", array(assignment(SON_LO, post, "2025-07-01", null)));
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private static PastRatings.Row row(long person, int year, boolean leader, Level level) {
    return new PastRatings.Row(
        person,
        year,
        RatingSystem.STATE,
        SON_LO,
        LocalDate.of(year, 12, 31),
        leader,
        level,
        "3/QĐ-UBND",
        LocalDate.of(year, 12, 10),
        "Chủ tịch UBND xã");
  }

  /** A 2026 evaluation proposed HTXSNV: ready for the decision. */
  private long ready(long person, boolean leader) {
    Api.Response o =
        officer.post(
            "/api/evaluations",
            Map.of("personId", String.valueOf(person), "year", 2026, "leader", leader));
    assertThat(o.status()).as(o.body()).isEqualTo(201);
    long id = o.json().get("id").asLong();
    ok(
        officer.post(
            "/api/evaluations/" + id + "/self-assessment",
            Map.of("generalPoints", "29", "taskPoints", "68", "on", "2026-11-20")));
    ok(
        officer.post(
            "/api/evaluations/" + id + "/meeting",
            Map.of("on", "2026-11-25", "minutes", "Biên bản họp", "votesHtxsnv", 9)));
    ok(
        officer.post(
            "/api/evaluations/" + id + "/proposal",
            Map.of("level", "HTXSNV", "points", "97", "on", "2026-11-26")));
    return id;
  }

  private static void ok(Api.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  private Api.Response decideHtxsnv(long id) {
    return head.post(
        "/api/evaluations/" + id + "/decision",
        Map.of(
            "level",
            "HTXSNV",
            "number",
            id + "/QĐ-UBND",
            "date",
            "2026-12-10",
            "signer",
            "Chủ tịch"));
  }

  @Test
  void theLeadersAreCountedApartFromTheStaff() {
    List<PastRatings.Row> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      rows.add(
          row(
              inPost("Đàm Văn Nhân Viên", "VTVL_VP_HANH_CHINH_TONG_HOP"),
              2026,
              false,
              Level.HTTNV));
    }
    rows.add(row(inPost("Đàm Văn Phó", "PHO_CHU_TICH_UBND"), 2026, true, Level.HTTNV));
    past.record(rows, TestActors.ADMIN);

    long leader = ready(inPost("Đàm Văn Chủ Tịch", "CHU_TICH_UBND"), true);
    Api.Response refused = decideHtxsnv(leader);
    // one HTXSNV against one HTTNV among the leaders: at most 20% of 1, i.e. none
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("nhóm cán bộ lãnh đạo, quản lý", "tối đa 20% số HTTNV");

    long staff = ready(inPost("Đàm Thị Xuất Sắc", "VTVL_VP_HANH_CHINH_TONG_HOP"), false);
    // one against ten among the staff: at most 2
    assertThat(decideHtxsnv(staff).status()).isEqualTo(200);
  }

  @Test
  void pastRatingsAreCappedPerGroupToo() {
    long deputy = inPost("Đàm Văn Phó Hai", "PHO_CHU_TICH_UBND");
    long chair = inPost("Đàm Văn Phó Ba", "PHO_CHU_TICH_UBND");
    List<PastRatings.Row> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      rows.add(row(inPost("Đàm Văn Cũ", "VTVL_VP_HANH_CHINH_TONG_HOP"), 2025, false, Level.HTTNV));
    }
    rows.add(row(deputy, 2025, true, Level.HTTNV));
    rows.add(row(chair, 2025, true, Level.HTXSNV));
    assertThatThrownBy(() -> past.record(rows, TestActors.ADMIN))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.messageKey()).isEqualTo("evaluation.past.capExceeded.leaders"));
  }
}
