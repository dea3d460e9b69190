package vn.cbcs.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.platform.AsOf;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * The pages of planning on Xã Lũng Cú (00715, Tuyên Quang), which no other test uses: the plans of
 * the unit, a new plan from the form, a candidate refused with the rule and its article (the plan
 * unchanged), a candidate added, the verdicts of each rule on the plan's page.
 */
@IntegrationTest
class PlanningPageTest {

  static final String LUNG_CU = "00715";

  @LocalServerPort int port;

  private long create(String name, int born, String post) {
    ObjectNode p = person(name + " " + (System.nanoTime() % 100000), false, born);
    p.set("assignments", array(assignment(LUNG_CU, post, "2025-07-01", null)));
    var r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  @Test
  void anOfficerBuildsAPlanAndIsToldWhyACandidateIsRefused() {
    long chair = create("Vàng Văn Chủ", 1976, "CHU_TICH_UBND");
    long clerk = create("Giàng Văn Nguồn", 1991, "VTVL_VP_HANH_CHINH_TONG_HOP");
    String user = TestUsers.create(port, "qhpage", "COMMUNE_OFFICER", LUNG_CU);
    BrowserSession b = new BrowserSession(port);
    b.signIn(user, TestUsers.PASSWORD);
    var list = b.get("/plans?unit=" + LUNG_CU);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("Quy hoạch cán bộ", "Đơn vị chưa có quy hoạch.");
    assertThat(b.get("/").body()).contains("data-testid=\"nav-plans\"");

    Map<String, String> form = new LinkedHashMap<>();
    form.put("unitCode", LUNG_CU);
    form.put("bodyKind", "PEOPLES_COMMITTEE");
    form.put("termFrom", "2026");
    form.put("referenceDate", "2031-03-01");
    b.get("/plans?unit=" + LUNG_CU);
    var created = b.post("/plans", form);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    String location = created.headers().firstValue("Location").orElseThrow();
    String path = location.substring(location.indexOf("/plans/"));

    // the chair for a lower post: refused with the rule, the plan unchanged
    b.get(path);
    var refused =
        b.post(
            path + "/candidates",
            Map.of(
                "personId",
                String.valueOf(chair),
                "targetPost",
                "PHO_CHU_TICH_UBND",
                "target",
                "1"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains(
            "Không bổ sung được; quy hoạch giữ nguyên",
            "Chỉ quy hoạch vào chức danh cao hơn",
            "Điều 19 khoản 3");
    assertThat(refused.body()).contains("Chưa có người trong quy hoạch.");

    // a clerk as đối tượng 2 for the chair's post: added, with the training plan due
    var added =
        b.post(
            path + "/candidates",
            Map.of(
                "personId",
                String.valueOf(clerk),
                "targetPost",
                "CHU_TICH_UBND",
                "target",
                "2",
                "introVotes",
                "9",
                "introVoters",
                "11",
                "addedOn",
                AsOf.today().toString()));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
    var page = b.get(path);
    assertThat(page.body()).contains("Đã bổ sung nhân sự vào quy hoạch.", "Giàng Văn Nguồn");
    assertThat(page.body()).contains("Đối tượng 2 chưa có trình độ lý luận chính trị TRUNG_CAP");
    assertThat(b.get("/plans?unit=" + LUNG_CU).body()).contains("Đang xây dựng (chưa phê duyệt)");
  }
}
