package vn.cbcs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** CBCS: the record of a province's commune-level cadres and civil servants. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CbcsApplication {

  public static void main(String[] args) {
    SpringApplication.run(CbcsApplication.class, args);
  }
}
