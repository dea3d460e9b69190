package vn.cbcs.demo;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.security.Visibility;

/**
 * Links the demo cadre account ({@code canbo}, scope Phường Đức Xuân 01840) to a person in post in
 * that ward at the end of the demo history, so that self-service can be tried.
 */
@Component
class DemoSelfService {

  static final String ACCOUNT = "canbo";
  static final String WARD = "01840";
  private final JdbcClient jdbc;
  private final Visibility visibility;

  DemoSelfService(JdbcClient jdbc, Visibility visibility) {
    this.jdbc = jdbc;
    this.visibility = visibility;
  }

  void record(LocalDate end) {
    jdbc.sql(
            "SELECT pa.person_id FROM positions_assignments_on(:d) pa WHERE pa.unit_code = :ward"
                + " AND NOT pa.concurrent ORDER BY pa.person_id LIMIT 1")
        .param("d", end)
        .param("ward", WARD)
        .query(Long.class)
        .optional()
        .ifPresent(id -> visibility.linkPerson(ACCOUNT, id));
  }
}
