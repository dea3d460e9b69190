package vn.cbcs.standards;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntBiFunction;
import vn.cbcs.qualifications.Track;

/**
 * Whether a person meets the standard of a post on a date, from the rule rows in force then, and by
 * when a standard not met must be met. This is the one place that decides the deadline of a person
 * and post: the person page, the below-standard list, the alerts, the MEETS_STANDARD indicator and
 * the dashboard all read it from here.
 *
 * <p>For each criterion the most specific rule applies (the post itself, then its grade, its group,
 * its staff category, then every post; a province's own rule before the national one); a provincial
 * exception in force for a commune with the matching attribute lowers the level required. The
 * deadline of a failure, in this order:
 *
 * <ol>
 *   <li>the rule's own transition deadline, for whoever held the post before the rule began (NĐ
 *       33/2023 Art. 40: 1-8-2028);
 *   <li>a TRANSITION row the holder qualifies for: SERVICE_BEFORE (commune service begun before its
 *       date: Law 80/2025 Art. 45(2), NĐ 170/2025 Art. 70(2) — placement by 1-7-2027) or
 *       HELD_BEFORE (the post held before its date, followed back through transfers — NĐ 33/2023's
 *       1-8-2028 for cadres; a row without deadline: due on the day the post was taken);
 *   <li>otherwise the day the rule began, for someone already holding the post then, else the day
 *       the post was taken.
 * </ol>
 *
 * "Taken" follows a post back through transfer decisions (điều động), so the reform's transfer of
 * 1-7-2025 never makes anyone due on the day they were placed (REGULATIONS.md §13.1).
 */
public final class ComplianceEngine {

  /** A professional qualification held: its rank and its major, normalised (StudyFields). */
  public record Major(int rank, String text) {}

  /**
   * What the rules look at for one post held on the date.
   *
   * @param heldSince the day the post was taken, followed back through transfers
   * @param serviceSince the first day of the holder's unbroken commune-level service
   */
  public record Subject(
      LocalDate birthDate,
      String generalEducation,
      Map<Track, Integer> ranks,
      String positionCode,
      String positionGroup,
      String unitType,
      String provinceCode,
      Set<String> unitFlags,
      LocalDate postFrom,
      String staffCategory,
      String grade,
      LocalDate heldSince,
      LocalDate serviceSince,
      List<Major> majors) {

    /** A post taken on {@code postFrom} by someone who entered service that day. */
    public Subject(
        LocalDate birthDate,
        String generalEducation,
        Map<Track, Integer> ranks,
        String positionCode,
        String positionGroup,
        String unitType,
        String provinceCode,
        Set<String> unitFlags,
        LocalDate postFrom) {
      this(
          birthDate,
          generalEducation,
          ranks,
          positionCode,
          positionGroup,
          unitType,
          provinceCode,
          unitFlags,
          postFrom,
          null,
          null,
          postFrom,
          postFrom,
          List.of());
    }
  }

  /**
   * One unmet criterion: level codes (or numbers, or a field of study) required and held, the
   * deadline and the source that gave it.
   */
  public record Failure(
      String criterion, String required, String actual, LocalDate deadline, String deadlineSource) {

    public Failure(String criterion, String required, String actual, LocalDate deadline) {
      this(criterion, required, actual, deadline, null);
    }

    /** Overdue on {@code asOf}: the deadline is reached (a standard is due on its deadline). */
    public boolean overdueOn(LocalDate asOf) {
      return deadline != null && !deadline.isAfter(asOf);
    }
  }

  /** Where a post's holder stands: meets, below standard within a deadline, or overdue. */
  public enum Standing {
    MEETS,
    IN_TRANSITION,
    OVERDUE
  }

  /** The verdict for one post, with the sources of the rules applied. */
  public record Verdict(
      String positionCode,
      boolean meets,
      List<Failure> failures,
      List<String> sources,
      Standing standing) {

    public Verdict(
        String positionCode, boolean meets, List<Failure> failures, List<String> sources) {
      this(positionCode, meets, failures, sources, meets ? Standing.MEETS : Standing.OVERDUE);
    }

    /**
     * The one deadline of the person and post: the last day by which every unmet criterion must be
     * met (null when the standard is met).
     */
    public LocalDate deadline() {
      return failures.stream()
          .map(Failure::deadline)
          .filter(d -> d != null)
          .max(Comparator.naturalOrder())
          .orElse(null);
    }
  }

  static final String FIELD_OF_STUDY = "FIELD_OF_STUDY";
  static final String PROFESSIONAL_MIN = "PROFESSIONAL_MIN";

