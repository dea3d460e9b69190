package vn.cbcs.standards.web;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.cbcs.standards.Compliance.PostVerdict;

/**
 * The below-standard list as an officer works with it (issue 17): filtered by commune and post,
 * sorted by a whitelisted column in either direction ({@code sort=name}, {@code sort=-name}), cut
 * in pages of 25/50/100/200. Every choice is a query parameter, so a URL reproduces the view. It
 * works on the list the service has already authorised; it reads nothing itself.
 */
public final class BelowList {

  /** The columns a list may be sorted by. */
  public static final List<String> SORTS = List.of("name", "post", "unit", "deadline");

  public static final List<Integer> SIZES = List.of(25, 50, 100, 200);

  /** A choice of a filter: code and name. */
  public record Option(String code, String name) {}

  /** The parameters of a view, normalised (unknown sorts and sizes fall back to the defaults). */
  public record Query(
      String commune, String post, String sort, boolean descending, int size, int page) {

    public static Query of(String commune, String post, String sort, Integer size, Integer page) {
      String s = sort == null ? "" : sort.trim();
      boolean desc = s.startsWith("-");
      String column = desc ? s.substring(1) : s;
      if (!SORTS.contains(column)) {
        column = "unit";
        desc = false;
      }
      int n = size != null && SIZES.contains(size) ? size : 50;
      return new Query(
          blankToNull(commune), blankToNull(post), column, desc, n, page == null ? 1 : page);
    }

    /** The sort parameter's value. */
    public String sortParam() {
      return (descending ? "-" : "") + sort;
    }
  }

  private final List<PostVerdict> all;
  private final List<PostVerdict> rows;
  private final Query query;

  public BelowList(List<PostVerdict> below, Query query) {
    this.all = below;
    this.query = query;
    Collator vi = Collator.getInstance(Locale.forLanguageTag("vi"));
    Comparator<PostVerdict> byName =
        Comparator.comparing((PostVerdict v) -> v.post().fullName(), vi);
    Comparator<PostVerdict> order =
        switch (query.sort()) {
          case "name" -> byName;
          case "post" -> Comparator.comparing((PostVerdict v) -> nz(v.positionName()), vi);
          case "deadline" ->
              Comparator.comparing(
                  (PostVerdict v) -> v.verdict().deadline(),
                  Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));
          default -> Comparator.comparing((PostVerdict v) -> nz(v.post().unitName()), vi);
        };
    if (query.descending()) {
      order = order.reversed();
    }
    order = order.thenComparing(byName).thenComparingLong(v -> v.post().assignmentId());
    this.rows =
        below.stream()
            .filter(v -> query.commune() == null || query.commune().equals(v.post().unitCode()))
            .filter(v -> query.post() == null || query.post().equals(v.post().positionCode()))
            .sorted(order)
            .toList();
  }

  /** Every row of the filtered, sorted list (the export and the print layout). */
  public List<PostVerdict> rows() {
    return rows;
  }

  public Query query() {
    return query;
  }

  public int total() {
    return rows.size();
  }

  public int pages() {
    return Math.max(1, (rows.size() + query.size() - 1) / query.size());
  }

  /** The page asked for, within 1..pages. */
  public int page() {
    return Math.max(1, Math.min(query.page(), pages()));
  }

  /** The rows of the current page. */
  public List<PostVerdict> pageRows() {
    int from = (page() - 1) * query.size();
    return rows.subList(Math.min(from, rows.size()), Math.min(from + query.size(), rows.size()));
  }

  /** The communes of the unfiltered list, by name. */
  public List<Option> communes() {
    Map<String, String> m = new TreeMap<>();
    all.forEach(v -> m.putIfAbsent(v.post().unitCode(), nz(v.post().unitName())));
    return sortByName(m);
  }

  /** The posts of the unfiltered list, by name. */
  public List<Option> posts() {
    Map<String, String> m = new TreeMap<>();
    all.forEach(v -> m.putIfAbsent(v.post().positionCode(), nz(v.positionName())));
    return sortByName(m);
  }

  /**
   * The URL of this view on {@code path} with one parameter changed ({@code key} null: none); the
   * page goes back to 1 unless it is the parameter changed.
   */
  public String url(String path, String unit, LocalDate asOf, String key, String value) {
    Map<String, String> p = new java.util.LinkedHashMap<>();
    p.put("unit", unit);
    p.put("asOf", asOf == null ? null : asOf.toString());
    p.put("commune", query.commune());
    p.put("post", query.post());
    p.put("sort", query.sortParam());
    p.put("size", String.valueOf(query.size()));
    p.put("page", String.valueOf(page()));
    if (key != null) {
      if (!"page".equals(key)) {
        p.put("page", "1");
      }
      p.put(key, value);
    }
    StringBuilder b = new StringBuilder(path);
    char sep = '?';
    for (var e : p.entrySet()) {
      if (e.getValue() == null || e.getValue().isEmpty()) {
        continue;
      }
      b.append(sep)
          .append(e.getKey())
          .append('=')
          .append(
              java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8));
      sep = '&';
    }
    return b.toString();
  }

  /** The sort parameter a column's header links to: ascending, or descending when sorted by it. */
  public String sortLink(String column) {
    return column.equals(query.sort()) && !query.descending() ? "-" + column : column;
  }

  /** "asc"/"desc" when the list is sorted by the column, else null (aria-sort). */
  public String sortedBy(String column) {
    if (!column.equals(query.sort())) {
      return "none";
    }
    return query.descending() ? "descending" : "ascending";
  }

  private static List<Option> sortByName(Map<String, String> m) {
    Collator vi = Collator.getInstance(Locale.forLanguageTag("vi"));
    List<Option> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(new Option(k, v)));
    out.sort(Comparator.comparing(Option::name, vi).thenComparing(Option::code));
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
