package vn.cbcs.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cbcs.platform.Role;
import vn.cbcs.security.Visibility;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * A province officer records a change of the map by its resolution, corrects it and withdraws it
 * (issue 12): through the JSON API and the pages, with the map, the crosswalk and the scopes
 * showing each step at once, and the exact answers for those who may not (ADR 13: capability 403,
 * then 404, then ground 403, then 400). Each test leaves the map as the lists and the shipped
 * changes make it (a withdrawal puts it back exactly, which the last assertions prove).
 */
@IntegrationTest
class UnitChangesTest {

  /** A commune of Pác Nặm (060), which NQ 855 did not touch. */
  static final String PAC_NAM = "060";

  static final String MADE_UP = "99991";

  @LocalServerPort int port;
  @Autowired Units units;
  @Autowired Visibility visibility;

  private Api tinh() {
    return new Api(port, "tinh", "demo-cbcs-2025");
  }

  private String communeOfPacNam() {
    Unit district = units.find(PAC_NAM, LocalDate.of(2017, 1, 1)).orElseThrow();
    return units.communesUnder(district, LocalDate.of(2017, 1, 1)).get(0).code();
  }

  /**
   * A made-up earlier commune (99991) merged in 2017 into a commune of Pác Nặm: a change the map
   * did not know, of the kind NQ 855 made.
   */
  private Map<String, Object> merger(String into, String effective) {
    return Map.of(
        "resolutionNumber",
        "9999/NQ-UBTVQH14",
        "issuer",
        "Ủy ban Thường vụ Quốc hội",
        "resolutionDate",
        "2017-03-01",
        "effectiveDate",
        effective,
        "kind",
        "MERGED",
        "note",
        "Thay đổi thử của bộ kiểm thử",
        "predecessors",
        List.of(
            Map.of("code", MADE_UP, "fullName", "Xã Thử Nghiệm", "parentCode", PAC_NAM),
            Map.of("code", into)),
        "successors",
        List.of(Map.of("code", into)));
  }

