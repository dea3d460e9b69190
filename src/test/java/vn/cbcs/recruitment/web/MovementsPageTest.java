package vn.cbcs.recruitment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.platform.WorkItem;
import vn.cbcs.platform.WorkItems;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * The movements page from Xã 01738 to 01336 (after the reform; 01336 is shared with {@code
 * VacanciesMovementsTest}, so this test looks only at its own people and post): a refused plan
 * keeps what was typed and names the rule (NĐ 170/2025 Điều 26 khoản 2), a plan with the warning of
 * Điều 48, the approval by a decision (a refused one keeps the typed decision), and the ended
 * rotation: a work item until the return decision gives back the former post (Điều 50).
 */
@IntegrationTest
class MovementsPageTest {

  static final String HOME = "01738";
  static final String AWAY = "01336";

  @LocalServerPort int port;
  @Autowired List<WorkItems> workItems;

  private Map<String, String> plan(long person, String kind, String until) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("unit", HOME);
    f.put("asOf", "01/03/2026");
    f.put("personId", String.valueOf(person));
    f.put("kind", kind);
    f.put("fromUnit", HOME);
    f.put("toUnit", AWAY);
    f.put("positionCode", "VTVL_VHXH_Y_TE");
    f.put("fromDate", "01/04/2026");
    f.put("untilDate", until);
    f.put("reason", "Luân chuyển để đào tạo qua thực tiễn");
    return f;
  }

  private static Map<String, String> decision(String number, String on) {
    Map<String, String> d = new HashMap<>();
    d.put("unit", HOME);
    d.put("asOf", "01/03/2026");
    d.put("number", number);
    d.put("decidedOn", on);
    d.put("issuer", "UBND tỉnh Cao Bằng");
    d.put("signer", "Chủ tịch");
    return d;
  }

  /** A write answers 302 to the page for the same unit and date; the page is read by GET. */
  private static HttpResponse<String> follow(BrowserSession b, HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    String location = r.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains("/recruitment/movements?unit=");
    return b.get(location.replaceFirst("^https?://[^/]+", ""));
  }

  private static List<Long> mine(Api admin, long person) {
    List<Long> ids = new ArrayList<>();
    admin
        .get("/api/movements?unit=" + AWAY)
        .json()
        .forEach(
            m -> {
              if (m.get("personId").asLong() == person) {
                ids.add(m.get("id").asLong());
              }
            });
    return ids;
  }

  private List<WorkItem> due(LocalDate on) {
    List<WorkItem> all = new ArrayList<>();
    workItems.forEach(w -> all.addAll(w.dueFor(TestActors.ADMIN, on)));
    return all;
  }

  @Test
  void planApproveAndReturnThroughThePage() {
    Api admin = Api.admin(port);
    ObjectNode p = person("Nông Văn Trở", false, 1984);
    p.set("assignments", array(assignment(HOME, "VTVL_VHXH_Y_TE", "2025-07-01", null)));
    Api.Response created = admin.post("/api/people", p);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long person = created.json().get("id").asLong();

    BrowserSession b = new BrowserSession(port);
    b.signIn("admin", "admin-test-password");
    HttpResponse<String> page = b.get("/recruitment/movements?unit=" + HOME + "&asOf=01/03/2026");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("data-testid=\"movement-plan\"", "Nông Văn Trở");

    // a secondment of more than 3 years and no reason: refused as typed, with the rule
    Map<String, String> bad = plan(person, "SECONDMENT", "01/06/2030");
    bad.put("reason", "");
    HttpResponse<String> refused = b.post("/recruitment/movements", bad);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("data-testid=\"plan-errors\"", "Điều 26 khoản 2", "value=\"01/06/2030\"");
    assertThat(mine(admin, person)).isEmpty();

    // recorded: back to the page by GET (a refresh writes nothing twice), with the warning
    HttpResponse<String> planned =
        follow(b, b.post("/recruitment/movements", plan(person, "ROTATION", "31/03/2027")));
    assertThat(planned.statusCode()).isEqualTo(200);
    assertThat(planned.body()).contains("data-testid=\"movement-planned\"", "Điều 48");
    List<Long> list = mine(admin, person);
    assertThat(list).hasSize(1);
    long id = list.get(0);

    // a decision after the start: refused, the typed number kept
    HttpResponse<String> late =
        b.post("/recruitment/movements/" + id + "/decision", decision("3/QĐ-UBND", "02/04/2026"));
    assertThat(late.body()).contains("data-testid=\"row-errors\"", "value=\"3/QĐ-UBND\"");
    assertThat(admin.get("/api/movements/" + id).json().get("status").asString())
        .isEqualTo("PLANNED");
    HttpResponse<String> approved =
        follow(
            b,
            b.post(
                "/recruitment/movements/" + id + "/decision", decision("3/QĐ-UBND", "20/03/2026")));
    assertThat(approved.statusCode()).isEqualTo(200);
    assertThat(approved.body()).contains("data-testid=\"movement-decided\"", "3/QĐ-UBND");
    assertThat(admin.get("/api/movements/" + id).json().get("status").asString())
        .isEqualTo("APPROVED");
    // a return decision without its date and issuer: refused
    assertThat(admin.post("/api/movements/" + id + "/return", Map.of("number", "x")).status())
        .isEqualTo(400);

    // after 31-3-2027: needs a decision (page and work list), the former post offered back
    HttpResponse<String> ended = b.get("/recruitment/movements?unit=" + HOME + "&asOf=01/05/2027");
    assertThat(ended.body())
        .contains("data-testid=\"needs-decision\"", "data-testid=\"return-form\"")
        .contains("VTVL_VHXH_Y_TE");
    assertThat(due(LocalDate.of(2027, 5, 1)))
        .anySatisfy(
            w -> {
              assertThat(w.forWhom()).isEqualTo("Nông Văn Trở");
              assertThat(w.link()).contains("/recruitment/movements", "#movement-" + id);
            });

    Map<String, String> back = decision("9/QĐ-UBND", "15/03/2027");
    back.put("asOf", "01/05/2027");
    HttpResponse<String> returned =
        follow(b, b.post("/recruitment/movements/" + id + "/return", back));
    assertThat(returned.statusCode()).isEqualTo(200);
    assertThat(returned.body()).contains("9/QĐ-UBND", "value=\"01/05/2027\"");
    JsonNode m = admin.get("/api/movements/" + id).json();
    assertThat(m.get("status").asString()).isEqualTo("RETURNED");
    assertThat(m.get("returnDecision").get("number").asString()).isEqualTo("9/QĐ-UBND");
    // the former post again from 1-4-2027, by that decision; no longer a work item
    assertThat(admin.get("/api/people?unit=" + HOME + "&asOf=2027-05-01").json().toString())
        .contains("Nông Văn Trở");
    assertThat(admin.get("/api/people?unit=" + AWAY + "&asOf=2027-05-01").json().toString())
        .doesNotContain("Nông Văn Trở");
    assertThat(admin.get("/api/people/" + person).json().toString()).contains("9/QĐ-UBND");
    assertThat(due(LocalDate.of(2027, 5, 1))).noneMatch(w -> w.forWhom().equals("Nông Văn Trở"));
    assertThat(
            admin
                .post(
                    "/api/movements/" + id + "/return",
                    Map.of("number", "10/QĐ", "decidedOn", "2027-03-20", "issuer", "UBND"))
                .status())
        .isEqualTo(409);
  }

  @Test
  void aTransferHasNoReturn() {
    Api admin = Api.admin(port);
    ObjectNode p = person("Nông Thị Đi", true, 1990);
    p.set("assignments", array(assignment(HOME, "VTVL_VHXH_Y_TE", "2025-07-01", null)));
    long person = admin.post("/api/people", p).json().get("id").asLong();
    Map<String, Object> m = new HashMap<>();
    m.put("personId", person);
    m.put("kind", "TRANSFER");
    m.put("fromUnit", HOME);
    m.put("toUnit", AWAY);
    m.put("positionCode", "VTVL_VHXH_Y_TE");
    m.put("fromDate", "2026-09-01");
    m.put("reason", "Theo nhu cầu công tác");
    Api.Response planned = admin.post("/api/movements", m);
    assertThat(planned.status()).as(planned.body()).isEqualTo(201);
    long id = planned.json().get("id").asLong();
    Api.Response r =
        admin.post(
            "/api/movements/" + id + "/return",
            Map.of("number", "1/QĐ", "decidedOn", "2026-08-01", "issuer", "UBND"));
    assertThat(r.status()).as(r.body()).isEqualTo(409);
  }
}
