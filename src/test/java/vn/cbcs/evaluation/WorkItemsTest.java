package vn.cbcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.home.WorkList;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Role;
import vn.cbcs.platform.WorkItem;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * The work list (ADR 15 §6) and the consequences of final ratings as items with deadlines, known
 * answers per rule. Test data: Xã Bảo Lâm (01290, Cao Bằng; before 1-7-2025 Xã Vĩnh Phong 01309
 * among others), used by no other test; outside: Xã Yên Thổ (01318). Ratings of 2026 (Law 80/2025 →
 * NĐ 170/2025) and 2024–2025 (NĐ 90/2020 → the old two-year rule); the items are read as on
 * 6-12-2026.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkItemsTest {

  static final String TAN_GIANG = "01290";
  static final String HOA_CHUNG_OLD = "01309";
  static final String NUNG_TRI_CAO = "01318";
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 6);
  static final String PASSWORD = vn.cbcs.support.TestUsers.PASSWORD;
  private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

  @LocalServerPort int port;
  @Autowired RatingConsequences consequences;
  @Autowired RatingsDue ratingsDue;
  @Autowired WorkList workList;

  Api admin;
  Api officer;
  Api head;
  String officerName;
  String outsideOfficerName;
  String cadreName;

  String leader;
  String civilServant;
  String twoYears;
  String oneOldYear;
  String wellRated;
  String undecided;
  String retiree;
  String formerLeader;
  long leaderId;

  @BeforeAll
  void data() {
    admin = Api.admin(port);
    officerName = user("xatg", "COMMUNE_OFFICER", TAN_GIANG);
    officer = new Api(port, officerName, PASSWORD);
    head = new Api(port, user("cttg", "COMMUNE_HEAD", TAN_GIANG), PASSWORD);
    outsideOfficerName = user("xantc", "COMMUNE_OFFICER", NUNG_TRI_CAO);
    cadreName = user("cbtg", "CADRE", TAN_GIANG);

    // a head of division (a leadership post) rated KHTNV for 2026, decided on Monday 2-11-2026
    leader = "Hoàng Văn Trưởng Phòng " + SEQ.incrementAndGet();
    leaderId = person(leader, post(TAN_GIANG, "TRUONG_PHONG_VH_XH", "2025-07-01", null));
    rate(leaderId, 2026, "KHTNV", "2026-11-02");
    // a civil servant (job position) rated KHTNV for 2026
    civilServant = "Nông Thị Công Chức " + SEQ.incrementAndGet();
    rate(person(civilServant, job()), 2026, "KHTNV", "2026-11-02");
    // a civil servant rated KHTNV for 2024 and 2025 (NĐ 90/2020), before and after the merger
    twoYears = "Bế Văn Hai Năm " + SEQ.incrementAndGet();
    long two =
        person(
            twoYears, post(HOA_CHUNG_OLD, "VAN_PHONG_THONG_KE", "2023-01-01", "2025-06-30"), job());
    rate(two, 2024, "KHTNV", "2024-12-10");
    rate(two, 2025, "KHTNV", "2025-12-10");
    // one year KHTNV under NĐ 90/2020 had no consequence of its own
    oneOldYear = "Lục Thị Một Năm " + SEQ.incrementAndGet();
    rate(person(oneOldYear, job()), 2025, "KHTNV", "2025-12-10");
    // rated HTNV: no consequence
    wellRated = "Đàm Văn Hoàn Thành " + SEQ.incrementAndGet();
    rate(person(wellRated, job()), 2026, "HTNV", "2026-11-02");
    // opened, not decided: still to rate
    undecided = "La Thị Chưa Xếp Loại " + SEQ.incrementAndGet();
    open(person(undecided, job()), 2026);
    // a leader rated KHTNV who has already left the leadership post: the removal is moot
    formerLeader = "Lý Văn Đã Miễn Nhiệm " + SEQ.incrementAndGet();
    rate(
        person(
            formerLeader,
            post(TAN_GIANG, "CHANH_VAN_PHONG_HDND_UBND", "2025-07-01", "2026-11-20"),
            post(TAN_GIANG, "VTVL_VP_HANH_CHINH_TONG_HOP", "2026-11-21", null)),
        2026,
        "KHTNV",
        "2026-11-02");
    // a man born on 10-8-1966 retires on 31-8-2028 (NĐ 135/2020); not rated for 2026 either
    retiree = "Triệu Văn Nghỉ Hưu " + SEQ.incrementAndGet();
    ObjectNode p = vn.cbcs.support.PersonJsonMother.person(retiree, false, 1966);
    p.put("birthDate", "1966-08-10");
    p.set("assignments", array(job()));
    Api.Response r = admin.post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  private String user(String prefix, String role, String scope) {
    return vn.cbcs.support.TestUsers.create(port, prefix, role, scope);
  }

  private static ObjectNode post(String unit, String position, String from, String to) {
    return assignment(unit, position, from, to);
  }

  private static ObjectNode job() {
    return post(TAN_GIANG, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null);
  }

  private long person(String name, ObjectNode... posts) {
    ObjectNode p = vn.cbcs.support.PersonJsonMother.person(name, false, 1980);
    p.set("assignments", array(posts));
    Api.Response r = admin.post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private long open(long person, int year) {
    Api.Response r =
        officer.post("/api/evaluations", Map.of("personId", String.valueOf(person), "year", year));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  /** Every step by the officer, the decision by the commune's head. */
  private void rate(long person, int year, String level, String decidedOn) {
    long id = open(person, year);
    String y = String.valueOf(year);
    boolean old = year <= 2025; // NĐ 90/2020: 20 + 80 points (a provincial scheme)
    ok(
        officer.post(
            "/api/evaluations/" + id + "/self-assessment",
            Map.of("generalPoints", old ? "10" : "15", "taskPoints", "30", "on", y + "-10-20")));
    ok(
        officer.post(
            "/api/evaluations/" + id + "/meeting",
            Map.of("on", y + "-10-25", "minutes", "Biên bản họp", "votesKhtnv", 9)));
    ok(
        officer.post(
            "/api/evaluations/" + id + "/proposal", Map.of("level", level, "on", y + "-10-26")));
    ok(
        head.post(
            "/api/evaluations/" + id + "/decision",
            Map.of(
                "level",
                level,
                "number",
                "01/QĐ-UBND",
                "date",
                decidedOn,
                "signer",
                "Chủ tịch UBND xã")));
  }

  private static JsonNode ok(Api.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static Actor actor(String username, Role role, String scope) {
    return TestActors.user(username, role, scope);
  }

  /** The items naming this test's people, as "kind|for whom|due". */
  private Set<String> mine(List<WorkItem> items) {
    Set<String> names =
        Set.of(
            leader,
            civilServant,
            twoYears,
            oneOldYear,
            wellRated,
            undecided,
            retiree,
            formerLeader);
    return items.stream()
        .filter(i -> names.contains(i.forWhom()))
        .map(i -> i.kind() + "|" + i.forWhom() + "|" + i.due())
        .collect(Collectors.toSet());
  }

  @Test
  @DisplayName(
      "NĐ 170/2025 Điều 53 khoản 2, Điều 57 khoản 3; Luật CBCC 2008 (2019) Điều 58 khoản 3:"
          + " the consequences of KHTNV with their deadlines")
  void consequencesOfKhtnvAreItemsWithTheirDeadlines() {
    List<WorkItem> items =
        consequences.dueFor(actor(officerName, Role.COMMUNE_OFFICER, TAN_GIANG), AS_OF);
    assertThat(mine(items))
        .containsExactlyInAnyOrder(
            // 10 working days after Monday 2-11-2026, then 10 more
            "evaluation.removalProposal|" + leader + "|2026-11-16",
            "evaluation.removalDecision|" + leader + "|2026-11-30",
            // 30 days after the result
            "evaluation.dismissal|" + civilServant + "|2026-12-02",
            // the old rule: the second year's decision + 30 days (configured)
            "evaluation.oldDismissal|" + twoYears + "|2026-01-09");
    WorkItem removal =
        items.stream()
            .filter(i -> i.kind().equals("evaluation.removalProposal"))
            .filter(i -> i.forWhom().equals(leader))
            .findFirst()
            .orElseThrow();
    assertThat(removal.rule()).isEqualTo("Nghị định 170/2025/NĐ-CP, Điều 53 khoản 2 điểm a");
    assertThat(removal.link()).isEqualTo("/people/" + leaderId + "/evaluations");
    assertThat(removal.unitName()).isEqualTo("Xã Bảo Lâm");
    assertThat(removal.severity()).isEqualTo(WorkItem.Severity.CRITICAL);
    assertThat(removal.overdueOn(AS_OF)).isTrue();
    assertThat(removal.args()).containsExactly("2026");
    // the competent person sees them too; a reader without a part in ratings does not
    assertThat(mine(consequences.dueFor(actor("ct", Role.COMMUNE_HEAD, TAN_GIANG), AS_OF)))
        .hasSize(4);
    assertThat(consequences.dueFor(actor("tt", Role.INSPECTOR, TAN_GIANG), AS_OF)).isEmpty();
    // beyond the look-back (2 years), the 2026 ratings are no longer read
    assertThat(
            mine(
                consequences.dueFor(
                    actor(officerName, Role.COMMUNE_OFFICER, TAN_GIANG), LocalDate.of(2029, 1, 5))))
        .isEmpty();
  }

  @Test
  @DisplayName("NĐ 90/2020 (trước 15/12): people in post without a decided rating, per commune")
  void ratingsDueOn15DecemberWithTheCount() {
    List<WorkItem> items =
        ratingsDue.dueFor(actor(officerName, Role.COMMUNE_OFFICER, TAN_GIANG), AS_OF);
    assertThat(items).hasSize(1);
    WorkItem i = items.get(0);
    assertThat(i.kind()).isEqualTo("evaluation.ratingsDue");
    // the two-year civil servant, the one-old-year one and the retiree (no 2026 rating), and the
    // undecided one
    assertThat(i.args()).containsExactly("2026", "4");
    assertThat(i.due()).isEqualTo(LocalDate.of(2026, 12, 15));
    assertThat(i.forWhom()).isEqualTo("Xã Bảo Lâm");
    assertThat(i.link()).isEqualTo("/evaluations?unit=" + TAN_GIANG + "&year=2026");
    assertThat(i.overdueOn(AS_OF)).isFalse();
    assertThat(i.overdueOn(LocalDate.of(2026, 12, 16))).isTrue();
    // before the notice period, nothing; the head (no PROPOSE_RATINGS) keeps no ratings
    assertThat(
            ratingsDue.dueFor(
                actor(officerName, Role.COMMUNE_OFFICER, TAN_GIANG), LocalDate.of(2026, 8, 1)))
        .isEmpty();
    assertThat(ratingsDue.dueFor(actor("ct", Role.COMMUNE_HEAD, TAN_GIANG), AS_OF)).isEmpty();
    // a province scope: one item for the province, with the total and the communes
    List<WorkItem> province =
        ratingsDue.dueFor(actor("tinhcb", Role.PROVINCE_OFFICER, "04"), AS_OF);
    assertThat(province).hasSize(1);
    assertThat(province.get(0).kind()).isEqualTo("evaluation.ratingsDueUnits");
    assertThat(province.get(0).forWhom()).isEqualTo("Tỉnh Cao Bằng");
    assertThat(province.get(0).link()).isEqualTo("/evaluations?unit=04&year=2026");
    assertThat(Long.parseLong(province.get(0).args().get(1))).isGreaterThanOrEqualTo(4);
    assertThat(Long.parseLong(province.get(0).args().get(2))).isGreaterThanOrEqualTo(1);
  }

  @Test
  @DisplayName(
      "Standards' alerts as items: NĐ 170/2025 Điều 62 notice 6 months before retirement, within"
          + " the 3 months of the work list")
  void alertsAreTheFirstImplementation() {
    Actor officerActor = actor(officerName, Role.COMMUNE_OFFICER, TAN_GIANG);
    LocalDate day = LocalDate.of(2028, 1, 1);
    List<WorkItem> items =
        workList.items(officerActor, day).stream()
            .filter(i -> retiree.equals(i.forWhom()))
            .filter(i -> !i.kind().equals("standards.STANDARD_DEADLINE"))
            .toList();
    // the notice (29-2-2028) falls within 3 months; the decision (31-5-2028) does not yet
    assertThat(items).hasSize(1);
    WorkItem notice = items.get(0);
    assertThat(notice.kind()).isEqualTo("standards.RETIREMENT_NOTICE");
    assertThat(notice.due()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(notice.rule()).isEqualTo("Nghị định 170/2025/NĐ-CP, Điều 62 (Mẫu số 2)");
    assertThat(notice.unitName()).isEqualTo("Xã Bảo Lâm");
    assertThat(notice.args()).containsExactly("Hành chính - tổng hợp (Văn phòng HĐND và UBND)");
    assertThat(notice.group()).isEqualTo("standards.retirement");
    // another commune's officer, a cadre of the commune: nothing of it
    assertThat(workList.items(actor(outsideOfficerName, Role.COMMUNE_OFFICER, NUNG_TRI_CAO), day))
        .noneMatch(i -> retiree.equals(i.forWhom()));
    assertThat(workList.items(actor(cadreName, Role.CADRE, TAN_GIANG), day)).isEmpty();
  }

  @Test
  @DisplayName("Scope: another commune's officer, a cadre, an administrator without scope see none")
  void itemsAreScopedToTheActor() {
    Actor outside = actor(outsideOfficerName, Role.COMMUNE_OFFICER, NUNG_TRI_CAO);
    assertThat(mine(consequences.dueFor(outside, AS_OF))).isEmpty();
    assertThat(ratingsDue.dueFor(outside, AS_OF)).noneMatch(i -> i.forWhom().equals("Xã Bảo Lâm"));
    assertThat(
            workList.items(
                Actor.user(
                    cadreName, Actor.Source.UI, Set.of(Role.CADRE), List.of(TAN_GIANG), null),
                AS_OF))
        .isEmpty();
    // through the API, as the users themselves (today's date): exactly nothing outside
    Api.Response r = new Api(port, outsideOfficerName, PASSWORD).get("/api/work-items");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("count").asInt()).isZero();
    assertThat(r.json().get("items")).isEmpty();
    Api.Response cadre = new Api(port, cadreName, PASSWORD).get("/api/work-items");
    assertThat(cadre.status()).isEqualTo(200);
    assertThat(cadre.json().get("count").asInt()).isZero();
  }

  @Test
  @DisplayName("GET /api/work-items: the officer's items, bilingual, sorted by due date")
  void theApiListsTheOfficersItems() {
    Api.Response r = officer.get("/api/work-items");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<JsonNode> items = new java.util.ArrayList<>();
    r.json().get("items").forEach(items::add);
    JsonNode proposal =
        items.stream()
            .filter(i -> i.get("kind").asString().equals("evaluation.removalProposal"))
            .findFirst()
            .orElseThrow();
    assertThat(proposal.get("what").asString())
        .isEqualTo("Đề xuất xem xét miễn nhiệm (xếp loại không hoàn thành nhiệm vụ năm 2026)");
    assertThat(proposal.get("whatEn").asString())
        .isEqualTo("Propose the removal from office (\"not completed\" rating for 2026)");
    assertThat(proposal.get("forWhom").asString()).isEqualTo(leader);
    assertThat(proposal.get("due").asString()).isEqualTo("2026-11-16");
    assertThat(proposal.get("overdue").asBoolean()).isTrue();
    assertThat(proposal.get("rule").asString()).contains("Điều 53");
    List<String> dues = items.stream().map(i -> i.get("due").asString()).toList();
    assertThat(dues).isSorted();
  }

  @Test
  @DisplayName("The start page is a work list: the officer's items, grouped, overdue marked")
  void theStartPageShowsTheItems() {
    BrowserSession browser = new BrowserSession(port);
    assertThat(browser.signIn(officerName, PASSWORD).statusCode()).isEqualTo(302);
    String page = browser.get("/?lang=vi").body();
    assertThat(page).contains("Việc cần làm", "data-group=\"evaluation.consequence\"");
    assertThat(page)
        .contains(
            "Đề xuất xem xét miễn nhiệm (xếp loại không hoàn thành nhiệm vụ năm 2026)",
            leader,
            "Nghị định 170/2025/NĐ-CP, Điều 53 khoản 2 điểm a",
            "href=\"/people/" + leaderId + "/evaluations\"",
            "Quá hạn");
    assertThat(page).doesNotContain("Không có việc cần làm").doesNotContain("??");

    BrowserSession cadre = new BrowserSession(port);
    assertThat(cadre.signIn(cadreName, PASSWORD).statusCode()).isEqualTo(302);
    String empty = cadre.get("/?lang=vi").body();
    assertThat(empty).contains("Không có việc cần làm.").doesNotContain(leader);
    String english = cadre.get("/?lang=en").body();
    assertThat(english).contains("Nothing to do.");

    // the alerts page shows the officer's other work due in its window
    String alertsPage =
        browser.get("/alerts?unit=" + TAN_GIANG + "&asOf=2026-12-06&months=3&lang=vi").body();
    assertThat(alertsPage)
        .contains("data-testid=\"alerts-work\"", leader, "Quyết định cho thôi việc", civilServant);
  }
}
