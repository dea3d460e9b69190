package vn.cbcs.importexport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cbcs.importexport.ImportKind;
import vn.cbcs.people.Sex;

/** Cells as people type them, read as they meant them. */
class CellsTest {

  private static CellParser parser(String id, String value, boolean numeric) {
    List<Column> columns = Columns.of(ImportKind.PEOPLE);
    String[] values = new String[columns.size()];
    boolean[] numbers = new boolean[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).id().equals(id)) {
        values[i] = value;
        numbers[i] = numeric;
      }
    }
    return new CellParser(new RawRow(2, values, numbers, List.of()), columns);
  }

  @Test
  void datesAsTextOrExcelSerials() {
    assertThat(CellParser.parseDate("31121", true)).isEqualTo(LocalDate.of(1985, 3, 15));
    assertThat(CellParser.parseDate("1", true)).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(CellParser.parseDate("61", true)).isEqualTo(LocalDate.of(1900, 3, 1));
    assertThat(CellParser.parseDate("45839.75", true)).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(CellParser.parseDate("5/9/1985", false)).isEqualTo(LocalDate.of(1985, 9, 5));
    assertThat(CellParser.parseDate("15-03-1985", false)).isEqualTo(LocalDate.of(1985, 3, 15));
    assertThat(CellParser.parseDate("15.03.1985", false)).isEqualTo(LocalDate.of(1985, 3, 15));
    assertThat(CellParser.parseDate("1985-03-15", false)).isEqualTo(LocalDate.of(1985, 3, 15));
    assertThat(CellParser.parseDate("15/03/1985 00:00:00", false))
        .isEqualTo(LocalDate.of(1985, 3, 15));
    assertThat(CellParser.parseDate("31/02/1990", false)).isNull();
    assertThat(CellParser.parseDate("15/03/85", false))
        .as("two-digit years are ambiguous")
        .isNull();
  }

  @Test
  void personalIdsThatLostTheirZeros() {
    assertThat(parser("personalId", "6185012345", true).personalId("personalId"))
        .isEqualTo("006185012345");
    assertThat(parser("personalId", "06185012345", false).personalId("personalId"))
        .isEqualTo("006185012345");
    assertThat(parser("personalId", "006 185 012 345", false).personalId("personalId"))
        .isEqualTo("006185012345");
    CellParser cmnd = parser("personalId", "123456789", false);
    assertThat(cmnd.personalId("personalId")).isNull();
    assertThat(cmnd.errors()).extracting(e -> e.key()).containsExactly("import.id.cmnd");
  }

  @Test
  void sexAndBirthYears() {
    for (String s : List.of("Nữ", "nữ", "NỮ", "F", "nu")) {
      assertThat(parser("sex", s, false).sex("sex")).as(s).isEqualTo(Sex.FEMALE);
    }
    for (String s : List.of("Nam", "nam", "M")) {
      assertThat(parser("sex", s, false).sex("sex")).as(s).isEqualTo(Sex.MALE);
    }
    CellParser.BirthDate year = parser("birthDate", "1970", true).birthDate("birthDate");
    assertThat(year.yearOnly()).isTrue();
    assertThat(year.date()).isEqualTo(LocalDate.of(1970, 1, 1));
  }

  @Test
  void textIsCleanedAndKeyed() {
    String nfd = Normalizer.normalize("  Hoàng\u00A0 Thị\u200B   Lành ", Normalizer.Form.NFD);
    assertThat(Text.clean(nfd)).isEqualTo("Hoàng Thị Lành");
    assertThat(Text.key("Đại học")).isEqualTo("dai hoc");
    assertThat(Text.key("ĐH")).isEqualTo("dh");
    assertThat(Text.key("Số định danh cá nhân (CCCD) *")).isEqualTo("so dinh danh ca nhan cccd");
    assertThat(Text.unneutralise("'+84 912")).isEqualTo("+84 912");
    assertThat(Text.unneutralise("'=SUM(A1)")).isEqualTo("=SUM(A1)");
    assertThat(Text.unneutralise("'Lan")).isEqualTo("'Lan");
  }
}
