package vn.cbcs.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.CbcsApplication;

/**
 * Production mode: no default passwords. Runs whole applications one after the other on one
 * embedded data directory, as an operator would on a server.
 */
class ProductionModeTest {

  @TempDir Path dataDir;

  private ConfigurableApplicationContext start(String... args) {
    return startWith("--cbcs.embedded-db.allow-in-production=true", args);
  }

  private ConfigurableApplicationContext startWith(String allow, String... args) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "--spring.datasource.url=", // always the embedded database, even where CI sets one
                "--cbcs.embedded-db.data-dir=" + dataDir,
                allow,
                "--cbcs.units.load-on-startup=false",
                "--server.port=0",
                "--spring.main.banner-mode=off"));
    all.addAll(List.of(args));
    return new SpringApplicationBuilder(CbcsApplication.class).run(all.toArray(String[]::new));
  }

  @Test
  void refusesToStartWhileDemoAccountsExistAndCanRemoveThem() {
    start("--cbcs.mode=demo").close();

    assertThatThrownBy(
            () ->
                start(
                    "--cbcs.mode=production",
                    "--cbcs.bootstrap-admin.username=root",
                    "--cbcs.bootstrap-admin.password=correct-horse-42"))
        .hasStackTraceContaining("demo accounts exist");

    try (ConfigurableApplicationContext prod =
        start(
            "--spring.profiles.active=prod",
            "--cbcs.remove-demo-accounts=true",
            "--cbcs.bootstrap-admin.username=root",
            "--cbcs.bootstrap-admin.password=correct-horse-42")) {
      JdbcClient jdbc = prod.getBean(JdbcClient.class);
      assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE demo").query(Long.class).single())
          .isZero();
      assertThat(jdbc.sql("SELECT username FROM app_user").query(String.class).list())
          .containsExactly("root");
    }
  }

  @Test
  void refusesTheEmbeddedDatabaseUnlessAllowed() {
    String[] prod = {
      "--spring.profiles.active=prod",
      "--cbcs.bootstrap-admin.username=root",
      "--cbcs.bootstrap-admin.password=correct-horse-42"
    };
    for (String notAllowed : List.of("--cbcs.embedded-db.allow-in-production=false", "--x=y")) {
      assertThatThrownBy(() -> startWith(notAllowed, prod))
          .hasStackTraceContaining("Chế độ sản xuất không dùng PostgreSQL nhúng")
          .hasStackTraceContaining("no external database is configured (spring.datasource.url)")
          .hasStackTraceContaining("for development and demonstrations")
          .hasStackTraceContaining("--cbcs.embedded-db.allow-in-production=true");
    }
    assertThatThrownBy(() -> startWith("--x=y", "--cbcs.mode=production"))
        .as("production mode without the profile too")
        .hasStackTraceContaining("no external database is configured");
    assertThat(dataDir.resolve("postgresql.conf")).as("no cluster was made").doesNotExist();
    try (ConfigurableApplicationContext allowed =
        startWith("--cbcs.embedded-db.allow-in-production=true", prod)) {
      assertThat(allowed.isActive()).isTrue();
    }
  }

  @Test
  void needsAFirstAdministratorWithAStrongEnoughPassword() {
    assertThatThrownBy(() -> start("--cbcs.mode=production"))
        .hasStackTraceContaining("needs a first administrator");
    assertThatThrownBy(
            () ->
                start(
                    "--cbcs.mode=production",
                    "--cbcs.bootstrap-admin.username=root",
                    "--cbcs.bootstrap-admin.password=short"))
        .hasStackTraceContaining("at least 12 characters");
    try (ConfigurableApplicationContext prod =
        start(
            "--cbcs.mode=production",
            "--cbcs.bootstrap-admin.username=root",
            "--cbcs.bootstrap-admin.password=correct-horse-42")) {
      assertThat(
              prod.getBean(JdbcClient.class)
                  .sql("SELECT count(*) FROM app_user")
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
    }
    try (ConfigurableApplicationContext again = start("--cbcs.mode=production")) {
      assertThat(again.isActive())
          .as("once an administrator exists, no bootstrap is needed")
          .isTrue();
    }
  }
}
