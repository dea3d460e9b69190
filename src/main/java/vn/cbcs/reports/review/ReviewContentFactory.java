package vn.cbcs.reports.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cbcs.platform.AsOf;
import vn.cbcs.reports.charts.BarChart;
import vn.cbcs.reports.docs.Letterhead;
import vn.cbcs.reports.review.ReviewContent.Block;
import vn.cbcs.reports.review.ReviewContent.Chart;
import vn.cbcs.reports.review.ReviewContent.Column;
import vn.cbcs.reports.review.ReviewContent.Heading;
import vn.cbcs.reports.review.ReviewContent.Para;
import vn.cbcs.reports.review.ReviewContent.Table;
import vn.cbcs.reports.review.ReviewContent.Title;

/**
 * Writes a review report from its numbers: the header block of NĐ 30/2020, the title, the results
 * against each target (one generated sentence per target), the two dates compared, the child units,
 * two charts, the general assessment and the tasks ahead as far as the numbers say them, the
 * recipients and the signature. Paragraphs that only people can write are left as drafting notes.
 */
public final class ReviewContentFactory {

  /** Child units beyond this many are listed in the table but not drawn as a chart. */
  static final int MAX_CHART_CHILDREN = 30;

  /** Indicators per table of child units, so that a portrait page holds them. */
  static final int CHILD_COLUMNS = 4;

  private ReviewContentFactory() {}

  public static ReviewContent build(ReviewData d) {
    ReviewKind kind = ReviewKind.parse(d.kind());
    Letterhead head = d.letterhead();
    List<Block> blocks = new ArrayList<>();
    String subject =
        kind.title()
            + " việc thực hiện Nghị quyết số "
            + d.resolution().number()
            + " ngày "
            + TargetPhrases.shortDate(d.resolution().issuedOn())
            + " của "
            + d.resolution().issuer()
            + subjectOf(d.resolution().title());
    blocks.add(new Title("BÁO CÁO", subject));
    blocks.add(
        new Para(
            "Thực hiện Nghị quyết số "
                + d.resolution().number()
                + " ngày "
                + TargetPhrases.shortDate(d.resolution().issuedOn())
                + " của "
                + d.resolution().issuer()
                + subjectOf(d.resolution().title())
                + " (sau đây gọi là Nghị quyết), báo cáo "
                + kind.lower()
                + " kết quả thực hiện các chỉ tiêu của Nghị quyết từ ngày "
                + TargetPhrases.date(d.from())
                + " đến ngày "
                + TargetPhrases.date(d.to())
                + " như sau:",
            false));
    blocks.add(new Para(sourceSentence(d), false));
    blocks.add(new Heading("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", 1));
    blocks.add(new Heading("1. Kết quả so với chỉ tiêu của Nghị quyết", 2));
    if (d.targets().isEmpty()) {
      blocks.add(new Para("Nghị quyết chưa có chỉ tiêu nào được ghi trên hệ thống.", false));
    }
    for (ReviewData.TargetLine t : d.targets()) {
      blocks.add(new Para("- " + t.sentence(), false));
    }
    if (d.targets().stream().anyMatch(ReviewData.TargetLine::sourced)) {
      blocks.add(new Para(summary(d), false));
    }
    if (d.reported() != null && !d.reported().isEmpty()) {
      blocks.add(
          new Para(
              "Số liệu đã được báo cáo (ghi kèm nguồn, không tính lại), đặt cạnh số tính từ hồ sơ:",
              false));
      for (ReviewData.Reported r : d.reported()) {
        blocks.add(new Para("- " + r.sentence(), false));
      }
    }
    blocks.add(
        new Heading(
            "2. So sánh kết quả tại ngày "
                + TargetPhrases.date(d.from())
                + " và ngày "
                + TargetPhrases.date(d.to()),
            2));
    blocks.add(comparisonTable(d));
    if (!d.comparison().isEmpty()) {
      blocks.add(comparisonChart(d));
    }
    blocks.add(new Heading("3. Kết quả theo đơn vị tại ngày " + TargetPhrases.date(d.to()), 2));
    blocks.addAll(childTables(d));
    Block childChart = childChart(d);
    if (childChart != null) {
      blocks.add(childChart);
    }
    blocks.add(new Heading("II. ĐÁNH GIÁ CHUNG", 1));
    blocks.addAll(assessment(d));
    blocks.add(
        new Para(
            "(Cơ quan soạn thảo bổ sung đánh giá ưu điểm, hạn chế, nguyên nhân và bài học kinh"
                + " nghiệm.)",
            true));
    blocks.add(new Heading("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", 1));
    blocks.addAll(tasks(d));
    blocks.add(
        new Para("(Cơ quan soạn thảo bổ sung giải pháp, nhiệm vụ và kiến nghị, đề xuất.)", true));
    List<String> signer = new ArrayList<>();
    if (head.signerAuthority() != null) {
      signer.add(head.signerAuthority());
    }
    signer.add(head.signerTitle());
    List<String> footer = new ArrayList<>();
    footer.add(
        "Số liệu lập từ hồ sơ trên hệ thống CBCS ngày "
            + TargetPhrases.date(AsOf.today())
            + "; dự thảo để biên tập, trình ký.");
    if (d.synthetic() > 0) {
      footer.add(
          "CẢNH BÁO: số liệu có hồ sơ giả lập (dữ liệu trình diễn), không phải số liệu thật.");
    }
    return new ReviewContent(
        "Báo cáo " + kind.lower() + " Nghị quyết " + d.resolution().number(),
        head,
        "Số:        /" + head.abbreviation(),
        head.placeOrDots() + ", ngày      tháng      năm " + AsOf.today().getYear(),
        blocks,
        recipients(d),
        signer,
        footer);
  }

