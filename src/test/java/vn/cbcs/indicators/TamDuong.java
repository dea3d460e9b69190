package vn.cbcs.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.indicators.IndicatorsKnownAnswersTest.A;
import static vn.cbcs.indicators.IndicatorsKnownAnswersTest.B;
import static vn.cbcs.indicators.IndicatorsKnownAnswersTest.C;
import static vn.cbcs.indicators.IndicatorsKnownAnswersTest.M;
import static vn.cbcs.indicators.IndicatorsKnownAnswersTest.NEW_POST;
import static vn.cbcs.indicators.IndicatorsKnownAnswersTest.OLD_POST;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;

/**
 * Four people of old district 106 (Tam Đường, Lai Châu), built once per test JVM: see {@link
 * IndicatorsKnownAnswersTest} for who they are and the answers they give.
 */
final class TamDuong {

  private static long[] ids;

  private TamDuong() {}

  static synchronized long[] ensure(int port, JdbcClient jdbc) {
    if (ids != null) {
      return ids;
    }
    // a reused external database may hold an earlier run's people here: set them aside
    jdbc.sql(
            "UPDATE assignment SET superseded_at = now() WHERE superseded_at IS NULL AND unit_code IN"
                + " (SELECT code FROM unit WHERE path LIKE '12/106/%' OR code IN ('03424', '03430'))")
        .update();
    long p1 =
        create(
            port,
            person("Lò Thị Một", true, 1990),
            array(
                assignment(A, OLD_POST, "2018-01-01", "2025-06-30"),
                assignment(A, NEW_POST, "2025-07-01", null)),
            array(
                qualification("PROFESSIONAL", "SO_CAP", "2015-06-01"),
                qualification("PROFESSIONAL", "DAI_HOC", "2021-06-01"),
                qualification("POLITICAL_THEORY", "SO_CAP", "2016-06-01")));
    long p2 =
        create(
            port,
            person("Vàng Văn Hai", false, 1965),
            array(assignment(B, OLD_POST, "2016-01-01", "2025-06-30")),
            array(
                qualification("PROFESSIONAL", "TRUNG_CAP", "2010-06-01"),
                qualification("POLITICAL_THEORY", "TRUNG_CAP", "2012-06-01")));
    long p3 =
        create(
            port,
            person("Giàng A Ba", false, 1985),
            array(
                assignment(A, OLD_POST, "2016-01-01", "2019-12-31"),
                assignment(C, OLD_POST, "2020-01-01", "2025-06-30"),
                assignment(M, NEW_POST, "2025-07-01", null)),
            array(qualification("POLITICAL_THEORY", "CAO_CAP", "2019-05-01")));
    long p4 =
        create(
            port,
            person("Tao Thị Bốn", true, 1995),
            array(
                assignment(B, OLD_POST, "2022-03-01", "2025-06-30"),
                assignment(A, NEW_POST, "2025-07-01", null)),
            array(qualification("PROFESSIONAL", "CAO_DANG", "2020-06-01")));
    ids = new long[] {p1, p2, p3, p4};
    return ids;
  }

  private static long create(
      int port,
      ObjectNode person,
      tools.jackson.databind.node.ArrayNode posts,
      tools.jackson.databind.node.ArrayNode quals) {
    person.set("assignments", posts);
    person.set("qualifications", quals);
    var response = Api.admin(port).post("/api/people", person);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asLong();
  }
}
