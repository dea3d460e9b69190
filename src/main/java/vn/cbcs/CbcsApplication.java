package vn.cbcs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.cbcs.backup.DatabaseCommands;

/** CBCS: the record of a province's commune-level cadres and civil servants. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CbcsApplication {

  public static void main(String[] args) {
    if (DatabaseCommands.handles(args)) {
      // --cbcs.backup=FILE, --cbcs.restore=FILE, --cbcs.audit.verify: a command, not the server
      System.exit(DatabaseCommands.run(args));
    }
    SpringApplication.run(CbcsApplication.class, args);
  }
}
