package vn.cbcs.reports.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.cbcs.indicators.PersonProfile;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.qualifications.Track;

/**
 * The columns of "Số lượng, chất lượng cán bộ, công chức cấp xã" as REGULATIONS.md §6 lists them
 * for one province's form (Mẫu số 02/CL.CBCCX): sex, ethnic minority, Party membership, age bands
 * (&lt; 30, 30–40, 40–50, 50–55, 55–60, ≥ 60), general education, professional level, political
 * theory, state management, IT and foreign language. Qualification columns are ranges of the
 * catalogue's levels, looked up by code, so a re-ranked catalogue keeps them right. Within each
 * qualification group every person falls in exactly one column (none recorded counts as "chưa
 * qua"), except general education, IT and foreign language, where not recorded is left out.
 */
public final class QualityColumns {

  /** A person as the columns see them: the profile, the date, and the main post's category. */
  public record Person(PersonProfile profile, LocalDate asOf, String staffCategory) {

    int age() {
      return profile.ageOn(asOf);
    }
  }

  private final Qualifications qualifications;
  private final List<QualityColumn> columns = new ArrayList<>();

  QualityColumns(Qualifications qualifications) {
    this.qualifications = qualifications;
    add("total", null, p -> true);
    add("cadre", "of", p -> "CADRE".equals(p.staffCategory()));
    add("civilServant", "of", p -> "CIVIL_SERVANT".equals(p.staffCategory()));
    add("women", "of", p -> p.profile().female());
    add("ethnicMinority", "of", p -> p.profile().ethnicMinority());
    add("party", "of", p -> p.profile().partyMemberOn(p.asOf()));
    age("age.under30", null, 30);
    age("age.30to40", 30, 40);
    age("age.40to50", 40, 50);
    age("age.50to55", 50, 55);
    age("age.55to60", 55, 60);
    age("age.60plus", 60, null);
    add("ge.primary", "ge", p -> GeneralEducation.of(p.profile().generalEducation()) == 1);
    add("ge.lowerSecondary", "ge", p -> GeneralEducation.of(p.profile().generalEducation()) == 2);
    add("ge.upperSecondary", "ge", p -> GeneralEducation.of(p.profile().generalEducation()) == 3);
    below("pro.none", "pro", Track.PROFESSIONAL, "SO_CAP");
    range("pro.soCap", "pro", Track.PROFESSIONAL, "SO_CAP", "SO_CAP");
    range("pro.trungCap", "pro", Track.PROFESSIONAL, "TRUNG_CAP", "TRUNG_CAP");
    range("pro.caoDang", "pro", Track.PROFESSIONAL, "CAO_DANG", "CAO_DANG");
    range("pro.daiHoc", "pro", Track.PROFESSIONAL, "DAI_HOC", "DAI_HOC");
    range("pro.postgraduate", "pro", Track.PROFESSIONAL, "THAC_SI", null);
    below("llct.none", "llct", Track.POLITICAL_THEORY, "SO_CAP");
    range("llct.soCap", "llct", Track.POLITICAL_THEORY, "SO_CAP", "SO_CAP");
    range("llct.trungCap", "llct", Track.POLITICAL_THEORY, "TRUNG_CAP", "TRUNG_CAP");
    // "Reports often merge cao cấp, cử nhân" (REGULATIONS.md §4)
    range("llct.caoCap", "llct", Track.POLITICAL_THEORY, "CAO_CAP", null);
    below("qlnn.none", "qlnn", Track.STATE_MANAGEMENT, "CAN_SU");
    range("qlnn.canSu", "qlnn", Track.STATE_MANAGEMENT, "CAN_SU", "CAN_SU");
    range("qlnn.chuyenVien", "qlnn", Track.STATE_MANAGEMENT, "CHUYEN_VIEN", "CHUYEN_VIEN");
    range("qlnn.chuyenVienChinh", "qlnn", Track.STATE_MANAGEMENT, "CHUYEN_VIEN_CHINH", null);
    range("it.basic", "it", Track.IT, "CO_BAN", "CO_BAN");
    range("it.advanced", "it", Track.IT, "NANG_CAO", "NANG_CAO");
    range("it.diploma", "it", Track.IT, "TRUNG_CAP", null);
    range("fl.bac12", "fl", Track.FOREIGN_LANGUAGE, "BAC_1", "BAC_2");
    range("fl.bac3plus", "fl", Track.FOREIGN_LANGUAGE, "BAC_3", "BAC_6");
    range("fl.degree", "fl", Track.FOREIGN_LANGUAGE, "DAI_HOC", null);
  }

  public List<QualityColumn> all() {
    return List.copyOf(columns);
  }

  private void add(String key, String group, Predicate<Person> test) {
    columns.add(new QualityColumn(key, group, test));
  }

  private void age(String key, Integer from, Integer to) {
    add(key, "age", p -> (from == null || p.age() >= from) && (to == null || p.age() < to));
  }

  private void range(String key, String group, Track track, String min, String max) {
    int lo = rank(track, min);
    int hi = max == null ? Integer.MAX_VALUE : rank(track, max);
    add(
        key,
        group,
        p -> {
          int r = p.profile().rank(track);
          return r >= lo && r <= hi;
        });
  }

  /** Nothing recorded on the track, or only levels below {@code level}. */
  private void below(String key, String group, Track track, String level) {
    int lo = rank(track, level);
    add(key, group, p -> p.profile().rank(track) < lo);
  }

  private int rank(Track track, String level) {
    return qualifications
        .level(track, level)
        .map(QualificationLevel::rank)
        .orElseThrow(() -> new IllegalStateException("no level " + level + " on " + track));
  }
}
