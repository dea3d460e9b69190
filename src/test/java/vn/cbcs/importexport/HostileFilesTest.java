package vn.cbcs.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;

/** Hostile or broken files: each refused with a clear Vietnamese message, and no harm done. */
@IntegrationTest
class HostileFilesTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private Api.Response refused(byte[] file, String expected) {
    long before = people();
    Api.Response r = ImportClient.admin(port).upload(file, "PEOPLE", false, null);
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.json().get("status").asString()).isEqualTo("REFUSED");
    assertThat(r.json().get("message").asString()).as(r.body()).contains(expected);
    assertThat(r.json().get("messageEn").asString()).isNotBlank();
    assertThat(people()).as("nothing written").isEqualTo(before);
    return r;
  }

  private long people() {
    return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
  }

  private static byte[] valid() {
    Object[] row =
        PeopleImportTest.person(
            PersonJsonMother.personalId(true, 1980),
            "Hà Thị Mai",
            "Nữ",
            "01/02/1980",
            null,
            null,
            null,
            null,
            null);
    return Xlsx.create().sheet("Cán bộ").row(Xlsx.headers(Xlsx.PEOPLE)).row(row).bytes();
  }

  @Test
  void notAnXlsx() {
    refused(
        "STT;Họ và tên\n1;Nguyễn Văn A".getBytes(StandardCharsets.UTF_8),
        "không phải bảng tính Excel .xlsx");
    refused(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}, "không phải bảng tính Excel .xlsx");
  }

  @Test
  void anOldXlsAndAPasswordProtectedFile() throws Exception {
    java.io.ByteArrayOutputStream xls = new java.io.ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "Workbook");
      fs.writeFilesystem(xls);
    }
    refused(xls.toByteArray(), "định dạng Excel cũ (.xls)");
    refused(HostileFiles.encrypted(valid()), "đặt mật khẩu");
  }

  @Test
  void aZipBomb() throws Exception {
    refused(HostileFiles.zipBomb(), "bom nén");
  }

  @Test
  void aMillionEmptyRows() throws Exception {
    byte[] file =
        HostileFiles.withSheetXml(
            valid(),
            w -> {
              HostileFiles.headerRow(w);
              w.write(
                  "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>006180000001</t></is></c></row>");
              for (int r = 3; r < 1_000_003; r++) {
                w.write("<row r=\"" + r + "\"><c r=\"C" + r + "\" s=\"0\"/></row>");
              }
              w.write("</sheetData></worksheet>");
            });
    refused(file, "dòng trống");
  }

  @Test
  void tenThousandColumns() {
    Object[] wide = new Object[10_000];
    wide[1] = PersonJsonMother.personalId(false, 1975);
    wide[2] = "Lò Văn Dài";
    wide[9_999] = "x";
    byte[] file = Xlsx.create().sheet("Cán bộ").row(Xlsx.headers(Xlsx.PEOPLE)).row(wide).bytes();
    refused(file, "vượt quá 200 cột");
  }

  @Test
  void aCellOverExcelsLimit() throws Exception {
    String pid = PersonJsonMother.personalId(false, 1977);
    byte[] file =
        HostileFiles.withSheetXml(
            valid(),
            w -> {
              HostileFiles.headerRow(w);
              w.write("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" + pid + "</t></is></c>");
              w.write("<c r=\"C2\" t=\"inlineStr\"><is><t>" + "A".repeat(40_000) + "</t></is></c>");
              w.write("<c r=\"D2\" t=\"inlineStr\"><is><t>Nam</t></is></c>");
              w.write("<c r=\"E2\" t=\"inlineStr\"><is><t>01/01/1977</t></is></c></row>");
              w.write("</sheetData></worksheet>");
            });
    Api.Response r = ImportClient.admin(port).upload(file, "PEOPLE", false, null);
    assertThat(r.json().get("rejected").asInt()).as(r.body()).isEqualTo(1);
    assertThat(r.json().get("rejectedRows").get(0).toString()).contains("32767 ký tự", "Họ và tên");
  }

  @Test
  void wrongOrHiddenSheets() {
    byte[] wrong = Xlsx.create().sheet("Sheet1").row(Xlsx.headers(Xlsx.PEOPLE)).bytes();
    refused(wrong, "Không tìm thấy trang tính \"Cán bộ\". Các trang trong tệp: \"Sheet1\"");
    byte[] hidden =
        Xlsx.create()
            .sheet("Khác")
            .row("x")
            .sheet("Cán bộ")
            .row(Xlsx.headers(Xlsx.PEOPLE))
            .hidden()
            .bytes();
    refused(hidden, "đang bị ẩn");
    byte[] headers = Xlsx.create().sheet("can bo").row("STT", "Tên").row("1", "A").bytes();
    refused(headers, "thiếu dòng tiêu đề hoặc thiếu cột bắt buộc");
  }

  @Test
  void formulasAreReadByTheirComputedValueOrRefused() {
    String pid = PersonJsonMother.personalId(true, 1988);
    Object[] row =
        PeopleImportTest.person(
            pid, "Triệu Thị Hoa", null, "03/04/1988", null, null, null, null, null);
    row[3] = new Xlsx.Formula("IF(1=1,\"Nữ\",\"Nam\")", "Nữ");
    Object[] noValue =
        PeopleImportTest.person(
            PersonJsonMother.personalId(true, 1989),
            "Triệu Thị Hà",
            "Nữ",
            null,
            null,
            null,
            null,
            null,
            null);
    noValue[4] = new Xlsx.Formula("DATE(1989,1,1)", null);
    byte[] file =
        Xlsx.create().sheet("Cán bộ").row(Xlsx.headers(Xlsx.PEOPLE)).row(row).row(noValue).bytes();
    Api.Response r = ImportClient.admin(port).upload(file, "PEOPLE", true, null);
    assertThat(r.json().get("accepted").asInt()).as(r.body()).isEqualTo(1);
    assertThat(r.json().get("rejectedRows").get(0).toString())
        .contains("công thức", "DATE(1989,1,1)");
  }
}