  private static final Map<String, Track> TRACKS =
      Map.of(
          PROFESSIONAL_MIN,
          Track.PROFESSIONAL,
          "POLITICAL_THEORY_MIN",
          Track.POLITICAL_THEORY,
          "STATE_MANAGEMENT_MIN",
          Track.STATE_MANAGEMENT);

  private final List<StandardRule> standards;
  private final List<StandardRule> exceptions;
  private final List<StandardRule> transitions;
  private final StudyFields fields;
  private final ToIntBiFunction<Track, String> rank;
  private final Map<Track, Map<Integer, String>> levelByRank;

  /**
   * @param rank the rank of a level code in a track (−1 when unknown)
   * @param levelByRank the level code of each rank, per track (to report what is held)
   */
  public ComplianceEngine(
      List<StandardRule> standards,
      List<StandardRule> exceptions,
      ToIntBiFunction<Track, String> rank,
      Map<Track, Map<Integer, String>> levelByRank) {
    this(standards, exceptions, List.of(), StudyFields.NONE, rank, levelByRank);
  }

  public ComplianceEngine(
      List<StandardRule> standards,
      List<StandardRule> exceptions,
      List<StandardRule> transitions,
      StudyFields fields,
      ToIntBiFunction<Track, String> rank,
      Map<Track, Map<Integer, String>> levelByRank) {
    this.standards = standards;
    this.exceptions = exceptions;
    this.transitions = transitions;
    this.fields = fields;
    this.rank = rank;
    this.levelByRank = levelByRank;
  }

  public Verdict evaluate(Subject s, LocalDate asOf) {
    List<Failure> failures = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    String professional = null;
    for (Applicable a : applicableRules(s)) {
      String criterion = a.criterion();
      StandardRule rule = a.rule();
      if (rule == null || !rule.inForceOn(asOf)) {
        continue;
      }
      sources.add(rule.citation());
      String required = rule.value();
      Track track = TRACKS.get(criterion);
      if (track != null) {
        for (StandardRule e : exceptions) {
          if (e.subject().equals(criterion)
              && e.inForceOn(asOf)
              && scopeMatches(e, s)
              && s.unitFlags().contains(e.condition())
              && rank.applyAsInt(track, e.value()) < rank.applyAsInt(track, required)) {
            required = e.value();
            sources.add(e.citation());
          }
        }
      }
      if (PROFESSIONAL_MIN.equals(criterion)) {
        professional = required;
      }
      String actual;
      boolean met;
      if (FIELD_OF_STUDY.equals(criterion)) {
        int minRank = professional == null ? 0 : rank.applyAsInt(Track.PROFESSIONAL, professional);
        Optional<Major> match = fields.match(required, s.majors(), minRank);
        actual = match.map(Major::text).orElse(s.majors().isEmpty() ? null : StudyFields.OTHER);
        met = match.isPresent();
      } else {
        actual = actual(criterion, track, s, asOf);
        met = met(criterion, track, required, actual);
      }
      if (!met) {
        failures.add(deadline(rule, s, criterion, required, actual));
      }
    }
    boolean meets = failures.isEmpty();
    Standing standing =
        meets
            ? Standing.MEETS
            : failures.stream().anyMatch(f -> f.overdueOn(asOf))
                ? Standing.OVERDUE
                : Standing.IN_TRANSITION;
    return new Verdict(
        s.positionCode(), meets, failures, sources.stream().distinct().toList(), standing);
  }

  /**
   * What decides which rules apply to a subject: the post, its group, grade and category, the
   * province.
   */
  private record RuleKey(
      String positionCode,
      String positionGroup,
      String grade,
      String staffCategory,
      String provinceCode) {}

  /** A criterion of the subject's post and the most specific rule for it (null: none). */
  private record Applicable(String criterion, StandardRule rule) {}

  /**
   * The subject's criteria with their rules, worked out once per kind of post and province for this
   * engine (a country's 192,000 posts are a few hundred kinds; issue 18).
   */
  private final Map<RuleKey, List<Applicable>> applicableByKey = new ConcurrentHashMap<>();

  private List<Applicable> applicableRules(Subject s) {
    RuleKey key =
        new RuleKey(
            s.positionCode(), s.positionGroup(), s.grade(), s.staffCategory(), s.provinceCode());
    return applicableByKey.computeIfAbsent(
        key,
        k ->
            criteria(s).stream()
                .map(c -> new Applicable(c, applicable(s, c).orElse(null)))
                .toList());
  }

