package vn.cbcs.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;

/** People files as communes send them: every kind of mess understood, or refused with reasons. */
@IntegrationTest
class PeopleImportTest {

  @LocalServerPort int port;

  private ImportClient client() {
    return ImportClient.admin(port);
  }

  static Object[] person(
      String pid,
      String name,
      String sex,
      Object birth,
      String level,
      Object levelDate,
      String unit,
      String position,
      Object from) {
    Object[] row = new Object[Xlsx.PEOPLE.size()];
    row[1] = pid;
    row[2] = name;
    row[3] = sex;
    row[4] = birth;
    row[13] = level;
    row[15] = levelDate;
    if (unit != null) {
      row[20] = unit;
      row[21] = position;
      row[22] = from;
      row[23] = "12/QĐ-UBND";
      row[24] = from;
      row[25] = "UBND huyện Chợ Đồn";
      row[26] = "Bổ nhiệm";
    }
    return row;
  }

  private static List<String> columns(JsonNode row) {
    List<String> c = new ArrayList<>();
    row.get("errors").forEach(e -> c.add(e.get("column").asString()));
    return c;
  }

  @Test
  void aMessyFileIsUnderstoodRowByRowThenCommittedAndReimportingChangesNothing() {
    String lan = PersonJsonMother.personalId(true, 1985);
    String binh = PersonJsonMother.personalId(true, 1970);
    String cuong = PersonJsonMother.personalId(false, 1985);
    String bad = PersonJsonMother.personalId(false, 1990);
    String decomposed = Normalizer.normalize("Hoàng  Thị   Lành ", Normalizer.Form.NFD);
    Object[] a =
        person(
            lan.substring(2), // a number that lost its two leading zeros
            decomposed,
            "nữ",
            LocalDate.of(1985, 3, 15),
            "ĐH",
            "30/06/2008",
            "Xã Nam Cường, Thái Nguyên",
            "VTVL_VHXH_Y_TE – Y tế",
            LocalDate.of(2025, 7, 1));
    a[1] = Double.valueOf(lan.substring(2));
    a[5] = "Tày";
    Object[] b =
        person(binh, "Nông Thị Bích", "F", "1970", "Cử nhân", "15/07/1995", null, null, null);
    b[16] = "Trung cấp";
    b[17] = "01/02/2012";
    b[6] = "Không";
    Object[] c = person(cuong, "Ma Văn Cường", "M", "5/9/1985", null, null, null, null, null);
    c[5] = "02 – Tày";
    Object[] d = person("123456789", "Lý Văn Đạt", "X", "31/02/1990", null, null, null, null, null);
    byte[] file =
        Xlsx.create()
            .sheet("Hướng dẫn")
            .row("Ghi chú của xã")
            .sheet("Cán bộ")
            .row("DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ")
            .merge(0, 0, 0, 10)
            .row()
            .row(Xlsx.headers(Xlsx.PEOPLE))
            .row(a)
            .row()
            .row(b)
            .row(c)
            .row((Object) null, null, null, null, null, null, null, null, null, null, null, null)
            .row(d)
            .sheet("Nháp")
            .row("Số định danh cá nhân (CCCD)", "Họ và tên")
            .row("001", "x")
            .hidden()
            .bytes();

    Api.Response dry = client().upload(file, "PEOPLE", true, null);
    assertThat(dry.status()).as(dry.body()).isEqualTo(200);
    JsonNode r = dry.json();
    assertThat(r.get("status").asString()).isEqualTo("VALIDATED");
    assertThat(r.get("rowsRead").asInt()).isEqualTo(4);
    assertThat(r.get("accepted").asInt()).as(dry.body()).isEqualTo(3);
    assertThat(r.get("rejected").asInt()).isEqualTo(1);
    JsonNode rejected = r.get("rejectedRows").get(0);
    assertThat(rejected.get("sheet").asString()).isEqualTo("Cán bộ");
    assertThat(rejected.get("row").asInt()).isEqualTo(9);
    assertThat(columns(rejected)).contains("Số định danh cá nhân (CCCD)", "Giới tính", "Ngày sinh");
    assertThat(rejected.toString()).contains("chứng minh nhân dân", "31/02/1990", "messageEn");
    assertThat(personByPid(lan)).as("a dry run writes nothing").isNull();

    long id = r.get("id").asLong();
    Api.Response commit = client().commit(id);
    assertThat(commit.status()).as(commit.body()).isEqualTo(200);
    assertThat(commit.json().get("status").asString()).isEqualTo("COMMITTED");
    assertThat(commit.json().get("accepted").asInt()).isEqualTo(3);

    JsonNode p = personByPid(lan);
    assertThat(p.get("fullName").asString()).isEqualTo("Hoàng Thị Lành");
    assertThat(p.get("sex").asString()).isEqualTo("FEMALE");
    assertThat(p.get("birthDate").asString()).isEqualTo("1985-03-15");
    assertThat(p.get("ethnicityCode").asString()).isEqualTo("02");
    assertThat(p.get("highestQualifications").get("PROFESSIONAL").get("level").asString())
        .isEqualTo("DAI_HOC");
    assertThat(p.get("assignments").get(0).get("unitCode").asString()).isEqualTo("02026");
    JsonNode history = client().api.get("/api/people/" + p.get("id").asLong() + "/history").json();
    assertThat(history.get(0).get("source").asString()).isEqualTo("IMPORT");
    assertThat(history.get(0).get("reason").asString()).contains("Nhập Excel số " + id);
    JsonNode bich = personByPid(binh);
    assertThat(bich.get("birthYearOnly").asBoolean()).isTrue();
    assertThat(bich.get("religionCode").asString()).isEqualTo("00");
    assertThat(bich.get("highestQualifications").get("POLITICAL_THEORY").get("level").asString())
        .isEqualTo("TRUNG_CAP");
    assertThat(personByPid(cuong).get("birthDate").asString()).isEqualTo("1985-09-05");
    assertThat(personByPid(bad)).isNull();

    Api.Response again = client().upload(file, "PEOPLE", false, null);
    assertThat(again.json().get("status").asString()).as(again.body()).isEqualTo("COMMITTED");
    assertThat(again.json().get("accepted").asInt()).isZero();
    assertThat(again.json().get("updated").asInt()).isZero();
    assertThat(again.json().get("unchanged").asInt()).isEqualTo(3);
    JsonNode same = personByPid(lan);
    assertThat(same.get("version").asInt()).isZero();
    assertThat(same.get("qualifications")).hasSize(1);
    assertThat(same.get("assignments")).hasSize(1);
  }

