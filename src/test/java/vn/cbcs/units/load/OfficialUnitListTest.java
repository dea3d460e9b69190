package vn.cbcs.units.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cbcs.units.UnitType;

class OfficialUnitListTest {

  private static final String SQL =
      """
      -- DATA for administrative_units --
      INSERT INTO administrative_units(id,full_name,full_name_en,short_name,short_name_en,code_name,code_name_en) VALUES(2,'Tỉnh','Province','Tỉnh','Province','tinh','province');
      INSERT INTO administrative_units(id,full_name,full_name_en,short_name,short_name_en,code_name,code_name_en) VALUES(7,'Huyện','District','Huyện','District','huyen','district');
      INSERT INTO administrative_units(id,full_name,full_name_en,short_name,short_name_en,code_name,code_name_en) VALUES(10,'Xã','Commune','Xã','Commune','xa','commune');
      INSERT INTO provinces(code,name,name_en,full_name,full_name_en,code_name,administrative_unit_id,administrative_region_id) VALUES
      ('06','Bắc Kạn','Bac Kan','Tỉnh Bắc Kạn','Bac Kan Province','bac_kan',2,1);
      INSERT INTO districts(code,name,name_en,full_name,full_name_en,code_name,province_code,administrative_unit_id) VALUES
      ('064','Chợ Đồn','Cho Don','Huyện Chợ Đồn','Cho Don District','cho_don','06',7);
      INSERT INTO wards(code,name,name_en,full_name,full_name_en,code_name,district_code,administrative_unit_id) VALUES
      ('02023','Xuân Lạc','Xuan Lac','Xã Xuân Lạc','Xuan Lac Commune','xuan_lac','064',10),
      ('20446','Tr''hy','Tr''hy','Xã Tr''hy',NULL,'tr_hy','064',10);
      """;

  @Test
  void readsTheThreeLevelsWithTheirTypesAndParents() {
    List<OfficialUnitList.Row> rows = OfficialUnitList.parse(SQL);
    assertThat(rows)
        .extracting(OfficialUnitList.Row::code)
        .containsExactly("06", "064", "02023", "20446");
    assertThat(rows.get(0).type()).isEqualTo(UnitType.TINH);
    assertThat(rows.get(0).parentCode()).isNull();
    assertThat(rows.get(1).type()).isEqualTo(UnitType.HUYEN);
    assertThat(rows.get(1).parentCode()).isEqualTo("06");
    assertThat(rows.get(2).parentCode()).isEqualTo("064");
  }

  @Test
  void readsQuotedApostrophesAndNull() {
    OfficialUnitList.Row row = OfficialUnitList.parse(SQL).get(3);
    assertThat(row.fullName()).isEqualTo("Xã Tr'hy");
    assertThat(row.fullNameEn()).isNull();
  }

  @Test
  void refusesAnUnknownType() {
    String bad =
        "INSERT INTO administrative_units(id,code_name) VALUES(1,'vung_dac_biet');"
            + "INSERT INTO provinces(code,name,full_name,administrative_unit_id) VALUES ('99','X','X',1);";
    assertThatThrownBy(() -> OfficialUnitList.parse(bad)).hasMessageContaining("vung_dac_biet");
  }
}
