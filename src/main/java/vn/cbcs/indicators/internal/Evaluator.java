package vn.cbcs.indicators.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cbcs.indicators.Criterion;
import vn.cbcs.indicators.Indicator;
import vn.cbcs.indicators.Member;
import vn.cbcs.indicators.Subject;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.qualifications.Track;
import vn.cbcs.standards.Staffing;
import vn.cbcs.units.Unit;

/** Applies an indicator's population and numerator conditions to the facts of a ground. */
@Component
public class Evaluator {

  /** The ethnic group code of the Kinh majority in the official list (QĐ 121-TCTK/PPCĐ). */
  static final String KINH = "01";

  private static final Locale VI = Locale.forLanguageTag("vi");
  private final Qualifications qualifications;
  private final PositionCatalogue positions;
  private final MessageSource messages;

  Evaluator(Qualifications qualifications, PositionCatalogue positions, MessageSource messages) {
    this.qualifications = qualifications;
    this.positions = positions;
    this.messages = messages;
  }

  /** The denominator's members, each marked in or out of the numerator. */
  public List<Member> members(Indicator indicator, Ground ground) {
    return indicator.subject() == Subject.COMMUNES
        ? communes(indicator, ground)
        : people(indicator, ground);
  }

  /**
   * Communes staffed to quota (REGULATIONS.md §13.2): every mandatory title filled and the
   * headcount within the ceiling; communes without a quota are left out.
   */
  private List<Member> communes(Indicator indicator, Ground ground) {
    List<Member> members = new ArrayList<>();
    for (Staffing.CommuneStaffing c : ground.staffing()) {
      if (c.quota() == null) {
        continue;
      }
      boolean in = true;
      for (Criterion k : indicator.criteria()) {
        if (k.kind() == Criterion.Kind.WITHIN_ALLOCATION) {
          in &= c.excess() <= 0;
        } else {
          in &= Boolean.TRUE.equals(c.staffedToQuota());
        }
      }
      members.add(
          new Member(
              c.commune().code(),
              c.commune().fullName(),
              c.commune().code(),
              c.commune().fullName(),
              null,
              in,
              staffingDetail(c, VI),
              staffingDetail(c, Locale.ENGLISH)));
    }
    return members;
  }