  @Test
  void aTwoRowHeaderWithMergedCellsColumnsInAnotherOrderAndAnAmbiguousCommuneName() {
    String pid = PersonJsonMother.personalId(false, 1984);
    String other = PersonJsonMother.personalId(false, 1985);
    byte[] file =
        Xlsx.create()
            .sheet("Cán bộ")
            .row(
                "TT",
                "Họ tên",
                "Số CCCD",
                "Giới tính",
                "Ngày sinh",
                "Trình độ",
                null,
                "Chức vụ hiện tại")
            .row(
                null,
                null,
                null,
                null,
                null,
                "Chuyên môn",
                "Ngày cấp bằng chuyên môn",
                "Đơn vị",
                "Chức vụ",
                "Từ ngày",
                "Số QĐ",
                "Ngày QĐ",
                "Cơ quan ban hành")
            .merge(0, 1, 0, 0)
            .merge(0, 1, 1, 1)
            .merge(0, 1, 2, 2)
            .merge(0, 1, 3, 3)
            .merge(0, 1, 4, 4)
            .merge(0, 0, 5, 6)
            .row(
                "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)",
                "(12)", "(13)")
            .row(
                1,
                "Lò  Văn Tám",
                pid,
                "Nam",
                "01/08/1984",
                "Kỹ sư",
                "30/06/2007",
                null,
                null,
                null,
                null,
                null,
                null)
            .row(
                2,
                "Lò Văn Chín",
                other,
                "Nam",
                "01/08/1985",
                null,
                null,
                "Nam Cường",
                "VTVL_VHXH_Y_TE",
                "01/07/2025",
                "3/QĐ",
                "01/07/2025",
                "UBND tỉnh")
            .bytes();
    Api.Response r = client().upload(file, "PEOPLE", true, null);
    assertThat(r.json().get("status").asString()).as(r.body()).isEqualTo("VALIDATED");
    assertThat(r.json().get("rowsRead").asInt()).isEqualTo(2);
    assertThat(r.json().get("accepted").asInt()).as(r.body()).isEqualTo(1);
    JsonNode rejected = r.json().get("rejectedRows").get(0);
    assertThat(rejected.get("row").asInt()).isEqualTo(5);
    assertThat(rejected.toString()).contains("trùng với nhiều xã", "02026 (Xã Nam Cường)", "H5");
    JsonNode rows =
        client().api.get("/api/imports/" + r.json().get("id").asLong() + "/rows").json();
    assertThat(rows.get(0).get("outcome").asString()).isEqualTo("NEW");
    assertThat(rows.get(0).get("fullName").asString()).isEqualTo("Lò Văn Tám");
  }

  @Test
  void anUpdateListsEachFieldOldToNew() {
    String pid = PersonJsonMother.personalId(true, 1975);
    Object[] row = person(pid, "Vi Thị Cũ", "Nữ", "02/02/1975", null, null, null, null, null);
    row[8] = "Thôn Cũ";
    byte[] first = Xlsx.create().sheet("Cán bộ").row(Xlsx.headers(Xlsx.PEOPLE)).row(row).bytes();
    assertThat(client().upload(first, "PEOPLE", false, null).json().get("accepted").asInt())
        .isEqualTo(1);
    row[8] = "Thôn Mới";
    row[9] = "0912345678";
    row[13] = "Đại học";
    row[15] = "30/06/1998";
    byte[] second = Xlsx.create().sheet("Cán bộ").row(Xlsx.headers(Xlsx.PEOPLE)).row(row).bytes();
    Api.Response r = client().upload(second, "PEOPLE", false, null);
    assertThat(r.json().get("updated").asInt()).as(r.body()).isEqualTo(1);
    JsonNode rows =
        client().api.get("/api/imports/" + r.json().get("id").asLong() + "/rows").json();
    assertThat(rows.get(0).get("changes").toString())
        .contains("Nơi ở hiện nay", "Thôn Cũ", "Thôn Mới", "Số điện thoại", "Trình độ chuyên môn");
    JsonNode p = personByPid(pid);
    assertThat(p.get("version").asInt()).isEqualTo(1);
    JsonNode history = client().api.get("/api/people/" + p.get("id").asLong() + "/history").json();
    assertThat(history.get(0).get("source").asString()).isEqualTo("IMPORT");
    assertThat(history.get(0).get("changes").has("residence")).isTrue();
  }

  JsonNode personByPid(String pid) {
    JsonNode list = client().api.get("/api/people?q=" + pid).json();
    if (list.get("total").asLong() == 0) {
      return null;
    }
    long id = list.get("items").get(0).get("id").asLong();
    return client().api.get("/api/people/" + id).json();
  }
}