  /** The resolution's issuer informed, its organisation board, Home Affairs, the archive. */
  static List<String> recipients(ReviewData d) {
    String issuer = d.resolution().issuer();
    // a provincial Party committee is named by its office alone: the province may have merged
    String committee = issuer.startsWith("Tỉnh ủy") ? "Tỉnh ủy" : issuer;
    List<String> list = new ArrayList<>();
    list.add("- Thường trực " + committee + " (b/c);");
    list.add("- Ban Tổ chức " + committee + ";");
    if (!d.letterhead().body().equals("SỞ NỘI VỤ")) {
      list.add("- Sở Nội vụ;");
    }
    list.add("- Lưu: VT.");
    return list;
  }

  /** " về nâng cao …" from the resolution's title "Nghị quyết về nâng cao …". */
  static String subjectOf(String title) {
    String t = title.strip();
    if (t.regionMatches(true, 0, "Nghị quyết", 0, "Nghị quyết".length())) {
      t = t.substring("Nghị quyết".length()).strip();
    }
    if (t.isEmpty()) {
      return "";
    }
    return t.startsWith("về ")
        ? " " + t
        : " về " + Character.toLowerCase(t.charAt(0)) + t.substring(1);
  }

  private static String sourceSentence(ReviewData d) {
    ReviewData.ScopeInfo s = d.scopeTo();
    String ground =
        s.throughCrosswalk()
            ? "địa bàn "
                + s.unitName()
                + " trước đây, tại ngày "
                + TargetPhrases.date(s.asOf())
                + " gồm "
                + s.communes()
                + " đơn vị hành chính cấp xã"
            : s.unitName()
                + " ("
                + s.communes()
                + " đơn vị hành chính cấp xã tại ngày "
                + TargetPhrases.date(s.asOf())
                + ")";
    return "Số liệu được tổng hợp từ hồ sơ cán bộ, công chức cấp xã trên hệ thống CBCS tại từng"
        + " ngày báo cáo, trên "
        + ground
        + "; mỗi người được tính một lần, tại xã nơi giữ chức vụ, chức danh chính.";
  }

  private static String summary(ReviewData d) {
    ReviewData.Summary s = d.summary();
    String text = "Như vậy, đến ngày " + TargetPhrases.date(d.to()) + ", ";
    if (s.judged() == 0) {
      text += "chưa có chỉ tiêu nào đến mốc đánh giá";
    } else {
      text +=
          "trong "
              + s.judged()
              + " chỉ tiêu đã đến mốc đánh giá có "
              + s.met()
              + " chỉ tiêu đạt hoặc vượt, "
              + s.missed()
              + " chỉ tiêu chưa đạt";
    }
    if (s.ahead() > 0) {
      text += "; " + s.ahead() + " chỉ tiêu có mốc sau ngày " + TargetPhrases.date(d.to());
    }
    return text + ".";
  }

