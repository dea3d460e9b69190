package vn.cbcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped fonts have every letter of Vietnamese, so no glyph is ever missing from a PDF. */
public class PdfFontsTest {

  /** Every vowel with every tone, both cases, and đ/Đ. */
  public static final String VIETNAMESE =
      "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
          + "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴĐ"
          + "–…“”‘’%/()";

  @Test
  void theAlphabetIsComplete() {
    // 12 vowels x 6 tones x 2 cases + đ, Đ
    assertThat(VIETNAMESE.codePoints().filter(Character::isLetter).count()).isEqualTo(146);
    assertThat(Normalizer.isNormalized(VIETNAMESE, Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void everyVietnameseLetterIsInEachShippedFont() {
    for (BaseFont font : List.of(PdfFonts.regular(), PdfFonts.bold(), PdfFonts.italic())) {
      assertThat(font.getPostscriptFontName()).startsWith("LiberationSerif");
      VIETNAMESE
          .codePoints()
          .forEach(
              c ->
                  assertThat(font.charExists(c))
                      .as(
                          "%s has %s (U+%04X)",
                          font.getPostscriptFontName(), Character.toString(c), c)
                      .isTrue());
    }
  }

  @Test
  void theFontsAreEmbeddedAndEncodedForUnicode() {
    BaseFont font = PdfFonts.regular();
    assertThat(font.isEmbedded()).isTrue();
    assertThat(font.getEncoding()).isEqualTo(BaseFont.IDENTITY_H);
    assertThat(font.getFontType()).isEqualTo(BaseFont.FONT_TYPE_TTUNI);
  }
}
