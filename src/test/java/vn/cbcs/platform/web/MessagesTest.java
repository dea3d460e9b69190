package vn.cbcs.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;

/** Messages are patterns with or without arguments; those without are formatted once and kept. */
class MessagesTest {

  private final MessageSource messages = new Messages().messageSource(properties());

  private static MessageSourceProperties properties() {
    MessageSourceProperties p = new MessageSourceProperties();
    p.setBasename(List.of("messages"));
    p.setEncoding(StandardCharsets.UTF_8);
    p.setFallbackToSystemLocale(false); // as application.properties: Vietnamese is the default
    return p;
  }

  @Test
  void aMessageWithoutArgumentsIsReadAsAPatternEveryTime() {
    for (int i = 0; i < 3; i++) {
      assertThat(messages.getMessage("person.family.spouseSide", null, Locale.ENGLISH))
          .isEqualTo("spouse's side");
    }
    assertThat(messages.getMessage("person.family.spouseSide", new Object[0], Locale.ENGLISH))
        .isEqualTo("spouse's side");
  }

  /** The second lookup of a message without arguments is answered from what the first kept. */
  @Test
  void aKeptMessageIsWhatALookupGivesForEveryKeyInBothLanguages() throws java.io.IOException {
    java.util.Properties bundle = new java.util.Properties();
    try (var in = getClass().getResourceAsStream("/messages.properties")) {
      bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(bundle).hasSizeGreaterThan(500);
    for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
      MessageSource fresh = new Messages().messageSource(properties());
      for (String key : bundle.stringPropertyNames()) {
        String first = messages.getMessage(key, null, locale);
        String kept = messages.getMessage(key, new Object[0], null, locale);
        assertThat(kept).as(key + " " + locale).isEqualTo(first);
        assertThat(kept).as(key + " " + locale).isEqualTo(fresh.getMessage(key, null, locale));
      }
    }
    assertThat(messages.getMessage("no.such.key", null, null, Locale.ENGLISH)).isNull();
  }

  /**
   * Every message formatted with arguments — whole numbers, text, a mix — gives what Spring's own
   * lookup of the same bundles gives (a typed element refusing an argument refuses it alike).
   */
  @Test
  void aMessageWithArgumentsIsWhatSpringsLookupGivesForEveryKeyInBothLanguages()
      throws java.io.IOException {
    java.util.Properties bundle = new java.util.Properties();
    try (var in = getClass().getResourceAsStream("/messages.properties")) {
      bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    org.springframework.context.support.ResourceBundleMessageSource spring =
        new org.springframework.context.support.ResourceBundleMessageSource();
    spring.setBasename("messages");
    spring.setDefaultEncoding("UTF-8");
    spring.setFallbackToSystemLocale(false);
    spring.setAlwaysUseMessageFormat(true);
    List<Object[]> argumentSets =
        List.of(
            new Object[] {1234567, 42, 7L, (short) 3, 1_000_000_000_000L},
            new Object[] {"Nguyễn Thị A", 12345, "x", 9876543210L, "y"},
            new Object[] {java.math.BigDecimal.valueOf(12345.5), 2.5d, 1234, "z", 0});
    int compared = 0;
    for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
      for (String key : bundle.stringPropertyNames()) {
        for (Object[] args : argumentSets) {
          assertThat(answer(messages, key, args.clone(), locale))
              .as(key + " " + locale + " " + java.util.Arrays.toString(args))
              .isEqualTo(answer(spring, key, args.clone(), locale));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(3000);
    // the thousands of a whole number in each language, as MessageFormat writes them
    assertThat(messages.getMessage("person.version", new Object[] {12345}, Locale.ENGLISH))
        .contains("12,345");
  }

  private static String answer(MessageSource source, String key, Object[] args, Locale locale) {
    try {
      return source.getMessage(key, args, locale);
    } catch (IllegalArgumentException e) {
      return "refused: " + e.getClass().getSimpleName();
    }
  }

  @Test
  void aMessageWithArgumentsIsFormattedWithThem() {
    assertThat(messages.getMessage("import.cell.tooLong", new Object[] {32767}, Locale.ENGLISH))
        .isEqualTo("The cell is longer than 32767 characters (Excel's limit).");
  }

  @Test
  void eachLanguageKeepsItsOwnAndAMissingKeyFallsBackToTheDefault() {
    String vi = messages.getMessage("person.family.spouseSide", null, Locale.forLanguageTag("vi"));
    assertThat(vi).isNotEqualTo("spouse's side").isNotBlank();
    assertThat(messages.getMessage("no.such.key", null, "??no.such.key??", Locale.ENGLISH))
        .isEqualTo("??no.such.key??");
    // the default is not a pattern: shown as given
    assertThat(messages.getMessage("no.such.key", null, "it''s", Locale.ENGLISH))
        .isEqualTo("it''s");
  }
}