  private static Table comparisonTable(ReviewData d) {
    String a = "Tại ngày " + TargetPhrases.date(d.from());
    String b = "Tại ngày " + TargetPhrases.date(d.to());
    List<Column> columns =
        List.of(
            new Column("STT", null, 1.1f, false),
            new Column("Chỉ số", null, 5.2f, false),
            new Column("Tỷ lệ", a, 1.7f, true),
            new Column("Đạt/tổng", a, 1.8f, true),
            new Column("Tỷ lệ", b, 1.7f, true),
            new Column("Đạt/tổng", b, 1.8f, true),
            new Column("Tăng, giảm (điểm %)", null, 1.8f, true));
    List<List<String>> rows = new ArrayList<>();
    int n = 1;
    for (ReviewData.Comparison c : d.comparison()) {
      rows.add(
          List.of(
              String.valueOf(n++),
              c.indicatorName(),
              c.from().percentText(),
              c.from().numerator() + "/" + c.from().denominator(),
              c.to().percentText(),
              c.to().numerator() + "/" + c.to().denominator(),
              c.changeText()));
    }
    return new Table("Bảng 1. Các chỉ số tại hai thời điểm", columns, rows);
  }

  /** The target shown for an indicator: the last one due by {@code to}, else the next one. */
  static ReviewData.TargetLine shownTarget(ReviewData d, String code) {
    ReviewData.TargetLine due = null;
    ReviewData.TargetLine next = null;
    for (ReviewData.TargetLine t : d.targets()) {
      if (!t.indicatorCode().equals(code)) {
        continue;
      }
      if (!t.milestone().isAfter(d.to())) {
        if (due == null || t.milestone().isAfter(due.milestone())) {
          due = t;
        }
      } else if (next == null || t.milestone().isBefore(next.milestone())) {
        next = t;
      }
    }
    return due != null ? due : next;
  }

  private static Chart comparisonChart(ReviewData d) {
    List<String> names = new ArrayList<>();
    List<Double> from = new ArrayList<>();
    List<Double> to = new ArrayList<>();
    List<Double> targets = new ArrayList<>();
    for (ReviewData.Comparison c : d.comparison()) {
      names.add(c.indicatorName());
      from.add(dbl(c.from().percent()));
      to.add(dbl(c.to().percent()));
      ReviewData.TargetLine t = shownTarget(d, c.indicatorCode());
      targets.add(t == null ? null : dbl(t.target()));
    }
    BarChart chart =
        new BarChart(
            "Các chỉ số tại hai thời điểm (%)",
            names,
            List.of(
                new BarChart.Series(TargetPhrases.date(d.from()), BarChart.LIGHT, from),
                new BarChart.Series(TargetPhrases.date(d.to()), BarChart.BLUE, to)),
            targets,
            "Chỉ tiêu");
    int width = 460;
    int height = 250;
    return new Chart(
        "Biểu đồ 1. Các chỉ số tại ngày "
            + TargetPhrases.date(d.from())
            + " và ngày "
            + TargetPhrases.date(d.to())
            + " so với chỉ tiêu",
        chart.png(width, height),
        width,
        height);
  }

  private static List<Block> childTables(ReviewData d) {
    List<Block> blocks = new ArrayList<>();
    List<String> codes = d.children().indicatorCodes();
    Map<String, String> names =
        d.comparison().stream()
            .collect(
                Collectors.toMap(
                    ReviewData.Comparison::indicatorCode, ReviewData.Comparison::indicatorName));
    if (d.children().rows().isEmpty()) {
      blocks.add(new Para("Đơn vị không có đơn vị trực thuộc để so sánh.", false));
      return blocks;
    }
    int table = 2;
    for (int start = 0; start < codes.size(); start += CHILD_COLUMNS) {
      List<String> part = codes.subList(start, Math.min(codes.size(), start + CHILD_COLUMNS));
      List<Column> columns = new ArrayList<>();
      columns.add(new Column("STT", null, 1.1f, false));
      columns.add(new Column("Đơn vị", null, 4.2f, false));
      for (String code : part) {
        columns.add(new Column(names.getOrDefault(code, code), null, 2.6f, true));
      }
      List<List<String>> rows = new ArrayList<>();
      int n = 1;
      for (ReviewData.ChildRow r : d.children().rows()) {
        List<String> row = new ArrayList<>();
        row.add(String.valueOf(n++));
        row.add(r.unitName());
        for (int k = start; k < start + part.size(); k++) {
          ReviewData.Value v = r.values().get(k);
          row.add(
              v == null
                  ? "—"
                  : v.percentText() + " (" + v.numerator() + "/" + v.denominator() + ")");
        }
        rows.add(row);
      }
      blocks.add(
          new Table(
              "Bảng "
                  + table++
                  + ". Tỷ lệ (đạt/tổng) theo đơn vị tại ngày "
                  + TargetPhrases.date(d.to()),
              columns,
              rows));
    }
    return blocks;
  }

