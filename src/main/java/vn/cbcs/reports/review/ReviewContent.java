package vn.cbcs.reports.review;

import java.util.List;
import vn.cbcs.reports.docs.Letterhead;

/**
 * What a review document says, block by block. The DOCX and PDF writers only lay it out, so both
 * carry the same words and numbers.
 *
 * @param number the number line of the header block ("Số: /BC-UBND")
 * @param dateLine the place and date ("Thái Nguyên, ngày tháng năm 2026")
 * @param recipients the "Nơi nhận" lines
 * @param signer the authority and title lines of the signature block
 * @param footer small lines at the foot of every page
 */
public record ReviewContent(
    String documentTitle,
    Letterhead letterhead,
    String number,
    String dateLine,
    List<Block> blocks,
    List<String> recipients,
    List<String> signer,
    List<String> footer) {

  public ReviewContent {
    blocks = List.copyOf(blocks);
    recipients = List.copyOf(recipients);
    signer = List.copyOf(signer);
    footer = List.copyOf(footer);
  }

  /** One element of the body. */
  public sealed interface Block permits Title, Heading, Para, Table, Chart {}

  /** "BÁO CÁO" and the subject under it. */
  public record Title(String kind, String subject) implements Block {}

  /** A section (level 1, capitals) or sub-section (level 2) heading. */
  public record Heading(String text, int level) implements Block {}

  /** A justified paragraph with a first-line indent; {@code note}: an italic drafting note. */
  public record Para(String text, boolean note) implements Block {}

  /**
   * A table with an optional upper header row: columns sharing a {@code group} sit under one merged
   * cell.
   */
  public record Table(String caption, List<Column> columns, List<List<String>> rows)
      implements Block {

    public Table {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
    }

    public boolean grouped() {
      return columns.stream().anyMatch(c -> c.group() != null);
    }

    public boolean startsGroup(int i) {
      String g = columns.get(i).group();
      return g != null && (i == 0 || !g.equals(columns.get(i - 1).group()));
    }

    public int groupSpan(int i) {
      int span = 1;
      String g = columns.get(i).group();
      while (i + span < columns.size() && g.equals(columns.get(i + span).group())) {
        span++;
      }
      return span;
    }
  }

  /** A column: its title, the group above it (or null), its relative width, its alignment. */
  public record Column(String title, String group, float width, boolean number) {}

  /** A chart image (PNG) at {@code width} × {@code height} points, with its caption under it. */
  public record Chart(String caption, byte[] png, int width, int height) implements Block {}
}
