package vn.cbcs.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Role;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.DemoProvince;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * A search counts its matches up to {@link PersonDirectory#SEARCH_COUNT_CAP} (issue 18: counting
 * every match of a short name among millions cost more than the page): past the cap the page says
 * "more than", the pages still lead to the last match, and every match is listed once; under the
 * cap, and on the last page, the count is exact.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonSearchCountTest {

  private static final Actor SYSTEM = TestActors.SYSTEM;

  @LocalServerPort int port;
  @Autowired DemoDataGenerator generator;
  @Autowired PersonDirectory directory;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  void demo() {
    DemoProvince.ensure(generator);
  }

  @Test
  void manyMatchesAreCountedToTheCapAndPagedToTheEnd() {
    long matches = matches("a");
    assertThat(matches)
        .as("the demo province has more people with an 'a' in their name than the cap")
        .isGreaterThan(PersonDirectory.SEARCH_COUNT_CAP + 200L);
    PersonFilter search = PersonFilter.search("a", DemoProvince.END);

    PersonPage first = directory.list(search, 0, 50, SYSTEM);
    assertThat(first.totalExact()).isFalse();
    assertThat(first.total()).isEqualTo(PersonDirectory.SEARCH_COUNT_CAP);
    assertThat(first.pages()).isEqualTo(PersonDirectory.SEARCH_COUNT_CAP / 50 + 1);
    assertThat(first.hasNext()).isTrue();

    // past the cap, each page still knows that another follows, until the last
    Walk all = walk(search, SYSTEM, 200);
    PersonPage page = all.last();
    assertThat(all.ids()).hasSize((int) matches);
    assertThat(page.totalExact()).as("the last page ends the count").isTrue();
    assertThat(page.total()).isEqualTo(matches);

    BrowserSession tinh = new BrowserSession(port);
    tinh.signIn("tinh", "demo-cbcs-2025");
    String html = tinh.get("/people?q=a").body();
    assertThat(html).contains("Hơn 1.000 người").contains("Trang 1 / hơn 20");
    var json = Api.admin(port).get("/api/people?q=a&size=50").json();
    assertThat(json.get("totalExact").asBoolean()).isFalse();
    assertThat(json.get("total").asLong()).isEqualTo(PersonDirectory.SEARCH_COUNT_CAP);
  }

  @Test
  void fewerMatchesThanTheCapAreCountedExactly() {
    long matches = matches("huong");
    assertThat(matches)
        .as("more people named Hương than a page of 10, fewer than the cap")
        .isBetween(11L, (long) PersonDirectory.SEARCH_COUNT_CAP);
    PersonPage first =
        directory.list(PersonFilter.search("huong", DemoProvince.END), 0, 10, SYSTEM);
    assertThat(first.totalExact()).isTrue();
    assertThat(first.total()).isEqualTo(matches);
    assertThat(first.hasNext()).isTrue();
    int last = (int) ((matches - 1) / 10);
    PersonPage end =
        directory.list(PersonFilter.search("huong", DemoProvince.END), last, 10, SYSTEM);
    assertThat(end.totalExact()).isTrue();
    assertThat(end.total()).isEqualTo(matches);
    assertThat(end.hasNext()).isFalse();
  }

  @Test
  void anOfficerFindsThePeopleOfTheirGroundThatMatch() {
    String commune = DemoProvince.busiestCommune(jdbc, DemoProvince.END);
    for (Actor officer :
        List.of(
            TestActors.user("search-count", Role.COMMUNE_OFFICER, commune),
            TestActors.user("search-count", Role.PROVINCE_OFFICER, "06"))) {
      Set<Long> ground = walk(PersonFilter.search(null, DemoProvince.END), officer);
      Set<Long> matching =
          new HashSet<>(
              jdbc.sql("SELECT id FROM person WHERE search_key LIKE cbcs_search_key('%a%')")
                  .query(Long.class)
                  .list());
      ground.retainAll(matching);
      assertThat(ground).as("people of the ground with an 'a'").hasSizeGreaterThan(10);
      assertThat(walk(PersonFilter.search("a", DemoProvince.END), officer)).isEqualTo(ground);
    }
    assertThat(
            directory
                .list(
                    PersonFilter.search("a", DemoProvince.END),
                    0,
                    10,
                    TestActors.user("search-count", Role.PROVINCE_OFFICER, "06"))
                .totalExact())
        .as("the province's matches are more than the cap: their pages were found in name order")
        .isFalse();
  }

  @Test
  void aNameOfSeveralWordsFindsExactlyTheRecordsThatContainIt() {
    // the index is asked for each word's first letters only, the whole name checked on the rows
    for (String q : List.of("nguyen thi", "Nguyễn Thị", "guyen thi hu", "van anh", "le thi")) {
      Set<Long> expected = new HashSet<>(ids(q));
      assertThat(expected).as("records containing '%s'", q).hasSizeGreaterThan(0);
      assertThat(walk(PersonFilter.search(q, DemoProvince.END), SYSTEM)).as(q).isEqualTo(expected);
    }
    assertThat(ids("nguyen thi")).isEqualTo(ids("Nguyễn Thị"));
    // a name that only the whole check refuses: every word's start is in "nguyen nam", not the name
    assertThat(
            directory
                .list(PersonFilter.search("nam nguyen", DemoProvince.END), 0, 10, SYSTEM)
                .total())
        .isEqualTo(ids("nam nguyen").size());
  }

  private List<Long> ids(String q) {
    return jdbc.sql(
            "SELECT id FROM person WHERE search_key LIKE '%' || cbcs_search_key(:q) || '%'"
                + " ORDER BY id")
        .param("q", q)
        .query(Long.class)
        .list();
  }

  /** Every id of a list, page by page (10 a page), each listed once. */
  private Set<Long> walk(PersonFilter filter, Actor actor) {
    return walk(filter, actor, 10).ids();
  }

  private record Walk(Set<Long> ids, PersonPage last) {}

  /** Every id of a list, page by page, each listed once, and the last page. */
  private Walk walk(PersonFilter filter, Actor actor, int size) {
    Set<Long> listed = new HashSet<>();
    PersonPage page;
    int n = 0;
    do {
      page = directory.list(filter, n++, size, actor);
      for (PersonRow row : page.items()) {
        assertThat(listed.add(row.id())).as("listed once: %s", row.id()).isTrue();
      }
    } while (page.hasNext() && n < 10_000);
    return new Walk(listed, page);
  }

  private long matches(String q) {
    return jdbc.sql("SELECT count(*) FROM person WHERE search_key LIKE cbcs_search_key(:q)")
        .param("q", "%" + q + "%")
        .query(Long.class)
        .single();
  }
}
