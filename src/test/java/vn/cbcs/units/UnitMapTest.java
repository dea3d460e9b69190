package vn.cbcs.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * The official map as loaded at start, checked through the JSON API against the facts of the data
 * README (counts before and after 1-7-2025, Bắc Kạn → Thái Nguyên).
 */
@IntegrationTest
class UnitMapTest {

  @LocalServerPort int port;
  @Autowired Units units;

  private Api api() {
    return Api.admin(port);
  }

  @Test
  void beforeTheReorganisationThereAre63Provinces696DistrictsAnd10035Communes() {
    JsonNode stats = api().get("/api/units/stats?asOf=2025-06-30").json();
    assertThat(stats.get("province").asLong()).isEqualTo(63);
    assertThat(stats.get("district").asLong()).isEqualTo(696);
    assertThat(stats.get("commune").asLong()).isEqualTo(10_035);
  }

  @Test
  void bacKanHas8DistrictsAnd108Communes() {
    JsonNode bk = api().get("/api/units/06?asOf=2025-06-30").json();
    assertThat(bk.get("fullName").asString()).isEqualTo("Tỉnh Bắc Kạn");
    assertThat(bk.get("childCount").asInt()).isEqualTo(8);
    assertThat(bk.get("descendantCommuneCount").asLong()).isEqualTo(108);
    assertThat(bk.get("startKnown").asBoolean()).as("the pre-2025 list is a snapshot").isFalse();
    assertThat(bk.get("validTo").asString()).isEqualTo("2025-06-30");
    List<String> types = new ArrayList<>();
    for (JsonNode d : api().get("/api/units?parent=06&asOf=2025-06-30").json()) {
      for (JsonNode c :
          api().get("/api/units?parent=" + d.get("code").asString() + "&asOf=2025-06-30").json()) {
        types.add(c.get("type").asString());
      }
    }
    assertThat(types).hasSize(108);
    assertThat(types.stream().filter("XA"::equals)).as("xã").hasSize(95);
    assertThat(types.stream().filter("PHUONG"::equals)).as("phường").hasSize(6);
    assertThat(types.stream().filter("THI_TRAN"::equals)).as("thị trấn").hasSize(7);
  }

  @Test
  void afterTheReorganisationThereAre34ProvincesAnd3321Communes() {
    JsonNode stats = api().get("/api/units/stats?asOf=2026-01-01").json();
    assertThat(stats.get("province").asLong()).isEqualTo(34);
    assertThat(stats.get("district").asLong()).isZero();
    assertThat(stats.get("commune").asLong()).isEqualTo(3_321);
    JsonNode byType = stats.get("byType");
    assertThat(byType.get("XA").asLong()).isEqualTo(2_621);
    assertThat(byType.get("PHUONG").asLong()).isEqualTo(687);
    assertThat(byType.get("DAC_KHU").asLong()).isEqualTo(13);
  }

  @Test
  void thaiNguyenHas92CommunesOf37HavePredecessorsInBacKan() {
    JsonNode communes = api().get("/api/units?parent=19&asOf=2026-01-01").json();
    assertThat(communes).hasSize(92);
    long xa = 0;
    long phuong = 0;
    int fromBacKan = 0;
    for (JsonNode c : communes) {
      xa += "XA".equals(c.get("type").asString()) ? 1 : 0;
      phuong += "PHUONG".equals(c.get("type").asString()) ? 1 : 0;
      JsonNode preds =
          api()
              .get("/api/units/" + c.get("code").asString() + "/predecessors?asOf=2026-01-01")
              .json();
      boolean bk = false;
      for (JsonNode p : preds) {
        Unit pred = units.versions(p.get("predecessor").get("code").asString()).get(0);
        bk |= pred.path().startsWith("06/");
      }
      fromBacKan += bk ? 1 : 0;
    }
    assertThat(xa).isEqualTo(77);
    assertThat(phuong).isEqualTo(15);
    assertThat(fromBacKan).isEqualTo(37);
  }

