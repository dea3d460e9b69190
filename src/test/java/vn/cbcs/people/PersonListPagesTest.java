package vn.cbcs.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.DemoProvince;
import vn.cbcs.support.IntegrationTest;

/**
 * The people list's page links: the first page offers no "previous" link and the last no "next" (a
 * link to page -1 answered 400 to whoever followed it).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonListPagesTest {

  @LocalServerPort int port;
  @Autowired DemoDataGenerator generator;

  @BeforeAll
  void demo() {
    DemoProvince.ensure(generator);
  }

  private BrowserSession tinh() {
    BrowserSession tinh = new BrowserSession(port);
    tinh.signIn("tinh", "demo-cbcs-2025");
    return tinh;
  }

  @Test
  void theFirstAndLastPagesLinkOnlyToPagesThatExist() {
    BrowserSession tinh = tinh();
    String first = tinh.get("/people?unit=06&asOf=2024-12-31").body();
    Matcher m = PAGES.matcher(first);
    assertThat(m.find()).as("the demo province's list has several pages").isTrue();
    int last = Integer.parseInt(m.group(1)) - 1;
    assertThat(last).isPositive();
    assertThat(first).contains("page=1").doesNotContain("page=-1");
    String end = tinh.get("/people?unit=06&asOf=2024-12-31&page=" + last).body();
    assertThat(end).contains("page=" + (last - 1)).doesNotContain("page=" + (last + 1));
  }

  @Test
  void theRowsAreNumberedFromThePagesFirst() {
    String third = tinh().get("/people?unit=06&asOf=2024-12-31&page=2&size=20").body();
    Matcher m = ROW_NUMBER.matcher(third);
    java.util.List<Integer> numbers = new java.util.ArrayList<>();
    while (m.find()) {
      numbers.add(Integer.parseInt(m.group(1)));
    }
    assertThat(numbers)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(41, 60).boxed().toList());
  }

  private static final Pattern ROW_NUMBER =
      Pattern.compile("<td class=\"text-secondary small\">(\\d+)</td>");

  private static final Pattern PAGES = Pattern.compile("data-pages=\"(\\d+)\"");
}
