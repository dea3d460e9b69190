package vn.cbcs.people;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/** The person record through the JSON API: dated, decision-driven, refused with reasons. */
@IntegrationTest
class PersonApiTest {

  @LocalServerPort int port;

  private Api api() {
    return Api.admin(port);
  }

  private long create(ObjectNode body) {
    Api.Response r = api().post("/api/people", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private static List<String> fields(Api.Response r) {
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  @Test
  void aPersonIsRecordedWithQualificationsAndPostsAndReadAsOfADate() {
    ObjectNode p = person("Hoàng Thị Lan", true, 1985);
    p.put("partyJoinDate", "2010-05-19");
    p.set(
        "qualifications",
        array(
            qualification("PROFESSIONAL", "TRUNG_CAP", "2006-06-30"),
            qualification("PROFESSIONAL", "DAI_HOC", "2018-07-01"),
            qualification("POLITICAL_THEORY", "SO_CAP", "2012-01-10")));
    p.set("assignments", array(assignment("02023", "VAN_HOA_XA_HOI", "2016-01-01", "2025-06-30")));
    long id = create(p);

    JsonNode in2017 = api().get("/api/people/" + id + "?asOf=2017-01-01").json();
    assertThat(in2017.get("fullName").asString()).isEqualTo("Hoàng Thị Lan");
    assertThat(in2017.get("highestQualifications").get("PROFESSIONAL").get("level").asString())
        .isEqualTo("TRUNG_CAP");
    assertThat(in2017.get("currentAssignments").get(0).get("unitName").asString())
        .isEqualTo("Xã Xuân Lạc");
    assertThat(in2017.get("currentAssignments").get(0).get("unitParents").asString())
        .isEqualTo("Huyện Chợ Đồn, Tỉnh Bắc Kạn");
    assertThat(in2017.get("partyMember").asBoolean()).isTrue();

    JsonNode in2020 = api().get("/api/people/" + id + "?asOf=2020-12-31").json();
    assertThat(in2020.get("highestQualifications").get("PROFESSIONAL").get("level").asString())
        .isEqualTo("DAI_HOC");

    ObjectNode transfer = assignment("02026", "VTVL_VHXH_VAN_HOA_THONG_TIN", "2025-07-01", null);
    transfer.put("transfer", true);
    ((ObjectNode) transfer.get("decision")).put("kind", "TRANSFER");
    ((ObjectNode) transfer.get("decision")).put("issuer", "UBND tỉnh Thái Nguyên");
    assertThat(api().post("/api/people/" + id + "/assignments", transfer).status()).isEqualTo(201);

    JsonNode in2026 = api().get("/api/people/" + id + "?asOf=2026-01-01").json();
    assertThat(in2026.get("currentAssignments")).hasSize(1);
    assertThat(in2026.get("currentAssignments").get(0).get("unitName").asString())
        .isEqualTo("Xã Nam Cường");
    assertThat(in2026.get("assignments")).hasSize(2);
  }

  @Test
  void listsByUnitSubtreeAsOfADate() {
    ObjectNode p = person("Nông Văn Tiến", false, 1979);
    p.set("assignments", array(assignment("02023", "TU_PHAP_HO_TICH", "2018-03-01", "2025-06-30")));
    long id = create(p);
    JsonNode bacKan =
        api().get("/api/people?unit=06&asOf=2020-01-01&size=200&q=nong+van+tien").json();
    assertThat(bacKan.get("items"))
        .anySatisfy(
            row -> {
              assertThat(row.get("id").asLong()).isEqualTo(id);
              assertThat(row.get("unitCode").asString()).isEqualTo("02023");
              assertThat(row.get("positionCode").asString()).isEqualTo("TU_PHAP_HO_TICH");
            });
    JsonNode district = api().get("/api/people?unit=064&asOf=2020-01-01&q=nong+van+tien").json();
    assertThat(district.get("total").asLong()).isGreaterThanOrEqualTo(1);
    JsonNode later = api().get("/api/people?unit=19&asOf=2026-01-01&q=nong+van+tien").json();
    assertThat(later.get("items"))
        .as("not in post in 2026")
        .noneSatisfy(row -> assertThat(row.get("id").asLong()).isEqualTo(id));
  }

  @Test
  void findsPeopleByNameWithOrWithoutDiacriticsAndByPersonalId() {
    ObjectNode huong = person("Nguyễn Thị Hường", true, 1990);
    long id = create(huong);
    // given name sorts first, so that it is on the first page among the many Đặng of the demo
    ObjectNode dang = person("Đặng Văn Aaa" + unique().toLowerCase(), false, 1988);
    long dangId = create(dang);
    for (String q :
        List.of("nguyen thi huong", "Nguyễn Thị Hường", "NGUYEN THI HUONG", "thi huong")) {
      assertThat(ids(api().get("/api/people?size=200&q=" + encode(q)).json())).as(q).contains(id);
    }
    assertThat(ids(api().get("/api/people?q=dang&size=200").json())).contains(dangId);
    String prefix = huong.get("personalId").asString().substring(0, 9);
    assertThat(ids(api().get("/api/people?q=" + prefix).json())).contains(id);
    // typed as it is printed on the card or read aloud: groups of digits
    String whole = huong.get("personalId").asString();
    String spaced = whole.substring(0, 3) + " " + whole.substring(3, 6) + " " + whole.substring(6);
    assertThat(ids(api().get("/api/people?q=" + encode(spaced)).json())).contains(id);
    assertThat(
            ids(
                api()
                    .get(
                        "/api/people?q=" + encode(whole.substring(0, 4) + "." + whole.substring(4)))
                    .json()))
        .contains(id);
  }

  @Test
  void refusesABadPersonalIdWithTheReason() {
    assertError(
        person("Lý Văn Bảo", false, 1980).put("personalId", "12345"), "personalId", "12 chữ số");
    assertError(
        person("Lý Văn Bảo", false, 1980).put("personalId", "999080123456"),
        "personalId",
        "mã tỉnh");
    assertError(
        person("Lý Văn Bảo", false, 1980).put("personalId", "006180123456"),
        "personalId",
        "giới tính");
    assertError(
        person("Lý Văn Bảo", false, 1980).put("personalId", "006081123456"),
        "personalId",
        "năm sinh");
  }

  @Test
  void refusesADuplicateNamingTheExistingRecord() {
    ObjectNode first = person("Ma Văn Hùng", false, 1975);
    long id = create(first);
    ObjectNode second = person("Ma Văn Hùng Khác", false, 1975);
    second.put("personalId", first.get("personalId").asString());
    Api.Response r = api().post("/api/people", second);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("message").asString())
        .contains("Ma Văn Hùng", String.valueOf(id));
  }

  @Test
  void refusesAPostInAUnitNotInForceOnItsDateAndAPeriodEndingBeforeItStarts() {
    String name = "Triệu Thị Mai " + unique();
    ObjectNode p = person(name, true, 1992);
    p.set(
        "assignments",
        array(
            assignment("02023", "VAN_HOA_XA_HOI", "2026-01-01", null),
            assignment("02026", "VTVL_VHXH_Y_TE", "2026-02-01", "2026-01-01")));
    Api.Response r = api().post("/api/people", p);
    assertThat(r.status()).isEqualTo(400);
    assertThat(fields(r)).contains("assignments[0].unitCode", "assignments[1].to");
    assertThat(r.body()).contains("không có hiệu lực vào ngày 2026-01-01");
    assertThat(api().get("/api/people?q=" + encode(name)).json().get("total").asLong())
        .as("nothing was written")
        .isZero();
  }

  @Test
  void listsEveryMalformedField() {
    ObjectNode p = person("Bàn Văn Sơn", false, 1983);
    p.put("birthDate", "15/03/1983");
    p.put("sex", "X");
    p.put("heightCm", "tall");
    Api.Response r = api().post("/api/people", p);
    assertThat(r.status()).isEqualTo(400);
    assertThat(fields(r)).contains("birthDate", "sex", "heightCm");
  }

  @Test
  void aSecondEditorWithAStaleVersionIsToldAndLosesNothing() {
    ObjectNode p = person("Lục Văn Thành", false, 1981);
    // a post in Bắc Kạn, which merged into Thái Nguyên: within the province officer's scope (19)
    p.set(
        "assignments",
        vn.cbcs.support.PersonJsonMother.array(
            vn.cbcs.support.PersonJsonMother.assignment(
                "02023", "VAN_HOA_XA_HOI", "2016-01-01", "2025-06-30")));
    long id = create(p);
    p.remove("assignments");
    ObjectNode first = p.deepCopy();
    first.put("version", 0);
    first.put("residence", "Tổ 1, phường Đức Xuân");
    first.put("reason", "Cập nhật nơi ở");
    Api.Response ok = api().put("/api/people/" + id, first);
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json().get("version").asInt()).isEqualTo(1);
    ObjectNode second = p.deepCopy();
    second.put("version", 0);
    second.put("residence", "Thôn Nà Pài");
    Api.Response stale = new Api(port, "tinh", "demo-cbcs-2025").put("/api/people/" + id, second);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().get("message").asString()).contains("admin", "phiên bản 1");
    JsonNode now = api().get("/api/people/" + id).json();
    assertThat(now.get("residence").asString()).isEqualTo("Tổ 1, phường Đức Xuân");
    JsonNode history = api().get("/api/people/" + id + "/history").json();
    assertThat(history.get(0).get("version").asInt()).isEqualTo(1);
    assertThat(history.get(0).get("changedBy").asString()).isEqualTo("admin");
    assertThat(history.get(0).get("reason").asString()).isEqualTo("Cập nhật nơi ở");
    assertThat(history.get(0).get("changes").has("residence")).isTrue();
  }

