package vn.cbcs.demo.internal;

import java.time.LocalDate;
import java.util.Random;
import vn.cbcs.qualifications.Track;

/**
 * Qualification levels as they were and as they rose: the 2016 corps of a mountain province with
 * many trung cấp and some untrained, recruits with degrees, and in-service training year by year
 * (political theory for cadres first). Shaped so that at the end of 2020 about 93% hold a
 * professional qualification of sơ cấp or higher and about 94% sơ cấp or trung cấp political
 * theory, as Bắc Kạn reported.
 */
final class Qualifying {

  private static final String[] PRO = {
    "CHUA_QUA_DAO_TAO", "SO_CAP", "TRUNG_CAP", "CAO_DANG", "DAI_HOC", "THAC_SI"
  };
  private static final String[] LLCT = {"", "SO_CAP", "TRUNG_CAP", "CAO_CAP"};
  private static final String[] MAJORS = {
    "Luật",
    "Quản lý nhà nước",
    "Kế toán",
    "Quản lý đất đai",
    "Nông học",
    "Văn hóa học",
    "Kinh tế nông nghiệp",
    "Xây dựng Đảng và chính quyền nhà nước"
  };
  private static final String[] SCHOOLS = {
    "Trường Đại học Nông Lâm Thái Nguyên",
    "Trường Chính trị tỉnh Bắc Kạn",
    "Trường Đại học Luật Hà Nội",
    "Học viện Hành chính Quốc gia",
    "Trường Cao đẳng Bắc Kạn",
    "Trường Trung cấp Nghề Bắc Kạn"
  };

  private Qualifying() {}

  static void initial(
      PlannedPerson p, PersonFactory.Kind kind, boolean cadre, LocalDate hired, Random r) {
    int pro =
        switch (kind) {
          case INITIAL -> pick(r, new double[] {0.14, 0.10, 0.42, 0.08, 0.25, 0.01});
          case RECRUIT -> pick(r, new double[] {0, 0, 0.20, 0.10, 0.68, 0.02});
          case CADRE -> pick(r, new double[] {0.03, 0.05, 0.40, 0.04, 0.47, 0.01});
        };
    if (pro > 0) {
      LocalDate on = trainedOn(p, hired, 19 + pro, r);
      p.award(
          Track.PROFESSIONAL,
          PRO[pro],
          pro,
          on,
          MAJORS[r.nextInt(MAJORS.length)],
          SCHOOLS[r.nextInt(SCHOOLS.length)]);
    }
    int llct =
        switch (kind) {
          case INITIAL ->
              cadre
                  ? pick(r, new double[] {0.02, 0.36, 0.605, 0.015})
                  : pick(r, new double[] {0.12, 0.60, 0.275, 0.005});
          case RECRUIT -> 0;
          case CADRE -> pick(r, new double[] {0, 0.40, 0.60, 0});
        };
    for (int level = 1; level <= llct; level++) {
      p.award(
          Track.POLITICAL_THEORY,
          LLCT[level],
          level,
          trainedOn(p, hired, 24 + 3 * level, r),
          null,
          "Trường Chính trị tỉnh Bắc Kạn");
    }
    if (r.nextDouble() < 0.6) {
      p.award(Track.IT, "CO_BAN", 1, trainedOn(p, hired, 24, r), null, null);
    }
    if (r.nextDouble() < 0.3) {
      p.award(Track.FOREIGN_LANGUAGE, "BAC_2", 2, trainedOn(p, hired, 22, r), "Tiếng Anh", null);
    }
    if (r.nextDouble() < (cadre ? 0.5 : 0.3)) {
      p.award(
          Track.STATE_MANAGEMENT,
          "CHUYEN_VIEN",
          2,
          trainedOn(p, hired, 30, r),
          null,
          "Học viện Hành chính Quốc gia");
    }
    if (cadre && r.nextDouble() < 0.4) {
      p.award(Track.DEFENCE_SECURITY, "DOI_TUONG_4", 1, trainedOn(p, hired, 30, r), null, null);
    }
    if (r.nextDouble() < 0.15) {
      p.award(Track.ETHNIC_LANGUAGE, "CHUNG_CHI", 1, trainedOn(p, hired, 26, r), "Tiếng Tày", null);
    }
  }

  /** One year of in-service training for someone in post, awarded on {@code on}. */
  static void yearOfTraining(PlannedPerson p, boolean cadre, LocalDate on, Random r) {
    int pro = p.professionalRank;
    double up =
        pro == 0 ? 0.09 : pro == 1 ? 0.08 : pro == 2 ? 0.07 : pro == 3 ? 0.10 : pro == 4 ? 0.01 : 0;
    if (r.nextDouble() < up) {
      int next =
          pro == 2 ? 4 : pro + 1; // trung cấp usually goes on to a university degree in service
      p.award(
          Track.PROFESSIONAL,
          PRO[next],
          next,
          on,
          MAJORS[r.nextInt(MAJORS.length)],
          SCHOOLS[r.nextInt(SCHOOLS.length)]);
    }
    int t = p.theoryRank;
    double theory =
        t == 0 ? 0.24 : t == 1 ? (cadre ? 0.18 : 0.09) : t == 2 ? (cadre ? 0.008 : 0.001) : 0;
    if (t < 3 && r.nextDouble() < theory) {
      p.award(
          Track.POLITICAL_THEORY, LLCT[t + 1], t + 1, on, null, "Trường Chính trị tỉnh Bắc Kạn");
    }
  }

  private static LocalDate trainedOn(PlannedPerson p, LocalDate hired, int typicalAge, Random r) {
    LocalDate on = p.birthDate().plusYears(typicalAge).plusDays(r.nextInt(300));
    if (!on.isBefore(hired)) {
      on = hired.minusDays(30 + r.nextInt(200));
    }
    LocalDate earliest = p.birthDate().plusYears(16);
    return on.isBefore(earliest) ? earliest : on;
  }

  private static int pick(Random r, double[] weights) {
    double x = r.nextDouble();
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