  private static Chart childChart(ReviewData d) {
    List<ReviewData.ChildRow> rows = d.children().rows();
    if (rows.isEmpty() || rows.size() > MAX_CHART_CHILDREN || d.comparison().isEmpty()) {
      return null;
    }
    ReviewData.Comparison first = d.comparison().get(0);
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (ReviewData.ChildRow r : rows) {
      names.add(r.unitName());
      ReviewData.Value v = r.values().get(0);
      values.add(v == null ? null : dbl(v.percent()));
    }
    ReviewData.TargetLine t = shownTarget(d, first.indicatorCode());
    List<Double> targets = null;
    if (t != null) {
      targets = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        targets.add(dbl(t.target()));
      }
    }
    int width = 460;
    int height = 260;
    BarChart chart =
        new BarChart(
            first.indicatorName() + " (%)",
            names,
            List.of(new BarChart.Series(TargetPhrases.date(d.to()), BarChart.BLUE, values)),
            targets,
            "Chỉ tiêu");
    return new Chart(
        "Biểu đồ 2. "
            + first.indicatorName()
            + " theo đơn vị tại ngày "
            + TargetPhrases.date(d.to()),
        chart.png(width, height),
        width,
        height);
  }

  /** The child units that met or missed each target due by {@code to}. */
  private static List<Block> assessment(ReviewData d) {
    List<Block> blocks = new ArrayList<>();
    for (ReviewData.TargetLine t : d.targets()) {
      if (!t.sourced() || t.milestone().isAfter(d.to()) || t.children().isEmpty()) {
        continue;
      }
      List<ReviewData.ChildJudgement> counted =
          t.children().stream().filter(c -> c.value().denominator() > 0).toList();
      List<ReviewData.ChildJudgement> below = counted.stream().filter(c -> !c.meets()).toList();
      String text =
          "- Chỉ tiêu "
              + t.phrase()
              + " ("
              + (t.direction().equals("AT_MOST") ? "không quá " : "")
              + TargetPhrases.percent(t.target())
              + " đến ngày "
              + TargetPhrases.date(t.milestone())
              + "): "
              + (counted.size() - below.size())
              + "/"
              + counted.size()
              + " đơn vị đạt";
      if (!below.isEmpty()) {
        text +=
            "; các đơn vị chưa đạt: "
                + below.stream()
                    .map(c -> c.unitName() + " (" + c.value().percentText() + ")")
                    .collect(Collectors.joining(", "));
      }
      blocks.add(new Para(text + ".", false));
    }
    return blocks;
  }

  private static List<Block> tasks(ReviewData d) {
    List<Block> blocks = new ArrayList<>();
    for (ReviewData.TargetLine t : d.targets()) {
      if (!t.sourced() || !t.milestone().isAfter(d.to())) {
        continue;
      }
      boolean atMost = t.direction().equals("AT_MOST");
      String text =
          "- Phấn đấu đến ngày "
              + TargetPhrases.date(t.milestone())
              + ", "
              + t.phrase()
              + (atMost ? " không quá " : " đạt ")
              + TargetPhrases.percent(t.target());
      if (t.value().percent() != null) {
        BigDecimal gap = t.margin();
        text +=
            " (đến ngày "
                + TargetPhrases.date(d.to())
                + " đạt "
                + t.value().percentText()
                + (gap.signum() >= 0
                    ? ", cần giữ vững kết quả)"
                    : ", cần "
                        + (atMost ? "giảm" : "tăng")
                        + " thêm "
                        + TargetPhrases.points(gap)
                        + " điểm phần trăm)");
      }
      blocks.add(new Para(text + ".", false));
    }
    List<String> missed =
        d.targets().stream()
            .filter(
                t -> t.sourced() && !t.milestone().isAfter(d.to()) && t.status().equals("MISSED"))
            .map(t -> t.phrase())
            .distinct()
            .toList();
    if (!missed.isEmpty()) {
      blocks.add(
          new Para(
              "- Tiếp tục có giải pháp đối với các chỉ tiêu chưa đạt: "
                  + String.join("; ", missed)
                  + ".",
              false));
    }
    return blocks;
  }

  private static Double dbl(BigDecimal v) {
    return v == null ? null : v.doubleValue();
  }
}
