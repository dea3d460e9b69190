package vn.cbcs.standards;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntBiFunction;
import vn.cbcs.qualifications.Track;

/**
 * Whether a person meets the standard of a post on a date, from the rule rows in force then. For
 * each criterion the most specific rule applies (the post itself, then its group, then every post;
 * a province's own rule before the national one); a provincial exception in force for a commune
 * with the matching attribute lowers the level required. A failure says what is missing and by when
 * it must be met: the rule's deadline for people already in post when it took effect (NĐ 33/2023
 * Art. 40: 1-8-2028), otherwise the day the post or the rule began.
 */
public final class ComplianceEngine {

  /** What the rules look at for one post held on the date. */
  public record Subject(
      LocalDate birthDate,
      String generalEducation,
      Map<Track, Integer> ranks,
      String positionCode,
      String positionGroup,
      String unitType,
      String provinceCode,
      Set<String> unitFlags,
      LocalDate postFrom) {}

  /** One unmet criterion: level codes (or numbers) required and held, and the deadline. */
  public record Failure(String criterion, String required, String actual, LocalDate deadline) {}

  /** The verdict for one post, with the sources of the rules applied. */
  public record Verdict(
      String positionCode, boolean meets, List<Failure> failures, List<String> sources) {}

  private static final Map<String, Track> TRACKS =
      Map.of(
          "PROFESSIONAL_MIN", Track.PROFESSIONAL,
          "POLITICAL_THEORY_MIN", Track.POLITICAL_THEORY,
          "STATE_MANAGEMENT_MIN", Track.STATE_MANAGEMENT);

  private final List<StandardRule> standards;
  private final List<StandardRule> exceptions;
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
    this.standards = standards;
    this.exceptions = exceptions;
    this.rank = rank;
    this.levelByRank = levelByRank;
  }

  public Verdict evaluate(Subject s, LocalDate asOf) {
    List<Failure> failures = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (String criterion : criteria(s)) {
      StandardRule rule = applicable(s, criterion).orElse(null);
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
      String actual = actual(criterion, track, s, asOf);
      if (!met(criterion, track, required, actual)) {
        failures.add(new Failure(criterion, required, actual, deadline(rule, s)));
      }
    }
    return new Verdict(
        s.positionCode(), failures.isEmpty(), failures, sources.stream().distinct().toList());
  }

  private List<String> criteria(Subject s) {
    return standards.stream()
        .filter(r -> matches(r, s))
        .map(StandardRule::criterion)
        .distinct()
        .sorted()
        .toList();
  }

  private Optional<StandardRule> applicable(Subject s, String criterion) {
    return standards.stream()
        .filter(r -> r.criterion().equals(criterion) && matches(r, s))
        .max(Comparator.comparingInt((StandardRule r) -> specificity(r, s)));
  }

  private static boolean matches(StandardRule r, Subject s) {
    return scopeMatches(r, s)
        && (r.subject().equals("*")
            || r.subject().equals(s.positionCode())
            || r.subject().equals("group:" + s.positionGroup()));
  }

  private static boolean scopeMatches(StandardRule r, Subject s) {
    return r.scope().equals("*") || r.scope().equals(s.provinceCode());
  }

  private static int specificity(StandardRule r, Subject s) {
    int subject =
        r.subject().equals(s.positionCode()) ? 3 : r.subject().startsWith("group:") ? 2 : 1;
    return subject * 10 + (r.scope().equals("*") ? 0 : 1);
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

  private static LocalDate deadline(StandardRule rule, Subject s) {
    if (rule.deadline() != null
        && rule.validFrom() != null
        && s.postFrom().isBefore(rule.validFrom())) {
      return rule.deadline();
    }
    if (rule.validFrom() != null && s.postFrom().isBefore(rule.validFrom())) {
      return rule.validFrom();
    }
    return s.postFrom();
  }
}
