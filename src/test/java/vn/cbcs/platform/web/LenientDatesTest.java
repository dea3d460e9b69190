package vn.cbcs.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.DefaultFormattingConversionService;
import vn.cbcs.platform.BadRequestException;

/**
 * Dates Spring binds itself (form records, {@code @RequestParam LocalDate}) are typed dd/mm/yyyy in
 * the forms: the conversion the app registers takes them like ISO.
 */
class LenientDatesTest {

  private DefaultFormattingConversionService conversions() {
    DefaultFormattingConversionService cs = new DefaultFormattingConversionService();
    new WebConfig().addFormatters(cs);
    return cs;
  }

  @Test
  void vietnameseAndIsoDatesBind() {
    var cs = conversions();
    assertThat(cs.convert("31/12/2024", LocalDate.class)).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(cs.convert("1/7/2025", LocalDate.class)).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(cs.convert("2024-12-31", LocalDate.class)).isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  void aDayThatDoesNotExistIsRefusedWithTheReason() {
    assertThatThrownBy(() -> conversions().convert("31/02/2024", LocalDate.class))
        .isInstanceOf(ConversionFailedException.class)
        .hasCauseInstanceOf(BadRequestException.class);
  }
}
