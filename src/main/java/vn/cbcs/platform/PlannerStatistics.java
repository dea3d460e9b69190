package vn.cbcs.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refreshes PostgreSQL's planner statistics after a bulk load (the unit catalogue, the demo
 * province). Until autovacuum catches up, tables filled in one go are planned from the statistics
 * they had while nearly empty: sequential scans inside correlated sub-queries, minutes instead of
 * milliseconds for the first reports after a start. Called after the load committed, outside any
 * transaction, so that the locks ANALYZE takes are released at once; {@code SKIP_LOCKED} passes
 * over tables being analysed by someone else, and tables the application's role does not own are
 * skipped by PostgreSQL with a notice.
 */
@Component
public class PlannerStatistics {

  private final JdbcClient jdbc;

  PlannerStatistics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Analyses every table of the database the application may analyse. */
  public void refresh() {
    jdbc.sql("ANALYZE (SKIP_LOCKED)").update();
  }
}
