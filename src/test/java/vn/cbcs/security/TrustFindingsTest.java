package vn.cbcs.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.people.People;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * Findings of the trust issue (11) that are not a route of the matrix: a background report is
 * checked like the page that shows the same figures; the audit log says which sensitive fields a
 * read actually showed; inspectors read the imports and the log of their own ground; a service
 * called without a user refuses.
 */
@IntegrationTest
class TrustFindingsTest {

  static final String DUC_XUAN = "01840";
  static final String BA_DINH = "00004";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired People people;

  private Api admin() {
    return Api.admin(port);
  }

  private Api demo(String user) {
    return new Api(port, user, "demo-cbcs-2025");
  }

  private long create(String name, String commune) {
    ObjectNode p = person(name + " " + (System.nanoTime() % 10000), true, 1986);
    p.put("ethnicityCode", "02");
    p.set(
        "assignments",
        array(assignment(commune, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    Api.Response r = admin().post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private String resolution(String unit) {
    Api.Response r =
        admin()
            .post(
                "/api/resolutions",
                Map.of(
                    "number", "T" + (System.nanoTime() % 1_000_000) + "-NQ/TU",
                    "title", "Nghị quyết của tỉnh (thử)",
                    "issuer", "Tỉnh ủy",
                    "issuedOn", "2026-01-01",
                    "unit", unit));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  @Test
  void aBackgroundReviewIsRefusedWhereTheReviewPageIs() {
    String province = resolution("19");
    Api xa = demo("xa");
    assertThat(xa.get("/api/resolutions/" + province + "/report-data").status()).isEqualTo(403);
    Api.Response job =
        xa.post("/api/reports/jobs", Map.of("type", "review", "resolution", province));
    assertThat(job.status()).as(job.body()).isEqualTo(403);
    Api.Response quality =
        xa.post("/api/reports/jobs", Map.of("type", "quality", "unit", "19", "asOf", "2026-01-01"));
    assertThat(quality.status()).as(quality.body()).isEqualTo(403);
    Api.Response own =
        xa.post(
            "/api/reports/jobs", Map.of("type", "quality", "unit", DUC_XUAN, "asOf", "2026-01-01"));
    assertThat(own.status()).as(own.body()).isEqualTo(202);
  }

  private List<String> readFields(long personId, String user) {
    return jdbc.sql(
            "SELECT coalesce(array_to_string(l.fields, ','), '') FROM audit_log l"
                + " JOIN audit_txn t ON t.id = l.txn_id"
                + " WHERE l.person_id = :p AND l.kind = 'READ' AND t.actor = :u ORDER BY l.id")
        .param("p", personId)
        .param("u", user)
        .query(String.class)
        .list();
  }

  @Test
  void theAuditLogSaysWhichSensitiveFieldsAReadShowed() {
    long id = create("Lục Thị Hiện", DUC_XUAN);
    assertThat(demo("chutich").get("/api/people/" + id).json().get("sensitiveMasked").asBoolean())
        .isTrue();
    assertThat(demo("xa").get("/api/people/" + id).json().get("ethnicityCode").asString())
        .isEqualTo("02");
    assertThat(readFields(id, "chutich")).as("masked: nothing sensitive shown").containsExactly("");
    assertThat(readFields(id, "xa")).singleElement().asString().contains("ethnicity");
  }

  /** A person's page is read and recorded in one transaction: a refusal records nothing. */
  @Test
  void aPersonsPageIsRecordedWhenShownAndNotWhenRefused() {
    long id = create("Hà Thị Trang", DUC_XUAN);
    String outsider = TestUsers.create(port, "xabd", "COMMUNE_OFFICER", BA_DINH);
    Api.Download refused = new Api(port, outsider, TestUsers.PASSWORD).download("/people/" + id);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(readFields(id, outsider)).isEmpty();
    assertThat(demo("xa").download("/people/" + id).status()).isEqualTo(200);
    assertThat(readFields(id, "xa")).singleElement().asString().contains("ethnicity");
  }

  @Test
  void inspectorsReadTheImportsAndTheLogOfTheirGroundOnly() throws Exception {
    String hnOfficer = TestUsers.create(port, "xahn", "COMMUNE_OFFICER", BA_DINH);
    String dxInspector = TestUsers.create(port, "ttdx", "INSPECTOR", DUC_XUAN);
    Api hn = new Api(port, hnOfficer, TestUsers.PASSWORD);
    byte[] template = hn.download("/api/imports/templates/PEOPLE").bytes();
    String hnImport =
        hn.upload("/api/imports?kind=PEOPLE", "file", "mau.xlsx", template)
            .json()
            .get("id")
            .asString();
    Api xa = demo("xa");
    String xaImport =
        xa.upload("/api/imports?kind=PEOPLE", "file", "mau.xlsx", template)
            .json()
            .get("id")
            .asString();
    Api inspector = new Api(port, dxInspector, TestUsers.PASSWORD);
    assertThat(inspector.get("/api/imports/" + xaImport).status()).isEqualTo(200);
    assertThat(inspector.get("/api/imports/" + hnImport).status()).isEqualTo(403);
    List<String> listed = new ArrayList<>();
    inspector.get("/api/imports?limit=500").json().forEach(i -> listed.add(i.get("id").asString()));
    assertThat(listed).contains(xaImport).doesNotContain(hnImport);

    long inside = create("Ma Thị Trong Đất", DUC_XUAN);
    long outside = create("Ma Thị Ngoài Đất", BA_DINH);
    assertThat(ids(inspector, "person=" + inside)).isNotEmpty();
    assertThat(ids(inspector, "person=" + outside)).isEmpty();
    assertThat(inspector.get("/api/audit/people/" + outside).status()).isEqualTo(403);
    assertThat(ids(admin(), "person=" + outside)).isNotEmpty();
  }

  private static List<Long> ids(Api api, String query) {
    Api.Response r = api.get("/api/audit?" + query);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    for (JsonNode e : r.json().get("items")) {
      ids.add(e.get("id").asLong());
    }
    return ids;
  }

  @Test
  void aServiceCalledWithoutAnyRoleRefuses() {
    long id = create("Hà Thị Không Ai", DUC_XUAN);
    Actor nobody = new Actor("nobody", Actor.Source.API, null, vn.cbcs.platform.Access.NONE);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> people.require(id, nobody))
        .isInstanceOf(ForbiddenException.class);
  }
}
