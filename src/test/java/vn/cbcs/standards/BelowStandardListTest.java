package vn.cbcs.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.DemoProvince;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * The below-standard list an officer can work with (issue 17): filters by commune and post, sorted
 * columns, pages, and an Excel export whose rows are the filtered list, every row.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BelowStandardListTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
  private static final Pattern ROW =
      Pattern.compile(
          "data-testid=\"below-row\" data-person=\"(\\d+)\" data-assignment=\"(\\d+)\"");
  private static final Pattern TOTAL = Pattern.compile("data-total=\"(\\d+)\"");
  private static final Pattern PAGES =
      Pattern.compile("data-pages=\"(\\d+)\" data-page=\"(\\d+)\"");

  @Autowired DemoDataGenerator generator;
  @Autowired Compliance compliance;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @LocalServerPort int port;

  private List<Compliance.PostVerdict> below;
  private BrowserSession browser;

  @BeforeAll
  void demo() {
    DemoProvince.ensure(generator);
    below = compliance.belowStandard("19", AS_OF, TestActors.SYSTEM);
    assertThat(below.size()).as("enough rows for pages").isGreaterThan(50);
    browser = new BrowserSession(port);
    assertThat(browser.signIn("tinh", "demo-cbcs-2025").statusCode()).isEqualTo(302);
  }

  private String page(String query) {
    HttpResponse<String> r = browser.get("/standards/below?unit=19&asOf=" + AS_OF + query);
    assertThat(r.statusCode()).as(query).isEqualTo(200);
    assertThat(r.body()).doesNotContain("??");
    return r.body();
  }

  private static List<Long> assignments(String html) {
    List<Long> ids = new ArrayList<>();
    Matcher m = ROW.matcher(html);
    while (m.find()) {
      ids.add(Long.parseLong(m.group(2)));
    }
    return ids;
  }

  private static int total(String html) {
    Matcher m = TOTAL.matcher(html);
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static List<Long> ids(List<Compliance.PostVerdict> rows) {
    return rows.stream().map(v -> v.post().assignmentId()).toList();
  }

  private List<Compliance.PostVerdict> byName() {
    Collator vi = Collator.getInstance(Locale.forLanguageTag("vi"));
    return below.stream()
        .sorted(
            Comparator.comparing((Compliance.PostVerdict v) -> v.post().fullName(), vi)
                .thenComparingLong(v -> v.post().assignmentId()))
        .toList();
  }

  @Test
  void pagesCutTheSortedListAndCountIt() {
    List<Long> expected = ids(byName());
    String first = page("&sort=name&size=25");
    assertThat(total(first)).isEqualTo(below.size());
    assertThat(assignments(first)).isEqualTo(expected.subList(0, 25));
    Matcher m = PAGES.matcher(first);
    assertThat(m.find()).isTrue();
    assertThat(Integer.parseInt(m.group(1))).isEqualTo((below.size() + 24) / 25);
    assertThat(m.group(2)).isEqualTo("1");
    String second = page("&sort=name&size=25&page=2");
    assertThat(assignments(second)).isEqualTo(expected.subList(25, 50));
    // an unknown size falls back to the default, a page past the end to the last page
    assertThat(assignments(page("&sort=name&size=7"))).hasSize(Math.min(50, below.size()));
    String last = page("&sort=name&size=100&page=9999");
    int pages = (below.size() + 99) / 100;
    assertThat(assignments(last)).isEqualTo(expected.subList((pages - 1) * 100, expected.size()));
    // the print layout shows every row
    assertThat(assignments(page("&sort=name&size=25&print=1"))).isEqualTo(expected);
  }

  @Test
  void columnsSortBothWays() {
    assertThat(assignments(page("&sort=-name&size=200&print=1")))
        .as("descending by name")
        .hasSize(below.size());
    List<Long> asc = assignments(page("&sort=name&print=1"));
    List<Long> desc = assignments(page("&sort=-name&print=1"));
    Map<Long, String> names =
        below.stream()
            .collect(Collectors.toMap(v -> v.post().assignmentId(), v -> v.post().fullName()));
    Collator vi = Collator.getInstance(Locale.forLanguageTag("vi"));
    assertThat(desc.stream().map(names::get).toList())
        .isSortedAccordingTo(Comparator.comparing((String s) -> s, vi).reversed());
    assertThat(asc).isNotEqualTo(desc);
    Map<Long, LocalDate> deadlines =
        below.stream()
            .collect(Collectors.toMap(v -> v.post().assignmentId(), v -> v.verdict().deadline()));
    List<LocalDate> down =
        assignments(page("&sort=-deadline&print=1")).stream().map(deadlines::get).toList();
    assertThat(down).isSortedAccordingTo(Comparator.reverseOrder());
    List<LocalDate> up =
        assignments(page("&sort=deadline&print=1")).stream().map(deadlines::get).toList();
    assertThat(up).isSorted();
    // a column outside the whitelist is the default order, not an error
    assertThat(assignments(page("&sort=birthDate;drop&print=1"))).hasSize(below.size());
  }

  @Test
  void filtersByCommuneAndPost() {
    Map<String, Long> perCommune =
        below.stream()
            .collect(Collectors.groupingBy(v -> v.post().unitCode(), Collectors.counting()));
    String commune =
        perCommune.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    List<Compliance.PostVerdict> inCommune =
        byName().stream().filter(v -> v.post().unitCode().equals(commune)).toList();
    String html = page("&commune=" + commune + "&sort=name&size=200");
    assertThat(total(html)).isEqualTo(inCommune.size());
    assertThat(assignments(html))
        .isEqualTo(ids(inCommune).subList(0, Math.min(200, inCommune.size())));
    String post = inCommune.get(0).post().positionCode();
    List<Compliance.PostVerdict> both =
        inCommune.stream().filter(v -> v.post().positionCode().equals(post)).toList();
    String filtered = page("&commune=" + commune + "&post=" + post + "&sort=name&print=1");
    assertThat(total(filtered)).isEqualTo(both.size());
    assertThat(assignments(filtered)).isEqualTo(ids(both));
    // the links of the page keep the filters
    assertThat(filtered).contains("commune=" + commune + "&amp;post=" + post);
  }

  @Test
  void theExportIsTheFilteredListEveryRow() throws Exception {
    Map<String, Long> perPost =
        below.stream()
            .collect(Collectors.groupingBy(v -> v.post().positionCode(), Collectors.counting()));
    String post =
        perPost.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    String query = "unit=19&asOf=" + AS_OF + "&post=" + post + "&sort=-name";
    List<Long> shown = assignments(page("&post=" + post + "&sort=-name&print=1"));
    Function<Long, Compliance.PostVerdict> byId =
        id -> below.stream().filter(v -> v.post().assignmentId() == id).findFirst().orElseThrow();
    HttpClient http = HttpClient.newBuilder().cookieHandler(browser.cookies()).build();
    HttpResponse<byte[]> r =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/standards/below.xlsx?" + query))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_log WHERE kind = 'EXPORT'"
                        + " AND detail LIKE 'BELOW_STANDARD_EXPORT unit=19 %post="
                        + post
                        + "'")
                .query(Long.class)
                .single())
        .as("the export is in the audit log")
        .isPositive();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      Sheet sheet = wb.getSheet("Chưa đạt chuẩn");
      Row header = sheet.getRow(1);
      List<String> headers = new ArrayList<>();
      header.forEach(c -> headers.add(c.getStringCellValue()));
      assertThat(headers)
          .startsWith("STT", "Mã hồ sơ", "Họ và tên", "Chức vụ", "Đơn vị", "Tiêu chí chưa đạt");
      assertThat(sheet.getLastRowNum() - 1).as("every row, not a page").isEqualTo(shown.size());
      for (int i = 0; i < shown.size(); i++) {
        Row row = sheet.getRow(i + 2);
        Compliance.PostVerdict v = byId.apply(shown.get(i));
        assertThat((long) row.getCell(1).getNumericCellValue()).isEqualTo(v.post().personId());
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo(v.post().fullName());
        assertThat(row.getCell(3).getStringCellValue())
            .isEqualTo(v.positionName() == null ? "" : v.positionName());
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo(v.post().unitName());
        assertThat(row.getCell(5).getStringCellValue()).isNotBlank().doesNotContain("??");
      }
    }
  }
}