  private String staffingDetail(Staffing.CommuneStaffing c, Locale locale) {
    List<String> parts = new ArrayList<>();
    parts.add(t("indicator.detail.staffing", locale, c.filled(), c.quota()));
    if (c.excess() > 0) {
      parts.add(
          c.surplus()
              ? t(
                  "indicator.detail.surplus",
                  locale,
                  c.excess(),
                  c.surplusDeadline()
                      .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
              : t("indicator.detail.over", locale, c.excess()));
    }
    if (!c.unfilledTitles().isEmpty()) {
      parts.add(
          t(
              "indicator.detail.unfilled",
              locale,
              String.join(
                  ", ",
                  c.unfilledTitles().stream()
                      .map(x -> locale == Locale.ENGLISH ? x.nameEn() : x.nameVi())
                      .toList())));
    }
    return String.join("; ", parts);
  }

  private List<Member> people(Indicator indicator, Ground ground) {
    LocalDate asOf = ground.scope().asOf();
    Map<String, Position> posts = posts(asOf);
    Map<Track, Map<Integer, QualificationLevel>> levels = levels();
    List<Member> members = new ArrayList<>();
    for (PersonFacts p : ground.people()) {
      Position post = posts.get(p.positionCode());
      if (!inPopulation(indicator, post)) {
        continue;
      }
      boolean in = true;
      List<String> vi = new ArrayList<>();
      List<String> en = new ArrayList<>();
      for (Criterion c : indicator.criteria()) {
        in &= holds(c, p, ground, asOf);
        vi.add(describe(c, p, ground, asOf, levels, VI));
        en.add(describe(c, p, ground, asOf, levels, Locale.ENGLISH));
      }
      Unit commune = ground.commune(p.communeCode());
      StandardStanding standing =
          indicator.criteria().stream().anyMatch(c -> c.kind() == Criterion.Kind.MEETS_STANDARD)
              ? ground.meets().get(p.personId())
              : null;
      boolean below = standing != null && !standing.meets();
      members.add(
          new Member(
              String.valueOf(p.personId()),
              p.fullName(),
              p.communeCode(),
              commune == null ? p.communeCode() : commune.fullName(),
              p.positionCode(),
              in,
              String.join("; ", vi),
              String.join("; ", en),
              below ? standing.deadline() : null,
              below && standing.overdue()));
    }
    return members;
  }

  /**
   * Commune code → {numerator, denominator} of an indicator about people, from the facts already
   * read for the ground, without building members (their descriptions cost more than the count).
   */
  public Map<String, long[]> counts(Indicator indicator, Ground ground) {
    LocalDate asOf = ground.scope().asOf();
    Map<String, Position> posts = posts(asOf);
    Map<String, long[]> counts = new HashMap<>();
    for (PersonFacts p : ground.people()) {
      if (!inPopulation(indicator, posts.get(p.positionCode()))) {
        continue;
      }
      boolean in = true;
      for (Criterion c : indicator.criteria()) {
        in = in && holds(c, p, ground, asOf);
      }
      long[] c = counts.computeIfAbsent(p.communeCode(), k -> new long[2]);
      c[1]++;
      if (in) {
        c[0]++;
      }
    }
    return counts;
  }

  static boolean inPopulation(Indicator indicator, Position post) {
    if (indicator.staffCategory() == null
        && indicator.positionGroup() == null
        && !indicator.leadersOnly()) {
      return true;
    }
    if (post == null) {
      return false;
    }
    return (indicator.staffCategory() == null
            || indicator.staffCategory().equals(post.staffCategory()))
        && (indicator.positionGroup() == null || indicator.positionGroup().equals(post.group()))
        && (!indicator.leadersOnly() || post.leadership());
  }

  boolean holds(Criterion c, PersonFacts p, Ground ground, LocalDate asOf) {
    return switch (c.kind()) {
      case QUALIFICATION -> {
        int rank = p.ranks().getOrDefault(c.track(), -1);
        yield (c.min() == null || rank >= rank(c.track(), c.min()))
            && (c.max() == null || rank <= rank(c.track(), c.max()));
      }
      case AGE -> {
        int age = Period.between(p.birthDate(), asOf).getYears();
        yield (c.from() == null || age >= c.from()) && (c.to() == null || age < c.to());
      }
      case SEX -> c.value() != null && c.value().equals(p.sex());
      case ETHNIC_MINORITY -> p.ethnicityCode() != null && !KINH.equals(p.ethnicityCode());
      case PARTY_MEMBER -> p.partyJoinDate() != null && !p.partyJoinDate().isAfter(asOf);
      case MEETS_STANDARD -> {
        StandardStanding st = ground.meets().get(p.personId());
        yield st != null && st.meets();
      }
      case RATING -> {
        RatingFacts r = ground.ratings().get(p.personId());
        yield r != null && r.holds(c.value(), asOf.getYear());
      }
      case POST_AT_RISK -> ground.postsAtRisk().containsKey(p.personId());
      case PLACED_IN_JOB_POSITION -> ground.placed().containsKey(p.personId());
      case STAFFED_TO_QUOTA, WITHIN_ALLOCATION -> false; // commune conditions; never of a person
    };
  }

  int rank(Track track, String level) {
    return qualifications
        .level(track, level)
        .map(QualificationLevel::rank)
        .orElseThrow(() -> new IllegalStateException("unknown level " + track + " " + level));
  }

  private String describe(
      Criterion c,
      PersonFacts p,
      Ground ground,
      LocalDate asOf,
      Map<Track, Map<Integer, QualificationLevel>> levels,
      Locale locale) {
    boolean en = locale == Locale.ENGLISH;
    return switch (c.kind()) {
      case QUALIFICATION -> {
        Integer rank = p.ranks().get(c.track());
        QualificationLevel l = rank == null ? null : levels.get(c.track()).get(rank);
        String level =
            l == null ? t("indicator.detail.none", locale) : en ? l.nameEn() : l.nameVi();
        yield t("qualification.track." + c.track().name(), locale) + ": " + level;
      }
      case AGE -> t("indicator.detail.age", locale, Period.between(p.birthDate(), asOf).getYears());
      case SEX -> t("person.sex." + p.sex(), locale);
      case ETHNIC_MINORITY ->
          p.ethnicityCode() == null
              ? t("indicator.detail.ethnicity.none", locale)
              : t("indicator.detail.ethnicity", locale, p.ethnicityCode());
      case PARTY_MEMBER ->
          p.partyJoinDate() == null || p.partyJoinDate().isAfter(asOf)
              ? t("indicator.detail.party.no", locale)
              : t("indicator.detail.party.yes", locale, p.partyJoinDate().getYear());
      case MEETS_STANDARD -> {
        StandardStanding st = ground.meets().get(p.personId());
        if (st == null || st.meets()) {
          yield t(st == null ? "indicator.detail.below" : "indicator.detail.meets", locale);
        }
        String date =
            st.deadline() == null
                ? "—"
                : st.deadline().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        yield t(
            st.overdue() ? "indicator.detail.below.overdue" : "indicator.detail.below.inTransition",
            locale,
            date);
      }
      case RATING -> {
        RatingFacts r = ground.ratings().get(p.personId());
        boolean party = c.value() != null && c.value().startsWith("PARTY_");
        String level = r == null ? null : party ? r.partyLevel() : r.stateLevel();
        java.time.LocalDate on = r == null ? null : party ? r.partyDecidedOn() : r.stateDecidedOn();
        yield level == null
            ? t("indicator.detail.rating.none", locale, asOf.getYear())
            : t(
                "indicator.detail.rating",
                locale,
                asOf.getYear(),
                level,
                on.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      }
      case POST_AT_RISK -> {
        List<PostAtRisk> atRisk = ground.postsAtRisk().get(p.personId());
        if (atRisk == null) {
          yield t("indicator.detail.atRisk.none", locale);
        }
        List<String> parts = new ArrayList<>();
        for (PostAtRisk r : atRisk) {
          Position post = positions.find(r.positionCode(), asOf).orElse(null);
          parts.add(
              t(
                  "indicator.detail.atRisk",
                  locale,
                  post == null ? r.positionCode() : en ? post.nameEn() : post.nameVi(),
                  r.leavesOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                  t("indicator.detail.atRisk." + r.why(), locale),
                  r.planned(),
                  r.afterTraining()));
        }
        yield String.join("; ", parts);
      }
      case PLACED_IN_JOB_POSITION -> {
        String held = ground.placed().get(p.personId());
        yield held == null
            ? t("indicator.detail.placed.no", locale)
            : t("indicator.detail.placed", locale, held);
      }
      case STAFFED_TO_QUOTA, WITHIN_ALLOCATION -> "";
    };
  }

  private String t(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  /** Each post code's version in force on the date (else any version). */
  Map<String, Position> posts(LocalDate asOf) {
    Map<String, Position> posts = new HashMap<>();
    for (Position p : positions.all()) {
      if (p.inForceOn(asOf) || !posts.containsKey(p.code())) {
        posts.put(p.code(), p);
      }
    }
    return posts;
  }

  private Map<Track, Map<Integer, QualificationLevel>> levels() {
    Map<Track, Map<Integer, QualificationLevel>> map = new HashMap<>();
    for (QualificationLevel l : qualifications.levels()) {
      map.computeIfAbsent(l.track(), k -> new HashMap<>()).put(l.rank(), l);
    }
    return map;
  }
}
