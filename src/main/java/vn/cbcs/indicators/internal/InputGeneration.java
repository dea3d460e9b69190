package vn.cbcs.indicators.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The generation of what indicators are computed from (migration V101): it grows when any
 * transaction that wrote to a table feeding indicators commits, whoever wrote (page, API, import,
 * demo generator, another instance, psql). Statement triggers on the tables bump it; no writer has
 * to remember anything.
 */
@Component
public class InputGeneration {

  private final JdbcClient jdbc;

  InputGeneration(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The current generation as this transaction sees it. Read it <em>before</em> reading the facts:
   * a value computed afterwards is at least as new as the generation says.
   */
  public long current() {
    return jdbc.sql("SELECT coalesce(sum(gen), 0) FROM indicator_input_generation")
        .query(Long.class)
        .single();
  }
}
