package vn.cbcs.reports.cv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the CV printout says, block by block, in the order of the form. The PDF and DOCX writers
 * only lay these blocks out, so the two documents always carry the same text.
 *
 * @param footer small lines at the foot of every page (the as-of date, the synthetic-data warning)
 */
public record CvContent(
    long personId,
    String personName,
    LocalDate asOf,
    boolean synthetic,
    List<Block> blocks,
    List<String> footer) {

  /** The placeholder of an item left empty, as the dotted leaders of the form. */
  public static final String EMPTY = "…";

  /** The placeholder of an empty date. */
  public static final String EMPTY_DATE = "…/…/……";

  public CvContent {
    blocks = List.copyOf(blocks);
    footer = List.copyOf(footer);
  }

  /** One element of the page. */
  public sealed interface Block permits Line, Heading, PhotoAndTitle, Table, Signatures {}

  /** How a piece of text is set: the form's wording, a filled-in value, a note, a warning. */
  public enum Style {
    LABEL,
    VALUE,
    NOTE,
    WARNING
  }

  public enum Align {
    LEFT,
    CENTER,
    RIGHT,
    JUSTIFY
  }

  /** A run of text in one style. */
  public record Span(String text, Style style) {}

  /** A paragraph; {@code small} lines are set a size below the body. */
  public record Line(List<Span> spans, Align align, boolean small) implements Block {

    public Line {
      spans = List.copyOf(spans);
    }

    /** A left-aligned line of alternating labels and values; an empty value prints "…". */
    public static Line item(String... labelsAndValues) {
      List<Span> spans = new ArrayList<>();
      for (int i = 0; i < labelsAndValues.length; i++) {
        String s = labelsAndValues[i];
        if (i % 2 == 0) {
          spans.add(new Span(s, Style.LABEL));
        } else if (s == null || s.isBlank()) {
          spans.add(new Span(EMPTY, Style.LABEL));
        } else if (s.equals(EMPTY_DATE)) {
          spans.add(new Span(EMPTY_DATE, Style.LABEL));
        } else {
          spans.add(new Span(s, Style.VALUE));
        }
      }
      return new Line(spans, Align.LEFT, false);
    }

    public static Line of(String text, Style style, Align align) {
      return new Line(List.of(new Span(text, style)), align, false);
    }

    public static Line small(String text, Style style, Align align) {
      return new Line(List.of(new Span(text, style)), align, true);
    }

    public String text() {
      StringBuilder b = new StringBuilder();
      spans.forEach(s -> b.append(s.text()));
      return b.toString();
    }
  }

  /** A section heading of the form, e.g. "32) QUÁ TRÌNH ĐÀO TẠO, BỒI DƯỠNG". */
  public record Heading(String text) implements Block {}

  /** The 4 x 6 cm photo box beside the title. */
  public record PhotoAndTitle(List<String> photoCaption, String title) implements Block {}

  /**
   * A column; columns with the same {@code group} next to each other share a header cell above
   * theirs ("Tháng/năm" over "Từ" and "Đến").
   */
  public record Column(String title, String group, float width) {

    public static Column of(String title, float width) {
      return new Column(title, null, width);
    }

    public static Column grouped(String group, String title, float width) {
      return new Column(title, group, width);
    }

    /** The form's "Tháng/năm" columns ("Từ", "Đến") followed by {@code rest}. */
    public static List<Column> period(Column... rest) {
      List<Column> columns = new ArrayList<>();
      columns.add(grouped("Tháng/năm", "Từ", 1.3f));
      columns.add(grouped("Tháng/năm", "Đến", 1.3f));
      columns.addAll(List.of(rest));
      return columns;
    }
  }

  /**
   * A table of the form, with the line of the form above it ({@code caption}, e.g. "35.1- Thành
   * tích thi đua, khen thưởng", or null) kept on the same page. An empty table prints one row of
   * "…".
   */
  public record Table(String caption, List<Column> columns, List<List<String>> rows)
      implements Block {

    public Table {
      columns = List.copyOf(columns);
      rows = rows.isEmpty() ? List.of(columns.stream().map(c -> EMPTY).toList()) : rows;
      rows = rows.stream().map(r -> r.stream().map(v -> v == null ? "" : v).toList()).toList();
    }

    public boolean grouped() {
      return columns.stream().anyMatch(c -> c.group() != null);
    }

    /** How many columns from {@code index} share its group (1 for an ungrouped column). */
    public int groupSpan(int index) {
      String group = columns.get(index).group();
      int span = 1;
      while (group != null
          && index + span < columns.size()
          && group.equals(columns.get(index + span).group())) {
        span++;
      }
      return span;
    }

    /** Whether column {@code index} starts its group (or has none). */
    public boolean startsGroup(int index) {
      String group = columns.get(index).group();
      return group == null || index == 0 || !group.equals(columns.get(index - 1).group());
    }
  }

  /** The two signature blocks side by side: the declarant and the certifying body. */
  public record Signatures(List<Line> left, List<Line> right) implements Block {

    public Signatures {
      left = List.copyOf(left);
      right = List.copyOf(right);
    }
  }
}
