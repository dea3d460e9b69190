package vn.cbcs.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class BarChartTest {

  @Test
  void drawsAPngAtTwiceTheSizeAskedWithBarsOfTheSeriesColours() throws Exception {
    BarChart chart =
        new BarChart(
            "Tỷ lệ (%)",
            List.of("Trình độ chuyên môn từ sơ cấp trở lên", "Nữ"),
            List.of(
                new BarChart.Series("2016", BarChart.LIGHT, Arrays.asList(71.43, null)),
                new BarChart.Series("2020", BarChart.BLUE, List.of(100.0, 50.0))),
            Arrays.asList(85.0, null),
            "Chỉ tiêu");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png(400, 240)));
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(480);
    boolean blue = false;
    boolean target = false;
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        blue |= rgb == BarChart.BLUE.getRGB() - 0xFF000000;
        target |= rgb == (BarChart.TARGET.getRGB() & 0xFFFFFF);
      }
    }
    assertThat(blue).as("a bar of the second series").isTrue();
    assertThat(target).as("the target mark").isTrue();
  }

  @Test
  void wrapsLongLabelsOnThreeLinesAtMost() {
    var g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
    var m = g.getFontMetrics(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.PLAIN, 10));
    List<String> lines =
        BarChart.wrap(m, "một hai ba bốn năm sáu bảy tám chín mười mười một mười hai", 30, 3);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).endsWith("…");
    assertThat(BarChart.format(92.9)).isEqualTo("92,9");
  }
}
