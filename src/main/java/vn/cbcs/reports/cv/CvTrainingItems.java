package vn.cbcs.reports.cv;

import static vn.cbcs.reports.cv.CvContent.Column.of;
import static vn.cbcs.reports.cv.CvContent.Column.period;
import static vn.cbcs.reports.cv.CvText.month;
import static vn.cbcs.reports.cv.CvText.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.cbcs.people.PersonProfile;
import vn.cbcs.qualifications.Qualification;
import vn.cbcs.qualifications.Track;
import vn.cbcs.qualifications.Verification;
import vn.cbcs.reports.cv.CvContent.Block;
import vn.cbcs.reports.cv.CvContent.Heading;
import vn.cbcs.reports.cv.CvContent.Table;

/**
 * Item 32) of the form: the qualifications of each track awarded on or before the as-of date ("Từ"
 * the start of the course when known, "Đến" the award), oldest first. Qualifications whose evidence
 * was rejected are left out, as they do not count anywhere else either.
 */
final class CvTrainingItems {

  private final PersonProfile profile;
  private final LocalDate asOf;

  /** Completed fostering courses that gave no qualification (module training). */
  private final List<CvCourses.Completed> courses;

  /**
   * Item 32.1 of Mẫu 2C-BNV/2008 lists professional training "từ trung cấp trở lên": the rank of
   * Trung cấp in the professional track (V6 catalogue); a sơ cấp is not printed there.
   */
  static final int TRUNG_CAP_RANK = 2;

  CvTrainingItems(PersonProfile profile) {
    this(profile, List.of());
  }

  CvTrainingItems(PersonProfile profile, List<CvCourses.Completed> courses) {
    this.profile = profile;
    this.asOf = profile.asOf();
    this.courses = courses;
  }

  List<Block> blocks() {
    List<Block> b = new ArrayList<>();
    b.add(new Heading("32) QUÁ TRÌNH ĐÀO TẠO, BỒI DƯỠNG"));
    b.add(
        new Table(
            "32.1- Chuyên môn (từ trung cấp trở lên cả trong nước và nước ngoài)",
            period(
                of("Tên cơ sở đào tạo", 3),
                of("Chuyên ngành đào tạo", 2.6f),
                of("Hình thức đào tạo", 1.8f),
                of("Văn bằng, trình độ", 2)),
            rows(
                EnumSet.of(Track.PROFESSIONAL),
                q -> q.rank() >= TRUNG_CAP_RANK,
                q ->
                    List.of(
                        text(q.institution()),
                        text(q.major()),
                        text(q.trainingForm()),
                        level(q)))));
    b.add(
        new Table(
            "32.2- Lý luận chính trị",
            period(
                of("Tên cơ sở đào tạo", 4),
                of("Hình thức đào tạo", 2.2f),
                of("Văn bằng được cấp", 3.2f)),
            rows(
                EnumSet.of(Track.POLITICAL_THEORY),
                q -> List.of(text(q.institution()), text(q.trainingForm()), level(q)))));
    certificates(
        b,
        "32.3- Bồi dưỡng quản lý nhà nước/ chức danh nghề nghiệp/ nghiệp vụ chuyên ngành",
        Track.STATE_MANAGEMENT,
        Set.of(
            "STATE_MANAGEMENT", "LEADERSHIP", "JOB_POSITION", "PROFESSIONAL", "POLITICAL_THEORY"));
    certificates(
        b,
        "32.4- Bồi dưỡng kiến thức an ninh, quốc phòng",
        Track.DEFENCE_SECURITY,
        Set.of("DEFENCE_SECURITY"));
    certificates(b, "32.5- Tin học", Track.IT, Set.of("DIGITAL"));
    b.add(
        new Table(
            "32.6- Ngoại ngữ/ tiếng dân tộc",
            period(
                of("Tên cơ sở đào tạo", 2.8f),
                of("Tên ngoại ngữ/ tiếng dân tộc", 2.4f),
                of("Chứng chỉ được cấp", 2.4f),
                of("Điểm số", 1.2f)),
            rows(
                EnumSet.of(Track.FOREIGN_LANGUAGE, Track.ETHNIC_LANGUAGE),
                q -> List.of(text(q.institution()), text(q.major()), level(q), ""))));
    return b;
  }

  /**
   * A table of certificates: the qualifications of the track, and the completed courses of these
   * kinds that gave none (job-position fostering, the leadership programme: "nghiệp vụ chuyên
   * ngành", "quản lý nhà nước"), by the day they ended.
   */
  private void certificates(List<Block> b, String title, Track track, Set<String> kinds) {
    record Dated(LocalDate on, List<String> row) {}
    List<Dated> merged = new ArrayList<>();
    List<List<String>> qualificationRows =
        rows(EnumSet.of(track), q -> List.of(text(q.institution()), level(q)));
    List<LocalDate> qualificationDays = days(EnumSet.of(track));
    for (int i = 0; i < qualificationRows.size(); i++) {
      merged.add(new Dated(qualificationDays.get(i), qualificationRows.get(i)));
    }
    for (CvCourses.Completed c : courses) {
      if (kinds.contains(c.kind())) {
        merged.add(
            new Dated(
                c.endsOn(),
                List.of(
                    month(c.startsOn()),
                    month(c.endsOn()),
                    text(c.provider()),
                    c.name()
                        + " ("
                        + c.periods()
                        + " tiết; chứng chỉ số "
                        + c.certificateNumber()
                        + ")")));
      }
    }
    merged.sort(Comparator.comparing(Dated::on, Comparator.nullsFirst(Comparator.naturalOrder())));
    b.add(
        new Table(
            title,
            period(of("Tên cơ sở đào tạo", 5), of("Chứng chỉ được cấp", 4.4f)),
            merged.stream().map(Dated::row).toList()));
  }

  /** The award days of the printed qualifications of the tracks, in the order of {@link #rows}. */
  private List<LocalDate> days(Set<Track> tracks) {
    return profile.qualifications().stream()
        .filter(q -> tracks.contains(q.track()))
        .filter(q -> !q.awardedOn().isAfter(asOf) && q.verification() != Verification.REJECTED)
        .sorted(Comparator.comparing(Qualification::awardedOn))
        .map(Qualification::awardedOn)
        .toList();
  }

  private List<List<String>> rows(Set<Track> tracks, Function<Qualification, List<String>> cells) {
    return rows(tracks, q -> true, cells);
  }

  private List<List<String>> rows(
      Set<Track> tracks,
      java.util.function.Predicate<Qualification> printed,
      Function<Qualification, List<String>> cells) {
    return profile.qualifications().stream()
        .filter(q -> tracks.contains(q.track()) && printed.test(q))
        .filter(q -> !q.awardedOn().isAfter(asOf) && q.verification() != Verification.REJECTED)
        .sorted(Comparator.comparing(Qualification::awardedOn))
        .map(
            q -> {
              List<String> row = new ArrayList<>();
              row.add(month(q.startedOn()));
              row.add(month(q.awardedOn()));
              row.addAll(cells.apply(q));
              return row;
            })
        .toList();
  }

  private static String level(Qualification q) {
    return q.levelNameVi();
  }
}