  @Test
  void recordedCorrectedAndWithdrawnTheMapScopesAndCrosswalkFollowAtOnce() {
    String into = communeOfPacNam();
    List<Unit> before = units.versions(into);
    var officer = TestActors.user("tinh", Role.PROVINCE_OFFICER, "19");
    Set<String> everBefore = visibility.communesEver(officer);
    assertThat(everBefore).contains(into).doesNotContain(MADE_UP);

    Api.Response r = tinh().post("/api/units/changes", merger(into, "2017-06-01"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    long id = r.json().get("id").asLong();
    try {
      assertThat(r.json().get("links").get(0).get("kind").asString()).isEqualTo("FULL");
      // the map of the days around the change
      assertThat(
              Api.admin(port)
                  .get("/api/units/06?asOf=2017-05-31")
                  .json()
                  .get("descendantCommuneCount")
                  .asLong())
          .isEqualTo(123);
      assertThat(
              Api.admin(port)
                  .get("/api/units/06?asOf=2017-06-01")
                  .json()
                  .get("descendantCommuneCount")
                  .asLong())
          .isEqualTo(122);
      Unit madeUp = units.find(MADE_UP, LocalDate.of(2017, 5, 31)).orElseThrow();
      assertThat(madeUp.path()).isEqualTo("06/060/" + MADE_UP);
      assertThat(units.successors(madeUp))
          .extracting(l -> l.successor().code() + " " + l.kind())
          .containsExactly(into + " FULL");
      // the scope of Thái Nguyên now reaches the made-up commune, without waiting for a cache
      assertThat(visibility.communesEver(officer)).contains(MADE_UP);
      assertThat(tinh().get("/api/units/" + into + "/changes").json())
          .anySatisfy(c -> assertThat(c.get("id").asLong()).isEqualTo(id));

      // the effective date was wrong: a correction, with its reason
      Map<String, Object> fixed = new java.util.HashMap<>(merger(into, "2017-07-01"));
      fixed.put("reason", "Ngày có hiệu lực ghi sai");
      Api.Response c = tinh().put("/api/units/changes/" + id, fixed);
      assertThat(c.status()).as(c.body()).isEqualTo(200);
      assertThat(c.json().get("version").asInt()).isEqualTo(2);
      assertThat(units.find(MADE_UP, LocalDate.of(2017, 6, 30))).isPresent();
      assertThat(units.versions(MADE_UP)).hasSize(1);
      assertThat(units.versions(MADE_UP).get(0).validTo()).isEqualTo(LocalDate.of(2017, 6, 30));
      var detail = tinh().get("/api/units/changes/" + id).json();
      assertThat(detail.get("versions")).hasSize(2);
      assertThat(detail.get("versions").get(1).get("supersededBy").asString()).isEqualTo("tinh");
      assertThat(detail.get("versions").get(0).get("reason").asString())
          .isEqualTo("Ngày có hiệu lực ghi sai");
    } finally {
      Api.Response w =
          tinh()
              .post(
                  "/api/units/changes/" + id + "/withdraw",
                  Map.of("reason", "Thay đổi thử của bộ kiểm thử"));
      assertThat(w.status()).as(w.body()).isEqualTo(200);
      assertThat(w.json().get("withdrawn").asBoolean()).isTrue();
    }
    // withdrawn: the map is exactly what it was, the scopes too
    assertThat(units.versions(MADE_UP)).isEmpty();
    assertThat(units.versions(into)).isEqualTo(before);
    assertThat(visibility.communesEver(officer)).isEqualTo(everBefore);
    assertThat(tinh().get("/api/units/changes/" + id).json().get("versions")).hasSize(3);
  }

  @Test
  void onlyProvinceOfficersOfTheGroundMayRecordAndEveryMistakeIsNamed() {
    String into = communeOfPacNam();
    Api xa = new Api(port, "xa", "demo-cbcs-2025");
    assertThat(xa.post("/api/units/changes", merger(into, "2017-06-01")).status())
        .as("a commune officer has no EDIT_RULES")
        .isEqualTo(403);
    Map<String, Object> hanoi =
        Map.of(
            "resolutionNumber",
            "9998/NQ-UBTVQH14",
            "resolutionDate",
            "2017-01-01",
            "effectiveDate",
            "2017-06-01",
            "kind",
            "RENAMED",
            "predecessors",
            List.of(Map.of("code", "00004", "fullName", "Phường Thử", "parentCode", "001")),
            "successors",
            List.of(Map.of("code", "00004")));
    Api.Response outside = tinh().post("/api/units/changes", hanoi);
    assertThat(outside.status()).as("Hà Nội is outside Thái Nguyên's ground").isEqualTo(403);
    assertThat(tinh().put("/api/units/changes/987654321", merger(into, "2017-06-01")).status())
        .isEqualTo(404);
    Api.Response bad =
        tinh()
            .post(
                "/api/units/changes",
                Map.of(
                    "resolutionNumber",
                    "9997/NQ-UBTVQH14",
                    "effectiveDate",
                    "2017-06-01",
                    "kind",
                    "MERGED",
                    "predecessors",
                    List.of(Map.of("code", into)),
                    "successors",
                    List.of(Map.of("code", into)),
                    "links",
                    List.of(Map.of("from", "88888", "to", into))));
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.body()).contains("resolutionDate", "links");
    assertThat(units.versions(into)).hasSize(units.versions(into).size());
  }

  /**
   * NQ 855 Art. 1 on the unit pages: Xã Văn Lang (02140) from 1-2-2020 lists Xã Ân Tình and Xã Lạng
   * San as predecessors, and the change of the resolution.
   */
  @Test
  void theLinksOfNq855AreBrowsableOnTheUnitPages() {
    var browser = new BrowserSession(port);
    browser.signIn("tinh", "demo-cbcs-2025");
    String page = browser.get("/units/02140?asOf=2020-02-01").body();
    assertThat(page).contains("Xã Văn Lang", "Xã Ân Tình", "Xã Lạng San", "855/NQ-UBTVQH14");
    assertThat(page).contains("/units/02164?asOf=2020-01-31");
    String anTinh = browser.get("/units/02164?asOf=2019-06-01").body();
    assertThat(anTinh).contains("Xã Ân Tình", "Xã Văn Lang", "01/02/2020");
    String list = browser.get("/units/changes").body();
    assertThat(list).contains("855/NQ-UBTVQH14", "722/NQ-UBTVQH15", "Thị trấn Vân Tùng");
  }

  @Test
  void theFormRecordsAndWithdrawsAChange() {
    String into = communeOfPacNam();
    List<Unit> before = units.versions(into);
    var browser = new BrowserSession(port);
    browser.signIn("tinh", "demo-cbcs-2025");
    assertThat(browser.get("/units/changes/new?unit=" + into).body())
        .contains("data-testid=\"change-form\"");
    var refused =
        browser.post(
            "/units/changes",
            Map.of(
                "resolutionNumber", "9996/NQ-UBTVQH14",
                "resolutionDate", "2017-03-01",
                "effectiveDate", "2017-06-01",
                "kind", "MERGED",
                "predecessors", MADE_UP + "\n" + into,
                "successors", into));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("data-testid=\"change-errors\"", "Mã " + MADE_UP + " không có trên bản đồ");
    browser.get("/units/changes/new");
    var saved =
        browser.post(
            "/units/changes",
            Map.of(
                "resolutionNumber", "9996/NQ-UBTVQH14",
                "resolutionDate", "2017-03-01",
                "effectiveDate", "2017-06-01",
                "kind", "MERGED",
                "predecessors", MADE_UP + "; Xã Thử Nghiệm; " + PAC_NAM + "\n" + into,
                "successors", into,
                "links", MADE_UP + " > " + into + " toàn bộ\n" + into + " > " + into));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    String location = saved.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/units/changes/\\d+\\?saved=1");
    String path = location.replaceAll("^https?://[^/]+", "").replace("?saved=1", "");
    String shown = browser.get(path).body();
    assertThat(shown)
        .contains("Xã Thử Nghiệm", "9996/NQ-UBTVQH14", "data-testid=\"withdraw-form\"");
    assertThat(units.find(MADE_UP, LocalDate.of(2017, 5, 31))).isPresent();
    // corrected on its page: another date, with the reason
    Map<String, String> corrected = new java.util.HashMap<>();
    corrected.put("resolutionNumber", "9996/NQ-UBTVQH14");
    corrected.put("resolutionDate", "2017-03-01");
    corrected.put("effectiveDate", "2017-09-01");
    corrected.put("kind", "MERGED");
    corrected.put("predecessors", MADE_UP + "; Xã Thử Nghiệm; " + PAC_NAM + "\n" + into);
    corrected.put("successors", into);
    var noReason = browser.post(path, corrected);
    assertThat(noReason.statusCode()).isEqualTo(200);
    assertThat(noReason.body()).contains("data-testid=\"error-reason\"");
    corrected.put("reason", "Ngày có hiệu lực theo Điều 2");
    var fixed = browser.post(path, corrected);
    assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(302);
    assertThat(units.versions(MADE_UP).get(0).validTo()).isEqualTo(LocalDate.of(2017, 8, 31));
    assertThat(browser.get(path).body()).contains("Ngày có hiệu lực theo Điều 2", "tinh");
    var withdrawn = browser.post(path + "/withdraw", Map.of("reason", "Ghi thử"));
    assertThat(withdrawn.statusCode()).isEqualTo(302);
    assertThat(browser.get(path).body()).contains("data-testid=\"change-withdrawn\"");
    assertThat(units.versions(MADE_UP)).isEmpty();
    assertThat(units.versions(into)).isEqualTo(before);
  }
}