  @Test
  void xaThuongQuanIsItsOwnSuccessor() {
    JsonNode succ = api().get("/api/units/01957/successors?asOf=2025-06-30").json();
    assertThat(succ).hasSize(1);
    assertThat(succ.get(0).get("kind").asString()).isEqualTo("UNCHANGED");
    assertThat(succ.get(0).get("successor").get("code").asString()).isEqualTo("01957");
    assertThat(succ.get(0).get("successor").get("parentCode").asString()).isEqualTo("19");
    JsonNode pred = api().get("/api/units/01957/predecessors?asOf=2026-01-01").json();
    assertThat(pred).as("a commune lists commune-level predecessors").hasSize(1);
    assertThat(pred.get(0).get("predecessor").get("parentCode").asString()).isEqualTo("062");
  }

  @Test
  void bacKanWentWholeIntoThaiNguyen() {
    JsonNode succ = api().get("/api/units/06/successors?asOf=2020-01-01").json();
    assertThat(succ).hasSize(1);
    assertThat(succ.get(0).get("successor").get("code").asString()).isEqualTo("19");
    assertThat(succ.get(0).get("kind").asString()).isEqualTo("FULL");
    JsonNode pred = api().get("/api/units/19/predecessors?asOf=2026-01-01").json();
    List<String> codes = new ArrayList<>();
    pred.forEach(p -> codes.add(p.get("predecessor").get("code").asString()));
    assertThat(codes).containsExactlyInAnyOrder("06", "19");
    JsonNode hanoi = api().get("/api/units/01/predecessors?asOf=2026-01-01").json();
    assertThat(hanoi).hasSize(1);
    assertThat(hanoi.get(0).get("kind").asString())
        .as("Hà Nội took in no province")
        .isEqualTo("UNCHANGED");
  }

  @Test
  void aDistrictLeadsToTheCommunesThatTookItsTerritory() {
    JsonNode succ = api().get("/api/units/064/successors?asOf=2025-06-30").json();
    assertThat(succ).isNotEmpty();
    succ.forEach(l -> assertThat(l.get("successor").get("parentCode").asString()).isEqualTo("19"));
    JsonNode conDao = api().get("/api/units/755/successors?asOf=2025-06-30").json();
    assertThat(conDao).hasSize(1);
    assertThat(conDao.get(0).get("successor").get("type").asString()).isEqualTo("DAC_KHU");
    assertThat(conDao.get(0).get("kind").asString()).isEqualTo("FULL");
    assertThat(conDao.get(0).get("derived").asBoolean()).as("from the official table").isFalse();
  }

  @Test
  void dongNaiBecameACityOn30April2026() {
    assertThat(api().get("/api/units/75?asOf=2026-04-29").json().get("type").asString())
        .isEqualTo("TINH");
    JsonNode city = api().get("/api/units/75?asOf=2026-05-01").json();
    assertThat(city.get("type").asString()).isEqualTo("THANH_PHO_TRUC_THUOC_TW");
    assertThat(city.get("validFrom").asString()).isEqualTo("2026-04-30");
    assertThat(city.get("descendantCommuneCount").asLong())
        .as("its communes are still under it")
        .isEqualTo(95);
    JsonNode locNinh = api().get("/api/units/25270/predecessors?asOf=2026-05-01").json();
    assertThat(locNinh).hasSize(1);
    assertThat(locNinh.get(0).get("predecessor").get("fullName").asString())
        .isEqualTo("Xã Lộc Ninh");
    assertThat(locNinh.get(0).get("kind").asString()).isEqualTo("UNCHANGED");
    assertThat(locNinh.get(0).get("note").asString()).contains("Đổi loại hình");
  }

  @Test
  void spellingOnlyDifferencesOfALaterEditionDoNotMakeNewVersions() {
    // the 2026 edition writes "Định Hoá" where the 2025 one wrote "Định Hóa"
    assertThat(units.versions("05569")).hasSize(2); // old commune (before 7/2025), new commune
    assertThat(units.find("05569", java.time.LocalDate.of(2026, 8, 1)).orElseThrow().validFrom())
        .isEqualTo(java.time.LocalDate.of(2025, 7, 1));
  }
}
