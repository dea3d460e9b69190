package vn.cbcs.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import vn.cbcs.platform.FieldError;

/**
 * What a new or changed password must be (ASVS 2.1): at least 12 characters, at most 128 (Argon2
 * hashes any length; 128 keeps requests bounded), not the username, not a common password, not one
 * character repeated. Any character is allowed, spaces and Vietnamese letters included; there are
 * no composition rules.
 */
final class PasswordPolicy {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON = load("security/common-passwords.txt");

  private PasswordPolicy() {}

  /** Every reason {@code password} is refused for {@code username}, on {@code field}. */
  static List<FieldError> check(String field, String username, String password) {
    List<FieldError> errors = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      errors.add(new FieldError(field, "error.password.required"));
      return errors;
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      errors.add(new FieldError(field, "error.password.tooShort", MIN_LENGTH));
    }
    if (length > MAX_LENGTH) {
      errors.add(new FieldError(field, "error.password.tooLong", MAX_LENGTH));
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null
        && username.length() >= 3
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      errors.add(new FieldError(field, "error.password.username"));
    }
    boolean tooShort = length < MIN_LENGTH;
    if (!tooShort && (COMMON.contains(lower) || password.codePoints().distinct().count() < 4)) {
      errors.add(new FieldError(field, "error.password.common"));
    }
    return errors;
  }

  private static Set<String> load(String resource) {
    Set<String> words = new HashSet<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
