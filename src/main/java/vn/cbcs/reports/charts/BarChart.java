package vn.cbcs.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A grouped bar chart of percentages (0–100) drawn with Java2D into a PNG: one group of bars per
 * category, one bar per series, the value over each bar, an optional target mark per category (a
 * dark red rule across the group), the legend under the plot. Text is set in the shipped Liberation
 * Serif, so Vietnamese shows the same on any server, with or without system fonts.
 */
public final class BarChart {

  /** One series: its legend and colour, and a value per category (null: no bar). */
  public record Series(String name, Color color, List<Double> values) {}

  public static final Color BLUE = new Color(0x1F, 0x4E, 0x79);
  public static final Color LIGHT = new Color(0x9D, 0xC3, 0xE6);
  public static final Color TARGET = new Color(0xB0, 0x00, 0x20);

  private static final Font BASE = load();
  private static final int SCALE = 2;

  private final String title;
  private final List<String> categories;
  private final List<Series> series;
  private final List<Double> targets;
  private final String targetLegend;

  /**
   * @param targets a target per category (null entries: none), or null for no targets
   */
  public BarChart(
      String title,
      List<String> categories,
      List<Series> series,
      List<Double> targets,
      String targetLegend) {
    this.title = title;
    this.categories = List.copyOf(categories);
    this.series = List.copyOf(series);
    this.targets = targets == null ? null : new ArrayList<>(targets);
    this.targetLegend = targetLegend;
  }

  /** The chart as a PNG of {@code width} × {@code height} points, drawn at twice that in pixels. */
  public byte[] png(int width, int height) {
    BufferedImage image =
        new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(SCALE, SCALE);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      draw(g, width, height);
    } finally {
      g.dispose();
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void draw(Graphics2D g, int width, int height) {
    Font titleFont = BASE.deriveFont(Font.BOLD, 12f);
    Font small = BASE.deriveFont(9f);
    Font label = BASE.deriveFont(9.5f);
    g.setColor(Color.BLACK);
    g.setFont(titleFont);
    centred(g, title, width / 2.0, 16);
    int left = 36;
    int right = width - 12;
    int top = 30;
    int labelLines = 3;
    int legendHeight = 18;
    int bottom = height - legendHeight - labelLines * 12 - 8;
    double plot = bottom - top;
    // grid and axis: 0, 20, … 100 %
    g.setFont(small);
    for (int v = 0; v <= 100; v += 20) {
      double y = bottom - plot * v / 100.0;
      g.setColor(v == 0 ? Color.DARK_GRAY : new Color(0xDD, 0xDD, 0xDD));
      g.setStroke(new BasicStroke(v == 0 ? 1f : 0.6f));
      g.draw(new Line2D.Double(left, y, right, y));
      g.setColor(Color.DARK_GRAY);
      String text = v + "%";
      g.drawString(text, left - 4 - g.getFontMetrics().stringWidth(text), (float) (y + 3));
    }
    int n = Math.max(1, categories.size());
    double group = (right - left) / (double) n;
    double barWidth = Math.min(38, group * 0.7 / Math.max(1, series.size()));
    for (int c = 0; c < categories.size(); c++) {
      double groupLeft = left + c * group + (group - barWidth * series.size()) / 2;
      for (int s = 0; s < series.size(); s++) {
        Double v = series.get(s).values().get(c);
        if (v == null) {
          continue;
        }
        double h = plot * Math.max(0, Math.min(100, v)) / 100.0;
        double x = groupLeft + s * barWidth;
        g.setColor(series.get(s).color());
        g.fill(new Rectangle2D.Double(x + 1, bottom - h, barWidth - 2, h));
        g.setColor(Color.BLACK);
        g.setFont(small);
        centred(g, format(v), x + barWidth / 2, bottom - h - 3);
      }
      Double target = targets == null ? null : targets.get(c);
      if (target != null) {
        double y = bottom - plot * Math.max(0, Math.min(100, target)) / 100.0;
        g.setColor(TARGET);
        g.setStroke(
            new BasicStroke(
                2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {5, 3}, 0));
        g.draw(new Line2D.Double(groupLeft - 4, y, groupLeft + barWidth * series.size() + 4, y));
      }
      g.setColor(Color.BLACK);
      g.setFont(label);
      List<String> lines = wrap(g.getFontMetrics(), categories.get(c), group - 6, labelLines);
      for (int l = 0; l < lines.size(); l++) {
        centred(g, lines.get(l), left + c * group + group / 2, bottom + 13 + l * 12);
      }
    }
    legend(g, width, height - 6);
  }

  private void legend(Graphics2D g, int width, int baseline) {
    g.setFont(BASE.deriveFont(9.5f));
    FontMetrics m = g.getFontMetrics();
    List<String> names = new ArrayList<>();
    series.forEach(s -> names.add(s.name()));
    if (targets != null && targetLegend != null) {
      names.add(targetLegend);
    }
    double total = 0;
    for (String name : names) {
      total += 16 + m.stringWidth(name) + 14;
    }
    double x = (width - total) / 2;
    for (int i = 0; i < names.size(); i++) {
      boolean target = i >= series.size();
      if (target) {
        g.setColor(TARGET);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Line2D.Double(x, baseline - 4, x + 12, baseline - 4));
      } else {
        g.setColor(series.get(i).color());
        g.fill(new Rectangle2D.Double(x, baseline - 9, 12, 9));
      }
      g.setColor(Color.BLACK);
      g.drawString(names.get(i), (float) (x + 16), baseline);
      x += 16 + m.stringWidth(names.get(i)) + 14;
    }
  }

  /** 92,9 — one decimal, a comma, as Vietnamese writes it. */
  static String format(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v).replace('.', ',');
  }

  private static void centred(Graphics2D g, String text, double x, double baseline) {
    int w = g.getFontMetrics().stringWidth(text);
    g.drawString(text, (float) (x - w / 2.0), (float) baseline);
  }

  /** Words onto at most {@code max} lines of {@code width}; the last one ends in "…" if cut. */
  static List<String> wrap(FontMetrics m, String text, double width, int max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String[] words = text.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
      if (m.stringWidth(candidate) <= width || line.isEmpty()) {
        line = new StringBuilder(candidate);
        continue;
      }
      if (lines.size() == max - 1) {
        lines.add(line + " …");
        return lines;
      }
      lines.add(line.toString());
      line = new StringBuilder(words[i]);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static Font load() {
    try (InputStream in =
        BarChart.class.getClassLoader().getResourceAsStream("fonts/LiberationSerif-Regular.ttf")) {
      if (in == null) {
        throw new IllegalStateException("font missing from the classpath: LiberationSerif-Regular");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(e);
    }
  }
}