  @Test
  void textWithScriptsAndQuotesIsStoredAsTyped() {
    String nasty = "<script>alert('x')</script> \"O'Brien\" & Co";
    ObjectNode p = person("Hà \"Văn\" O'Lâm <b>", false, 1984);
    p.put("residence", nasty);
    p.put("otherNames", nasty);
    long id = create(p);
    JsonNode back = api().get("/api/people/" + id).json();
    assertThat(back.get("residence").asString()).isEqualTo(nasty);
    assertThat(back.get("fullName").asString()).isEqualTo("Hà \"Văn\" O'Lâm <b>");
  }

  @Test
  void aPageAfterTheLastStillTellsTheTotal() {
    String name = "Vi Thị Lả " + unique();
    create(person(name, true, 1991));
    JsonNode page = api().get("/api/people?page=3&size=10&q=" + encode(name)).json();
    assertThat(page.get("items")).isEmpty();
    assertThat(page.get("total").asLong()).isEqualTo(1);
    JsonNode inUnit = api().get("/api/people?unit=06&asOf=2020-01-01&page=99999&size=10").json();
    assertThat(inUnit.get("items")).isEmpty();
    assertThat(api().get("/api/people?size=0").status()).isEqualTo(400);
    assertThat(api().get("/api/people?page=-1").status()).isEqualTo(400);
  }

