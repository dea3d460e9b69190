package vn.cbcs.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The file name of a download: ASCII for every client, the person's name in UTF-8 as well. */
class CvControllerTest {

  @Test
  void theFileNameIsAsciiWithTheNameInUtf8Beside() {
    String header =
        CvController.contentDisposition(42, "Đặng Thị Hường", LocalDate.of(2026, 1, 1), "pdf");
    assertThat(header)
        .startsWith("attachment; filename=\"so-yeu-ly-lich-42-2026-01-01.pdf\"; filename*=UTF-8''");
    assertThat(header.chars().allMatch(c -> c >= 0x20 && c < 0x7f)).isTrue();
    String encoded = header.substring(header.indexOf("UTF-8''") + 7);
    assertThat(encoded).doesNotContain(" ", "\"", ";");
    assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8))
        .isEqualTo("Sơ yếu lý lịch - Đặng Thị Hường - 2026-01-01.pdf");
  }

  @Test
  void charactersThatBreakFileNamesOrHeadersAreDropped() {
    String header =
        CvController.contentDisposition(
            7, "Hà \"Văn\" O'Lâm <b>/\\", LocalDate.of(2020, 1, 1), "docx");
    String encoded = header.substring(header.indexOf("UTF-8''") + 7);
    assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8))
        .isEqualTo("Sơ yếu lý lịch - Hà Văn O'Lâm b - 2020-01-01.docx");
  }
}
