package vn.cbcs.reports.cv;

import static vn.cbcs.reports.cv.CvContent.Column.of;
import static vn.cbcs.reports.cv.CvContent.Column.period;
import static vn.cbcs.reports.cv.CvContent.Line.item;
import static vn.cbcs.reports.cv.CvText.join;
import static vn.cbcs.reports.cv.CvText.month;
import static vn.cbcs.reports.cv.CvText.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.cbcs.people.PersonData;
import vn.cbcs.people.PersonProfile;
import vn.cbcs.people.PersonProfile.Post;
import vn.cbcs.reports.cv.CvContent.Block;
import vn.cbcs.reports.cv.CvContent.Heading;
import vn.cbcs.reports.cv.CvContent.Table;

/**
 * Items 32) to 38) of the form: training (see {@link CvTrainingItems}), work history, history of
 * oneself, rewards and disciplines, family, economic situation and the assessment. Only what
 * happened on or before the as-of date is listed; a period still running on that date ends "nay".
 */
final class CvHistoryItems {

  private static final String NOW = "nay";

  private final PersonProfile profile;
  private final PersonData d;
  private final LocalDate asOf;

  /** Final state ratings by year (item 35.1, "Xếp loại chuyên môn"). */
  private final java.util.Map<Integer, String> ratings;

  CvHistoryItems(PersonProfile profile) {
    this(profile, java.util.Map.of());
  }

  /** Completed fostering courses that gave no qualification (item 32; module training). */
  private final List<CvCourses.Completed> courses;

  CvHistoryItems(PersonProfile profile, java.util.Map<Integer, String> ratings) {
    this(profile, ratings, List.of());
  }

  CvHistoryItems(
      PersonProfile profile,
      java.util.Map<Integer, String> ratings,
      List<CvCourses.Completed> courses) {
    this.profile = profile;
    this.ratings = ratings;
    this.courses = courses;
    this.d = profile.person().data();
    this.asOf = profile.asOf();
  }

  List<Block> blocks() {
    List<Block> b = new ArrayList<>();
    b.addAll(new CvTrainingItems(profile, courses).blocks());
    b.add(new Heading("33) TÓM TẮT QUÁ TRÌNH CÔNG TÁC"));
    b.add(workHistory());
    ownHistory(b);
    b.add(new Heading("35) KHEN THƯỞNG, KỶ LUẬT"));
    b.add(rewards());
    b.add(disciplines());
    b.add(new Heading("36) QUAN HỆ GIA ĐÌNH"));
    b.add(family("36.1- Về bản thân: Cha, Mẹ, Vợ (hoặc chồng), các con, anh chị em ruột", "SELF"));
    b.add(family("36.2- Cha, Mẹ, anh chị em ruột (bên vợ hoặc chồng)", "SPOUSE"));
    CvFormTail.economy(b);
    CvFormTail.assessment(b);
    return b;
  }

  /** Work outside CBCS and every post up to the as-of date, in order of their start. */
  private Table workHistory() {
    record Row(LocalDate from, boolean concurrent, List<String> cells) {}
    List<Row> rows = new ArrayList<>();
    for (PersonData.WorkEntry w : d.workHistory()) {
      if (w.from() != null && !w.from().isAfter(asOf)) {
        rows.add(
            new Row(
                w.from(),
                false,
                List.of(month(w.from()), until(w.to()), text(w.organisation()), text(w.title()))));
      }
    }
    for (Post p : profile.posts()) {
      var a = p.assignment();
      if (!a.from().isAfter(asOf)) {
        String title = p.positionName() + (a.concurrent() ? " (kiêm nhiệm)" : "");
        String unit = join(", ", p.unitName(), p.unitParents());
        rows.add(
            new Row(
                a.from(),
                a.concurrent(),
                List.of(month(a.from()), until(a.to()), text(unit), title)));
      }
    }
    rows.sort(Comparator.comparing(Row::from).thenComparing(Row::concurrent));
    return new Table(
        null,
        period(
            of("Đơn vị công tác (đảng, chính quyền, đoàn thể, tổ chức xã hội)", 5),
            of("Chức danh/ chức vụ", 3.4f)),
        rows.stream().map(Row::cells).toList());
  }

  /** The end of a period as seen on the as-of date. */
  private String until(LocalDate to) {
    return to == null || to.isAfter(asOf) ? NOW : month(to);
  }