  @Test
  void aYearOnlyBirthIsAccepted() {
    ObjectNode p = person("Bế Thị Nhung", true, 1970);
    p.remove("birthDate");
    p.put("birthYear", 1970);
    long id = create(p);
    JsonNode back = api().get("/api/people/" + id).json();
    assertThat(back.get("birthYearOnly").asBoolean()).isTrue();
    assertThat(back.get("birthDate").asString()).isEqualTo("1970-01-01");
  }

  @Test
  void listsAreInVietnameseOrderByGivenName() {
    String tag = "Zzthu" + System.nanoTime() % 100000;
    List<String> given =
        List.of("Đức", "An", "Dũng", "Ân", "Ăng", "Bình", "Ơn", "Ôn", "On", "Ưng", "Uy");
    for (String g : given) {
      create(person("Nông " + tag + " " + g, false, 1980));
    }
    JsonNode list = api().get("/api/people?size=50&q=" + tag).json();
    List<String> names = new ArrayList<>();
    list.get("items")
        .forEach(r -> names.add(r.get("fullName").asString().replace("Nông " + tag + " ", "")));
    assertThat(names)
        .containsExactly("An", "Ăng", "Ân", "Bình", "Dũng", "Đức", "On", "Ôn", "Ơn", "Uy", "Ưng");
  }

  @Test
  void theCatalogueOfPostsIsDated() {
    JsonNode before = api().get("/api/positions?asOf=2025-06-30").json();
    JsonNode after = api().get("/api/positions?asOf=2025-07-01").json();
    assertThat(codes(before))
        .contains("CHU_TICH_UBND_XA", "VAN_HOA_XA_HOI")
        .doesNotContain("TRUONG_PHONG_VH_XH");
    assertThat(codes(after))
        .contains("CHU_TICH_UBND", "TRUONG_PHONG_VH_XH", "GIAM_DOC_TT_PVHCC")
        .doesNotContain("VAN_HOA_XA_HOI");
    assertThat(codes(api().get("/api/positions?asOf=2020-01-01").json()))
        .contains("TRUONG_CONG_AN_XA");
  }

  private static List<String> codes(JsonNode list) {
    List<String> codes = new ArrayList<>();
    list.forEach(p -> codes.add(p.get("code").asString()));
    return codes;
  }

  private static List<Long> ids(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    page.get("items").forEach(r -> ids.add(r.get("id").asLong()));
    return ids;
  }

  /** A made-up given name no generated or earlier record has. */
  private static String unique() {
    long n = System.nanoTime();
    StringBuilder sb = new StringBuilder("Q");
    for (int i = 0; i < 6; i++) {
      sb.append((char) ('a' + (n % 26)));
      n /= 26;
    }
    return sb.toString();
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  private void assertError(ObjectNode body, String field, String text) {
    Api.Response r = api().post("/api/people", body);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(fields(r)).contains(field);
    assertThat(r.body()).contains(text);
  }
}
