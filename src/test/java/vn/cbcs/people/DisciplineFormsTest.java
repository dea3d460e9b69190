package vn.cbcs.people;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.person;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * Known answers for REGULATIONS.md §13.10: discipline forms by period and by system (NĐ 172/2025
 * Art. 7; Luật CBCC 2008 Art. 78, 79; Điều lệ Đảng Art. 35).
 */
@IntegrationTest
class DisciplineFormsTest {

  @LocalServerPort int port;

  private int create(String form, String system, String decided) {
    ObjectNode p = person("Vi Văn Luật", false, 1979);
    ObjectNode d = p.objectNode();
    d.put("form", form);
    if (system != null) {
      d.put("system", system);
    }
    d.put("decidedOn", decided);
    d.put("effectiveFrom", decided);
    d.put("issuer", "UBND xã (kiểm thử)");
    p.set("disciplines", array(d));
    return Api.admin(port).post("/api/people", p).status();
  }

  /** Luật CBCC 2008 Art. 79 until 30-6-2025; NĐ 172/2025 Art. 7(2) from 1-7-2025. */
  @Test
  void aSalaryStepReductionEndedOnTheFirstOfJuly2025_ND172Art7() {
    assertThat(create("HA_BAC_LUONG", "STATE", "2024-05-01")).isEqualTo(201);
    assertThat(create("HA_BAC_LUONG", "STATE", "2025-09-01")).isEqualTo(400);
    assertThat(create("GIANG_CHUC", "STATE", "2026-01-05")).isEqualTo(400);
    assertThat(create("BUOC_THOI_VIEC", "STATE", "2026-01-05")).isEqualTo(201);
  }

  /** NĐ 172/2025 Art. 7(1): a cán bộ may be removed by the body that elected them (bãi nhiệm). */
  @Test
  void removalByTheElectingBodyIsAStateForm_ND172Art7() {
    assertThat(create("BAI_NHIEM", "STATE", "2026-02-01")).isEqualTo(201);
    assertThat(create("BAI_NHIEM", "PARTY", "2026-02-01")).isEqualTo(400);
  }

  /** Điều lệ Đảng Art. 35: expulsion is Party discipline, a separate list. */
  @Test
  void expulsionIsPartyDiscipline_PartyCharterArt35() {
    assertThat(create("KHAI_TRU", "PARTY", "2022-03-01")).isEqualTo(201);
    assertThat(create("KHAI_TRU", "STATE", "2022-03-01")).isEqualTo(400);
    assertThat(create("KHAI_TRU", null, "2022-03-01"))
        .as("khai trừ defaults to the Party list")
        .isEqualTo(201);
    var body =
        Api.admin(port)
            .post("/api/people", discipline("HA_BAC_LUONG", "STATE", "2025-09-01"))
            .body();
    assertThat(body).contains("NĐ 172/2025");
  }

  private ObjectNode discipline(String form, String system, String decided) {
    ObjectNode p = person("Vi Văn Lệ", false, 1979);
    ObjectNode d = p.objectNode();
    d.put("form", form);
    d.put("system", system);
    d.put("decidedOn", decided);
    d.put("effectiveFrom", decided);
    p.set("disciplines", array(d));
    return p;
  }
}
