package vn.cbcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Vietnamese first, English kept in sync: both bundles have the same keys, none empty. */
class MessageBundlesSyncTest {

  @Test
  void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
    Properties vi = load("messages.properties");
    Properties en = load("messages_en.properties");
    TreeSet<String> onlyVi = new TreeSet<>(vi.stringPropertyNames());
    onlyVi.removeAll(en.stringPropertyNames());
    TreeSet<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
    onlyEn.removeAll(vi.stringPropertyNames());
    assertThat(onlyVi).as("keys missing from messages_en.properties").isEmpty();
    assertThat(onlyEn).as("keys missing from messages.properties").isEmpty();
    assertThat(vi.stringPropertyNames())
        .as("Vietnamese bundle is not empty")
        .hasSizeGreaterThan(50);
    for (String key : vi.stringPropertyNames()) {
      assertThat(vi.getProperty(key)).as("vi value of %s", key).isNotBlank();
      assertThat(en.getProperty(key)).as("en value of %s", key).isNotBlank();
    }
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (var reader =
        new InputStreamReader(
            new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return p;
  }
}
