package vn.cbcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.platform.Role;
import vn.cbcs.platform.WorkItem;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * NĐ 170/2025/NĐ-CP Điều 23 khoản 2 điểm b: a công chức moved to another job position must have
 * been rated HTTNV or better the year before; a change without it is a work item. Test data: Phường
 * Nùng Trí Cao (01279, Cao Bằng), changes on 1-10-2026, ratings of 2025; no other test.
 */
@IntegrationTest
class JobPositionChangesTest {

  static final String NUNG_TRI_CAO = "01279";
  static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  @LocalServerPort int port;
  @Autowired JobPositionChanges changes;
  @Autowired PastRatings past;

  private long posted(String name, boolean moved) {
    ObjectNode p = person(name + " " + System.nanoTime() % 100_000, false, 1988);
    p.set(
        "assignments",
        moved
            ? array(
                assignment(NUNG_TRI_CAO, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", "2026-09-30"),
                assignment(NUNG_TRI_CAO, "VTVL_KT_DIA_CHINH", "2026-10-01", null))
            : array(assignment(NUNG_TRI_CAO, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private PastRatings.Row rated(long person, Level level) {
    return new PastRatings.Row(
        person,
        2025,
        RatingSystem.STATE,
        NUNG_TRI_CAO,
        LocalDate.of(2025, 12, 31),
        false,
        level,
        "77/QĐ-UBND",
        LocalDate.of(2025, 12, 10),
        "Chủ tịch UBND phường");
  }

  @Test
  void aChangeOfJobPositionWithoutHttnvTheYearBeforeIsAWorkItem() {
    long low = posted("Vi Văn Chuyển Thấp", true);
    long good = posted("Vi Văn Chuyển Tốt", true);
    long unrated = posted("Vi Văn Chuyển Chưa Xếp", true);
    long stayed = posted("Vi Văn Ở Lại", false);
    past.record(
        List.of(rated(low, Level.HTNV), rated(good, Level.HTTNV), rated(stayed, Level.KHTNV)),
        TestActors.ADMIN);

    List<WorkItem> items =
        changes.dueFor(TestActors.user("xa-ntc", Role.COMMUNE_OFFICER, NUNG_TRI_CAO), TODAY);
    assertThat(items)
        .extracting(WorkItem::kind, WorkItem::args, WorkItem::due, WorkItem::rule)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "evaluation.jobChangeLow",
                List.of("2025", "HTNV"),
                LocalDate.of(2026, 10, 1),
                JobPositionChanges.RULE),
            org.assertj.core.groups.Tuple.tuple(
                "evaluation.jobChangeUnrated",
                List.of("2025"),
                LocalDate.of(2026, 10, 1),
                JobPositionChanges.RULE));
    assertThat(items)
        .extracting(WorkItem::link)
        .containsExactlyInAnyOrder(
            "/people/" + low + "/evaluations", "/people/" + unrated + "/evaluations");
    // outside the officer's commune, or without the capability: nothing
    assertThat(changes.dueFor(TestActors.user("xa-tg", Role.COMMUNE_OFFICER, "01288"), TODAY))
        .isEmpty();
    assertThat(changes.dueFor(TestActors.user("ct-ntc", Role.COMMUNE_HEAD, NUNG_TRI_CAO), TODAY))
        .isEmpty();
    // after the window the change is no longer listed
    assertThat(
            changes.dueFor(
                TestActors.user("xa-ntc", Role.COMMUNE_OFFICER, NUNG_TRI_CAO),
                LocalDate.of(2026, 10, 1).plusDays(JobPositionChanges.WINDOW_DAYS)))
        .isEmpty();
  }

  /**
   * The same rule warns when the post is given (the post form and {@code POST
   * /api/people/{id}/assignments} share {@code PersonParts.postWarnings}). Xã Nam Quang (01297, Cao
   * Bằng), no other test.
   */
  @Test
  void givingAnotherJobPositionWarnsWithTheRuleWhenTheYearBeforeIsBelowHttnv() {
    String namQuang = "01297";
    long low = inPost(namQuang, "Nông Văn Cảnh Báo");
    long good = inPost(namQuang, "Nông Văn Đủ Điều Kiện");
    past.record(
        List.of(ratedIn(namQuang, low, Level.HTNV), ratedIn(namQuang, good, Level.HTTNV)),
        TestActors.ADMIN);

    Api.Response warned = move(low, namQuang);
    assertThat(warned.status()).as(warned.body()).isEqualTo(201);
    assertThat(warned.json().get("warnings")).hasSize(1);
    assertThat(warned.json().get("warnings").get(0).get("rule").asString())
        .isEqualTo(JobPositionChanges.RULE);
    assertThat(warned.json().get("warnings").get(0).get("message").asString())
        .contains("2025", "HTNV");

    Api.Response clean = move(good, namQuang);
    assertThat(clean.status()).as(clean.body()).isEqualTo(201);
    assertThat(clean.json().get("warnings")).isEmpty();
  }

  private long inPost(String commune, String name) {
    ObjectNode p = person(name + " " + System.nanoTime() % 100_000, false, 1990);
    p.set(
        "assignments",
        array(assignment(commune, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private PastRatings.Row ratedIn(String commune, long person, Level level) {
    return new PastRatings.Row(
        person,
        2025,
        RatingSystem.STATE,
        commune,
        LocalDate.of(2025, 12, 31),
        false,
        level,
        "12/QĐ-UBND",
        LocalDate.of(2025, 12, 12),
        "Chủ tịch UBND xã");
  }

  private Api.Response move(long person, String commune) {
    ObjectNode a = assignment(commune, "VTVL_KT_DIA_CHINH", "2026-03-01", null);
    a.put("transfer", true);
    return Api.admin(port).post("/api/people/" + person + "/assignments", a);
  }
}
