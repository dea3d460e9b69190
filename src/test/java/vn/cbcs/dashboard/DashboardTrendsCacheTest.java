package vn.cbcs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.cbcs.indicators.IndicatorValue;
import vn.cbcs.indicators.internal.ValueCache;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * The dashboard's trends and page figures come from memory, and a write by any path shows up on the
 * next load: through the API (a qualification) and straight into the database (as another instance,
 * an import or psql would). Xã Hưng Đạo (01351, Bảo Lạc, Cao Bằng) before the 2025 reform; the test
 * counts only the differences its own writes make.
 */
@IntegrationTest
class DashboardTrendsCacheTest {

  private static final String COMMUNE = "01351";
  private static final String TRENDS = "/dashboard/trends?unit=" + COMMUNE + "&asOf=2024-12-31";
  private static final String SERIES =
      "/api/indicators/%s/series?unit=" + COMMUNE + "&from=2016-12-31&to=2024-12-31&step=year";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ValueCache cache;
  @Autowired DashboardService dashboards;
  @Autowired vn.cbcs.indicators.Indicators indicators;

  @Test
  void aWriteShowsUpOnTheNextLoadWhateverPathItTook() {
    Api api = Api.admin(port);
    var p = person("Nông Văn Xu Hướng", false, 1980);
    p.set(
        "assignments",
        array(assignment(COMMUNE, "VAN_PHONG_THONG_KE", "2016-01-01", "2025-06-30")));
    var created = api.post("/api/people", p);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();

    long[] before = last(api, "PRO_SO_CAP_PLUS");
    long[] in2020 = point(api, "PRO_SO_CAP_PLUS", 4);
    long[] page = card("PRO_SO_CAP_PLUS");
    assertThat(card("PRO_SO_CAP_PLUS")).as("the kept page").containsExactly(page);
    assertThat(page).containsExactly(before);
    JsonNode first = api.get(TRENDS).json();
    assertThat(cache.size()).as("the trend's values are cached").isPositive();
    // served again, from the cache, unchanged
    assertThat(api.get(TRENDS).json()).isEqualTo(first);
    assertThat(percent(first, "PRO_SO_CAP_PLUS", 8))
        .isEqualTo(IndicatorValue.percent(before[0], before[1]));

    // a professional qualification of sơ cấp from 2022 through the API
    var q =
        api.post(
            "/api/people/" + id + "/qualifications",
            qualification("PROFESSIONAL", "SO_CAP", "2022-06-01"));
    assertThat(q.status()).as(q.body()).isEqualTo(201);

    long[] after = last(api, "PRO_SO_CAP_PLUS");
    assertThat(after).containsExactly(before[0] + 1, before[1]);
    assertThat(point(api, "PRO_SO_CAP_PLUS", 4)).as("2020 is unchanged").containsExactly(in2020);
    assertThat(card("PRO_SO_CAP_PLUS")).as("the page").containsExactly(after);
    JsonNode second = api.get(TRENDS).json();
    assertThat(percent(second, "PRO_SO_CAP_PLUS", 8))
        .isEqualTo(IndicatorValue.percent(before[0] + 1, before[1]));
    assertThat(percent(second, "PRO_SO_CAP_PLUS", 4))
        .isEqualTo(percent(first, "PRO_SO_CAP_PLUS", 4));

    // the same person becomes a woman straight in the database, not through CBCS's services
    long[] women = last(api, "WOMEN");
    api.get(TRENDS);
    assertThat(card("WOMEN")).containsExactly(women);
    jdbc.sql("UPDATE person SET sex = 'FEMALE' WHERE id = :id").param("id", id).update();
    assertThat(last(api, "WOMEN")).containsExactly(women[0] + 1, women[1]);
    assertThat(card("WOMEN")).as("the page").containsExactly(women[0] + 1, women[1]);
    assertThat(percent(api.get(TRENDS).json(), "WOMEN", 8))
        .isEqualTo(IndicatorValue.percent(women[0] + 1, women[1]));
  }

  @Test
  void cachedFiguresAreServedOnlyToWhoCoversTheUnit() {
    Api.admin(port).get(TRENDS);
    assertThat(cache.size()).isPositive();
    Api outside =
        new Api(
            port, TestUsers.create(port, "xutheo", "COMMUNE_OFFICER", "01840"), TestUsers.PASSWORD);
    assertThat(outside.get(TRENDS).status()).isEqualTo(403);
    assertThat(outside.get(String.format(SERIES, "PRO_SO_CAP_PLUS")).status()).isEqualTo(403);
    Api inside =
        new Api(
            port,
            TestUsers.create(port, "xutrong", "COMMUNE_OFFICER", COMMUNE),
            TestUsers.PASSWORD);
    assertThat(inside.get(TRENDS).status()).isEqualTo(200);
  }

  /** Numerator and denominator of a card of the dashboard page on 2024-12-31. */
  private long[] card(String code) {
    var actor = vn.cbcs.support.TestActors.SYSTEM;
    var scope = indicators.scope(COMMUNE, java.time.LocalDate.of(2024, 12, 31), null, actor);
    var value =
        dashboards.build(scope, java.time.LocalDate.of(2026, 12, 6), actor).cards().stream()
            .map(Dashboard.Card::value)
            .filter(v -> v.indicator().code().equals(code))
            .findFirst()
            .orElseThrow();
    return new long[] {value.numerator(), value.denominator()};
  }

  /** Numerator and denominator of the series' last point (2024-12-31). */
  private long[] last(Api api, String code) {
    return point(api, code, 8);
  }

  private long[] point(Api api, String code, int index) {
    JsonNode points = api.get(String.format(SERIES, code)).json().get("points");
    assertThat(points).hasSize(9);
    JsonNode p = points.get(index);
    return new long[] {p.get("numerator").asLong(), p.get("denominator").asLong()};
  }

  /** The trend's value, as the percentage of two decimals that it is. */
  private static BigDecimal percent(JsonNode trends, String code, int index) {
    JsonNode v = trends.get(code).get(index).get("value");
    return v == null || v.isNull()
        ? null
        : v.decimalValue().setScale(2, java.math.RoundingMode.UNNECESSARY);
  }
}
