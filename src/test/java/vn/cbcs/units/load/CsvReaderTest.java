package vn.cbcs.units.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void readsQuotedCellsWithCommasQuotesAndLineBreaks() {
    String csv =
        "a,b,c\r\n"
            + "Thành phố Hồ Chí Minh (79),\"Đặc khu Côn Đảo\n\",26732\n"
            + "x,\"Nhập một phần diện tích, toàn bộ dân số\",\"say \"\"hi\"\"\"\n";
    List<List<String>> rows = CsvReader.parse(csv);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1))
        .containsExactly("Thành phố Hồ Chí Minh (79)", "Đặc khu Côn Đảo\n", "26732");
    assertThat(rows.get(2).get(1)).isEqualTo("Nhập một phần diện tích, toàn bộ dân số");
    assertThat(rows.get(2).get(2)).isEqualTo("say \"hi\"");
  }
}
