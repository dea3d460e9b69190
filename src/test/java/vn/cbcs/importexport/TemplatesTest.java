package vn.cbcs.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;

/** The downloadable templates, and who may import. */
@IntegrationTest
class TemplatesTest {

  @LocalServerPort int port;

  private XSSFWorkbook template(String kind) throws Exception {
    Api.Download d = Api.admin(port).download("/api/imports/templates/" + kind);
    assertThat(d.status()).isEqualTo(200);
    assertThat(d.headers().getContentType().toString()).contains("spreadsheetml");
    assertThat(d.headers().getFirst("Content-Disposition")).contains("mau-nhap-");
    return new XSSFWorkbook(new ByteArrayInputStream(d.bytes()));
  }

  @Test
  void eachTemplateHasHeadersNotesListsAndAnExampleRow() throws Exception {
    for (ImportKind kind : ImportKind.values()) {
      try (XSSFWorkbook wb = template(kind.name())) {
        XSSFSheet data = wb.getSheet(kind.sheetName());
        assertThat(data).as(kind.name()).isNotNull();
        assertThat(wb.getSheetIndex(data)).isZero();
        // every template is about people (their personal ID first) but the list of courses
        assertThat(data.getRow(0).getCell(1).getStringCellValue())
            .as(kind.name())
            .isEqualTo(
                kind == ImportKind.TRAINING_COURSES
                    ? "Đơn vị tổ chức"
                    : "Số định danh cá nhân (CCCD)");
        assertThat(data.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ví dụ");
        // a drop-down list for each coded column (the scores of a round have none: numbers only)
        assertThat(data.getDataValidations().isEmpty())
            .as(kind.name())
            .isEqualTo(
                vn.cbcs.importexport.internal.Columns.of(kind).stream()
                    .noneMatch(c -> c.list() != null));
        Sheet notes = wb.getSheet("Hướng dẫn");
        assertThat(notes.getLastRowNum()).isGreaterThan(data.getRow(0).getLastCellNum());
        assertThat(wb.isSheetHidden(wb.getSheetIndex("Danh mục"))).isTrue();
      }
    }
    try (XSSFWorkbook wb = template("PEOPLE")) {
      Sheet lists = wb.getSheet("Danh mục");
      StringBuilder all = new StringBuilder();
      for (Row r : lists) {
        r.forEach(c -> all.append(c.getStringCellValue()).append('|'));
      }
      assertThat(all.toString())
          .contains("02 – Tày", "Đại học", "02026 – Xã Nam Cường", "VTVL_VHXH_Y_TE – ", "Nữ");
      assertThat(wb.getName("DonVi")).isNotNull();
    }
  }

  @Test
  void theUntouchedTemplateHasNoRowsAndAFilledOneImports() throws Exception {
    byte[] untouched;
    byte[] filled;
    try (XSSFWorkbook wb = template("PEOPLE")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      untouched = out.toByteArray();
      Row row = wb.getSheet("Cán bộ").createRow(2);
      row.createCell(0).setCellValue(1);
      row.createCell(1).setCellValue(PersonJsonMother.personalId(true, 1991));
      row.createCell(2).setCellValue("Lâm Thị Mẫu");
      row.createCell(3).setCellValue("Nữ");
      row.createCell(4).setCellValue("07/07/1991");
      out = new ByteArrayOutputStream();
      wb.write(out);
      filled = out.toByteArray();
    }
    Api.Response empty = ImportClient.admin(port).upload(untouched, "PEOPLE", true, null);
    assertThat(empty.json().get("message").asString()).contains("không có dòng dữ liệu");
    Api.Response r = ImportClient.admin(port).upload(filled, "PEOPLE", true, null);
    assertThat(r.json().get("rowsRead").asInt()).as(r.body()).isEqualTo(1);
    assertThat(r.json().get("accepted").asInt()).isEqualTo(1);
  }

  @Test
  void onlyPersonnelOfficersImport() {
    byte[] file = Xlsx.create().sheet("Cán bộ").row(Xlsx.headers(Xlsx.PEOPLE)).bytes();
    Api.Response inspector =
        new ImportClient(port, "thanhtra", "demo-cbcs-2025").upload(file, "PEOPLE", true, null);
    assertThat(inspector.status()).isEqualTo(403);
    Api.Response commune =
        new ImportClient(port, "xa", "demo-cbcs-2025").upload(file, "PEOPLE", true, null);
    assertThat(commune.status()).isEqualTo(422);
    assertThat(
            new Api(port, "thanhtra", "demo-cbcs-2025")
                .download("/api/imports/templates/PEOPLE")
                .status())
        .isEqualTo(200);
  }
}
