package vn.cbcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule for typed text: no invisible or control characters; Vietnamese in any form. */
class TextRulesTest {

  @Test
  void vietnameseInNfcAndNfdIsAccepted() {
    String nfc = Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFC);
    String nfd = Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(nfc).hasSizeGreaterThan(nfc.length());
    assertThat(TextRules.firstHidden(nfc, false)).isEqualTo(-1);
    assertThat(TextRules.firstHidden(nfd, false)).isEqualTo(-1);
    // non-breaking spaces, punctuation, digits and symbols people type are text too
    assertThat(TextRules.firstHidden("Số 12/QĐ-UBND\u00A0(bản sao) – “Ghi chú” ✓ 😀", false))
        .isEqualTo(-1);
  }

  @Test
  void invisibleBidiAndControlCharactersAreRefusedByCodePoint() {
    int[] refused = {
      0x200B,
      0x200C,
      0x200D,
      0x2060,
      0xFEFF, // zero-width
      0x200E,
      0x200F,
      0x061C, // bidi marks
      0x202A,
      0x202B,
      0x202C,
      0x202D,
      0x202E, // embeddings and overrides
      0x2066,
      0x2067,
      0x2068,
      0x2069, // isolates
      0x00AD,
      0xE0041, // other format characters: soft hyphen, a tag
      0x0000,
      0x0001,
      0x001B,
      0x007F,
      0x0085,
      0x009F, // C0, DEL, C1
      0x2028,
      0x2029 // line and paragraph separators
    };
    for (int cp : refused) {
      String s = "Nguyễn " + new String(Character.toChars(cp)) + "Văn A";
      assertThat(TextRules.firstHidden(s, false)).as("U+%04X", cp).isEqualTo(cp);
      assertThat(TextRules.firstHidden(s, true)).as("U+%04X multi-line", cp).isEqualTo(cp);
    }
  }

  @Test
  void lineBreaksAndTabsOnlyInMultiLineFields() {
    String text = "Dòng một\r\nDòng hai\n\tthụt lề";
    assertThat(TextRules.firstHidden(text, true)).isEqualTo(-1);
    assertThat(TextRules.firstHidden(text, false)).isEqualTo('\r');
    assertThat(TextRules.firstHidden("a\tb", false)).isEqualTo('\t');
  }

  @Test
  void aLoneSurrogateIsRefused() {
    assertThat(TextRules.firstHidden("a\uD800b", false)).isEqualTo(0xD800);
    assertThat(TextRules.firstHidden("a\uDC00", false)).isEqualTo(0xDC00);
  }

  @Test
  void checkAddsOneFieldErrorNamingTheCharacter() {
    List<FieldError> errors = new ArrayList<>();
    assertThat(TextRules.check(errors, "fullName", "Lê Văn B")).isFalse();
    assertThat(TextRules.check(errors, "fullName", null)).isFalse();
    assertThat(errors).isEmpty();
    assertThat(TextRules.check(errors, "fullName", "Lê \u202EVăn\u200B B")).isTrue();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).field()).isEqualTo("fullName");
    assertThat(errors.get(0).key()).isEqualTo("error.text.hidden");
    assertThat(errors.get(0).args()).containsExactly("U+202E");
    assertThat(TextRules.checkMultiLine(errors, "strengths", "a\nb")).isFalse();
  }
}
