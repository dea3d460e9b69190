package vn.cbcs.indicators;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import vn.cbcs.qualifications.Track;

/**
 * One member of the indicators' population on a date — a person holding a commune-level post,
 * counted once, in the commune of their main post — with the facts statistical tables cross-tab.
 * The tests here are the ones the built-in indicators apply, so a table and an indicator computed
 * over the same scope count the same people the same way.
 *
 * @param generalEducation as recorded ("12/12", "9/10"); null when not recorded
 * @param ranks the highest rank of each qualification track held on the date
 * @param synthetic a generated (demo) record
 */
public record PersonProfile(
    long personId,
    String fullName,
    String communeCode,
    String positionCode,
    String sex,
    LocalDate birthDate,
    String ethnicityCode,
    LocalDate partyJoinDate,
    String generalEducation,
    Map<Track, Integer> ranks,
    boolean synthetic) {

  /** The Kinh majority in the official list of ethnic groups (QĐ 121-TCTK/PPCĐ). */
  public static final String KINH = "01";

  public boolean female() {
    return "FEMALE".equals(sex);
  }

  /** Of a group other than Kinh; not recorded is not a minority (as indicator ETHNIC_MINORITY). */
  public boolean ethnicMinority() {
    return ethnicityCode != null && !KINH.equals(ethnicityCode);
  }

  /** Joined the Party on or before the date (as indicator PARTY_MEMBER). */
  public boolean partyMemberOn(LocalDate date) {
    return partyJoinDate != null && !partyJoinDate.isAfter(date);
  }

  /** Completed years on the date (as the AGE criteria). */
  public int ageOn(LocalDate date) {
    return Period.between(birthDate, date).getYears();
  }

  /** The highest rank held on the track, or -1 when none is recorded. */
  public int rank(Track track) {
    return ranks.getOrDefault(track, -1);
  }
}
