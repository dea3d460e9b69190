package vn.cbcs.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cbcs.platform.FieldError;

/** New passwords: long enough, not the username, not common; any letters, spaces welcome. */
class PasswordPolicyTest {

  private static List<String> keys(String username, String password) {
    return PasswordPolicy.check("password", username, password).stream()
        .map(FieldError::key)
        .toList();
  }

  @Test
  void aLongSentenceInVietnameseIsFine() {
    assertThat(keys("lan", "Mùa thu Hà Nội đẹp lắm")).isEmpty();
    assertThat(keys("lan", "correct-horse-42")).isEmpty();
  }

  @Test
  void twelveCharactersAtLeastCountedAsLettersNotBytes() {
    assertThat(keys("lan", "ngắn quá")).containsExactly("error.password.tooShort");
    assertThat(keys("lan", "đủ mười hai")).containsExactly("error.password.tooShort");
    assertThat(keys("lan", "đủ mười hai!")).isEmpty();
    assertThat(keys("lan", "x".repeat(50) + "abcdefghijklmnopqrstuvwxyz".repeat(4)))
        .containsExactly("error.password.tooLong");
    assertThat(keys("lan", null)).containsExactly("error.password.required");
  }

  @Test
  void notTheUsernameInAnyCase() {
    assertThat(keys("hoanganh", "HoangAnh2026!!")).containsExactly("error.password.username");
  }

  @Test
  void notACommonPasswordNorOneCharacterRepeated() {
    assertThat(keys("lan", "Password1234")).containsExactly("error.password.common");
    assertThat(keys("lan", "demo-cbcs-2025")).containsExactly("error.password.common");
    assertThat(keys("lan", "aaaaaaaaaaaaaaaa")).containsExactly("error.password.common");
    assertThat(keys("lan", "abababababababab")).containsExactly("error.password.common");
  }
}
