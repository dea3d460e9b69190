package vn.cbcs.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Role;
import vn.cbcs.qualifications.Track;
import vn.cbcs.support.DemoProvince;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * The people in post in a unit are listed alike whichever way the page is found (issue 18): by
 * walking the names' index and testing each name against the posts' people, or by reading the posts
 * first and sorting their people — the same rows, posts and totals, for provinces, districts and
 * communes, before and after the 2025 map, with every filter, on every page and past the last, for
 * an unrestricted actor and for officers of a province and of a commune.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonListShapesTest {

  private static final LocalDate BEFORE = LocalDate.of(2020, 12, 31);

  @Autowired DemoDataGenerator generator;
  @Autowired PersonDirectory directory;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  void demo() {
    DemoProvince.ensure(generator);
  }

  /** A province, one of its districts (before 2025) and one of its communes, on the date. */
  private List<String> unitsOn(LocalDate date) {
    String commune = DemoProvince.busiestCommune(jdbc, date);
    List<String> chain = new ArrayList<>();
    for (Unit u : units.ancestors(units.find(commune, date).orElseThrow(), date)) {
      chain.add(u.code());
    }
    chain.add(commune);
    return chain;
  }

  private static PersonFilter filter(
      LocalDate date, String unit, Sex sex, AgeBand age, Boolean party, Track track, String level) {
    return new PersonFilter(date, unit, null, null, null, sex, age, party, track, level);
  }

  @Test
  void walkedAndSortedPagesAreTheSame() {
    Actor system = TestActors.SYSTEM;
    int compared = 0;
    for (LocalDate date : List.of(BEFORE, DemoProvince.END)) {
      List<String> chain = unitsOn(date);
      assertThat(chain).as("province … commune on " + date).hasSizeGreaterThanOrEqualTo(2);
      String province = chain.get(0);
      String commune = chain.get(chain.size() - 1);
      Actor communeOfficer = TestActors.user("shape-xa", Role.PROVINCE_OFFICER, commune);
      List<Actor> actors =
          List.of(
              system,
              TestActors.user("shape-tinh", Role.PROVINCE_OFFICER, province),
              communeOfficer);
      for (String unit : chain) {
        for (Actor actor : actors) {
          if (actor == communeOfficer && !unit.equals(commune)) {
            continue; // a commune's officer may not list the province
          }
          compared += compare(filter(date, unit, null, null, null, null, null), actor);
          compared += compare(filter(date, unit, Sex.FEMALE, null, null, null, null), actor);
          compared +=
              compare(filter(date, unit, null, AgeBand.FROM_45_TO_55, null, null, null), actor);
          compared +=
              compare(
                  filter(date, unit, null, null, null, Track.POLITICAL_THEORY, "TRUNG_CAP"), actor);
          compared += compare(filter(date, unit, Sex.MALE, null, true, null, null), actor);
        }
      }
    }
    assertThat(compared).as("people listed and compared").isGreaterThan(5_000);
  }

  /** Every page of the list, and one past the last, both ways; returns the rows compared. */
  private int compare(PersonFilter f, Actor actor) {
    int size = 100;
    int rows = 0;
    for (int page = 0; ; page++) {
      PersonPage walked = directory.list(f, page, size, actor, true);
      PersonPage sorted = directory.list(f, page, size, actor, false);
      assertThat(walked.total()).as("total of %s page %d", f, page).isEqualTo(sorted.total());
      assertThat(walked.items()).as("rows of %s page %d", f, page).isEqualTo(sorted.items());
      assertThat(directory.list(f, page, size, actor).items()).isEqualTo(sorted.items());
      rows += sorted.items().size();
      if (sorted.items().isEmpty()) {
        assertThat(rows).as("every row of %s counted", f).isEqualTo(sorted.total());
        return rows;
      }
    }
  }
}
