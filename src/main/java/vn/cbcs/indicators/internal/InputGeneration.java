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

  /** The generation of a transaction that wrote inputs: never kept, never served. */
  public static final long WROTE = Long.MIN_VALUE;

  private final JdbcClient jdbc;

  InputGeneration(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The current generation as this transaction sees it. Read it <em>before</em> reading the facts:
   * a value computed afterwards is at least as new as the generation says. In a transaction that
   * has written inputs itself, {@link #WROTE}: older than any generation, so that nothing it
   * computes (and might roll back) is kept or served from memory.
   */
  public long current() {
    return jdbc.sql(
            "SELECT CASE WHEN current_setting('cbcs.indicator_inputs_changed', true) = 'y'"
                + " THEN :wrote ELSE coalesce(sum(gen), 0) END FROM indicator_input_generation")
        .param("wrote", WROTE)
        .query(Long.class)
        .single();
  }
}