  private void ownHistory(List<Block> b) {
    b.add(new Heading("34) ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN"));
    b.add(
        item(
            "34.1- Khai rõ: bị bắt, bị tù (từ ngày tháng năm nào đến ngày tháng năm nào, ở đâu?),"
                + " đã khai báo cho ai, những vấn đề gì?: ",
            null));
    b.add(
        new Table(
            "34.2- Bản thân có làm việc cho chế độ cũ",
            period(of("Chức danh, chức vụ, đơn vị, địa điểm đã làm việc", 9.4f)),
            List.of()));
    b.add(
        new Table(
            "34.3- Tham gia hoặc có quan hệ với các tổ chức chính trị, kinh tế, xã hội … ở nước"
                + " ngoài",
            period(of("Tên tổ chức, địa chỉ trụ sở, công việc đã làm", 9.4f)),
            List.of()));
  }

  private Table rewards() {
    java.util.Map<Integer, List<String>> byYear = new java.util.TreeMap<>();
    d.rewards().stream()
        .filter(r -> r.year() <= asOf.getYear())
        .sorted(Comparator.comparingInt(PersonData.Reward::year))
        .forEach(r -> byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(reward(r)));
    ratings.keySet().forEach(y -> byYear.computeIfAbsent(y, k -> new ArrayList<>()));
    List<List<String>> rows = new ArrayList<>();
    byYear.forEach(
        (year, rewards) -> {
          String rating = ratings.getOrDefault(year, "");
          if (rewards.isEmpty()) {
            rows.add(List.of(String.valueOf(year), rating, "", ""));
          }
          rewards.forEach(r -> rows.add(List.of(String.valueOf(year), rating, "", r)));
        });
    return new Table(
        "35.1- Thành tích thi đua, khen thưởng",
        List.of(
            of("Năm", 1.2f),
            of("Xếp loại chuyên môn", 2),
            of("Xếp loại thi đua", 2),
            of("Hình thức khen thưởng", 6.8f)),
        rows);
  }

  private static String reward(PersonData.Reward r) {
    String decision =
        join(
            " ",
            r.decisionNumber() == null ? null : "QĐ số " + r.decisionNumber().strip(),
            r.decisionDate() == null ? null : "ngày " + CvText.date(r.decisionDate()),
            r.issuer() == null || r.issuer().isBlank() ? null : "của " + r.issuer().strip());
    return decision == null ? r.form().strip() : r.form().strip() + " (" + decision + ")";
  }

  private Table disciplines() {
    List<List<String>> rows =
        d.disciplines().stream()
            .filter(x -> x.decidedOn() != null && !x.decidedOn().isAfter(asOf))
            .sorted(Comparator.comparing(PersonData.Discipline::effectiveFrom))
            .map(
                x ->
                    List.of(
                        month(x.effectiveFrom()),
                        month(x.effectiveTo()),
                        CvText.disciplineForm(x.form()),
                        text(x.violation()),
                        text(
                            join(
                                ", ",
                                x.issuer(),
                                x.decisionNumber() == null
                                    ? null
                                    : "QĐ số " + x.decisionNumber().strip()))))
            .toList();
    return new Table(
        "35.2- Kỷ luật Đảng/hành chính",
        period(of("Hình thức", 2), of("Hành vi vi phạm chính", 4), of("Cơ quan quyết định", 3.4f)),
        rows);
  }

  private Table family(String caption, String side) {
    List<List<String>> rows =
        d.family().stream()
            .filter(m -> side.equals(m.side()))
            .map(
                m ->
                    List.of(
                        text(CvText.relation(m.relation())),
                        text(m.fullName()),
                        m.birthYear() == null ? "" : m.birthYear().toString(),
                        text(join("; ", m.details(), m.residence()))))
            .toList();
    return new Table(
        caption,
        List.of(
            of("Mối quan hệ", 1.6f),
            of("Họ và tên", 2.8f),
            of("Năm sinh", 1.2f),
            of(
                "Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở"
                    + " (trong, ngoài nước); thành viên các tổ chức chính trị - xã hội (trong,"
                    + " ngoài nước); làm việc cho chế độ cũ, tiền án, tiền sự (nếu có)",
                6.4f)),
        rows);
  }
}