  /** Criteria in a fixed order; the professional level before the field of study it qualifies. */
  private List<String> criteria(Subject s) {
    return standards.stream()
        .filter(r -> matches(r.subject(), s) && scopeMatches(r, s))
        .map(StandardRule::criterion)
        .distinct()
        .sorted(
            Comparator.comparing((String c) -> FIELD_OF_STUDY.equals(c))
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  private Optional<StandardRule> applicable(Subject s, String criterion) {
    return standards.stream()
        .filter(
            r -> r.criterion().equals(criterion) && matches(r.subject(), s) && scopeMatches(r, s))
        .max(Comparator.comparingInt((StandardRule r) -> specificity(r, s)));
  }

  /** Whether a rule's subject names this post: its code, grade, group, staff category, or *. */
  static boolean matches(String subject, Subject s) {
    return subject.equals("*")
        || subject.equals(s.positionCode())
        || subject.equals("group:" + s.positionGroup())
        || (s.grade() != null && subject.equals("grade:" + s.grade()))
        || (s.staffCategory() != null && subject.equals("category:" + s.staffCategory()));
  }

  private static boolean scopeMatches(StandardRule r, Subject s) {
    return r.scope().equals("*") || r.scope().equals(s.provinceCode());
  }

  private static int specificity(StandardRule r, Subject s) {
    String subject = r.subject();
    int level =
        subject.equals(s.positionCode())
            ? 5
            : subject.startsWith("grade:")
                ? 4
                : subject.startsWith("group:") ? 3 : subject.startsWith("category:") ? 2 : 1;
    return level * 10 + (r.scope().equals("*") ? 0 : 1);
  }

  private String actual(String criterion, Track track, Subject s, LocalDate asOf) {
    if (track != null) {
      Integer held = s.ranks().get(track);
      return held == null ? null : levelByRank.getOrDefault(track, Map.of()).get(held);
    }
    return switch (criterion) {
      case "AGE_MIN" -> String.valueOf(Period.between(s.birthDate(), asOf).getYears());
      case "GENERAL_EDUCATION" -> s.generalEducation();
      default -> null;
    };
  }

  private boolean met(String criterion, Track track, String required, String actual) {
    if (actual == null) {
      return false;
    }
    if (track != null) {
      return rank.applyAsInt(track, actual) >= rank.applyAsInt(track, required);
    }
    return switch (criterion) {
      case "AGE_MIN" -> Integer.parseInt(actual) >= Integer.parseInt(required);
      // "12/12", "10/10": the grade completed, against the grade required
      case "GENERAL_EDUCATION" ->
          grade(actual) >= Integer.parseInt(required)
              || (actual.endsWith("/10")
                  && grade(actual) == 10
                  && Integer.parseInt(required) == 12);
      default -> true;
    };
  }

  private static int grade(String generalEducation) {
    try {
      return Integer.parseInt(generalEducation.substring(0, generalEducation.indexOf('/')));
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private Failure deadline(
      StandardRule rule, Subject s, String criterion, String required, String actual) {
    LocalDate held = s.heldSince() == null ? s.postFrom() : s.heldSince();
    boolean heldBeforeRule = rule.validFrom() != null && held.isBefore(rule.validFrom());
    if (rule.deadline() != null && heldBeforeRule) {
      return new Failure(criterion, required, actual, rule.deadline(), rule.citation());
    }
    Optional<StandardRule> transition = transition(s, criterion, held);
    if (transition.isPresent()) {
      StandardRule t = transition.get();
      return new Failure(
          criterion, required, actual, t.deadline() == null ? held : t.deadline(), t.citation());
    }
    if (heldBeforeRule) {
      return new Failure(criterion, required, actual, rule.validFrom(), rule.citation());
    }
    return new Failure(criterion, required, actual, held, null);
  }

  /**
   * The transition the holder qualifies for: the most specific subject, then the earliest
   * qualifying date (those in post longest keep the oldest transition).
   */
  private Optional<StandardRule> transition(Subject s, String criterion, LocalDate held) {
    LocalDate service = s.serviceSince() == null ? held : s.serviceSince();
    return transitions.stream()
        .filter(t -> t.criterion().equals("*") || t.criterion().equals(criterion))
        .filter(t -> matches(t.subject(), s) && scopeMatches(t, s))
        .filter(
            t -> {
              LocalDate before = LocalDate.parse(t.value());
              return switch (t.condition()) {
                case "SERVICE_BEFORE" -> service.isBefore(before);
                case "HELD_BEFORE" -> held.isBefore(before);
                default -> false;
              };
            })
        .min(
            Comparator.comparingInt((StandardRule t) -> -specificity(t, s))
                .thenComparing(t -> LocalDate.parse(t.value())));
  }
}
