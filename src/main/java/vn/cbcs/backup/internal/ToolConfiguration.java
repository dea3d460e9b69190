package vn.cbcs.backup.internal;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The application context of the commands: the database only (the embedded PostgreSQL of {@code
 * vn.cbcs.platform.db} when no {@code spring.datasource.url} is set, with the same settings as the
 * application), no web server, no migrations, no start-up tasks. Scanned by package name so that
 * the embedded server stays internal to the platform module.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({
  DataSourceAutoConfiguration.class,
  DataSourceTransactionManagerAutoConfiguration.class,
  JdbcTemplateAutoConfiguration.class,
  JdbcClientAutoConfiguration.class
})
@ComponentScan("vn.cbcs.platform.db")
@ConfigurationPropertiesScan("vn.cbcs.platform.db")
public class ToolConfiguration {}
