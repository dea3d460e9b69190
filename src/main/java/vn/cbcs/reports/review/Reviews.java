package vn.cbcs.reports.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.cbcs.indicators.ChildValue;
import vn.cbcs.indicators.Counted;
import vn.cbcs.indicators.Indicator;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.indicators.IndicatorValue;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.indicators.PersonProfile;
import vn.cbcs.indicators.PopulationProfiles;
import vn.cbcs.indicators.ReportedValue;
import vn.cbcs.indicators.ReportedValues;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.reports.docs.Letterhead;
import vn.cbcs.reports.docs.Letterheads;
import vn.cbcs.reports.jobs.Progress;
import vn.cbcs.resolutions.Resolution;
import vn.cbcs.resolutions.Resolutions;
import vn.cbcs.resolutions.Target;
import vn.cbcs.resolutions.TargetProgress;
import vn.cbcs.resolutions.TargetStatus;

/**
 * The numbers of a resolution's review: each target judged as the resolutions module judges it (on
 * its milestone, or on the date reported on when the milestone is later), each indicator with a
 * target on two dates, and each one in the child units on the date reported on. Before and after
 * the 2025 reform alike: the resolution's unit is identified on its own date and followed through
 * the crosswalk.
 */
@Service
public class Reviews {

  private final Resolutions resolutions;
  private final Indicators indicators;
  private final Letterheads letterheads;
  private final PopulationProfiles population;
  private final ReportedValues reportedValues;

  Reviews(
      Resolutions resolutions,
      Indicators indicators,
      Letterheads letterheads,
      PopulationProfiles population,
      ReportedValues reportedValues) {
    this.reportedValues = reportedValues;
    this.resolutions = resolutions;
    this.indicators = indicators;
    this.letterheads = letterheads;
    this.population = population;
  }

  /** The period asked for, with the defaults filled in. */
  public record Period(ReviewKind kind, LocalDate from, LocalDate to) {}

  /**
   * Fills in the defaults: from the resolution's date; to the last milestone for a final review,
   * the one before it for a mid-term review (the last one when there is only one), never after
   * today.
   *
   * @throws BadRequestException when {@code from} is after {@code to} or {@code to} after today
   */
  public Period period(Resolution r, ReviewKind kind, LocalDate from, LocalDate to) {
    LocalDate today = AsOf.today();
    LocalDate start = from == null ? r.issuedOn() : from;
    LocalDate end = to;
    if (end == null) {
      List<LocalDate> milestones =
          r.targets().stream().map(Target::milestone).distinct().sorted().toList();
      if (milestones.isEmpty()) {
        end = today;
      } else if (kind == ReviewKind.TONG_KET || milestones.size() == 1) {
        end = milestones.get(milestones.size() - 1);
      } else {
        end = milestones.get(milestones.size() - 2);
      }
      if (end.isAfter(today)) {
        end = today;
      }
    }
    if (end.isAfter(today)) {
      throw new BadRequestException("to", "report.review.to.future", end);
    }
    if (start.isAfter(end)) {
      throw new BadRequestException("from", "report.review.from.after", start, end);
    }
    return new Period(kind, start, end);
  }

  public ReviewData data(
      long resolutionId,
      ReviewKind kind,
      LocalDate from,
      LocalDate to,
      boolean homeAffairs,
      Progress progress,
      Actor actor) {
    Resolution r = resolutions.require(resolutionId, actor);
    Period period = period(r, kind, from, to);
    progress.update(5, "report.progress.targets");
    List<TargetProgress> judged = resolutions.progress(r, period.to(), actor);
    Map<String, Indicator> wanted = new LinkedHashMap<>();
    for (TargetProgress p : judged) {
      wanted.putIfAbsent(p.target().indicatorCode(), p.value().indicator());
    }
    // a resolution whose figures were reported rather than targeted (10-NQ/TU, §13.7) is still
    // reviewed on those indicators: compared between the dates and split by child unit
    for (ReportedValue v : reportedValues.forUnit(null, r.unitCode(), actor)) {
      if (!v.asOf().isBefore(period.from()) && !v.asOf().isAfter(period.to())) {
        indicators.find(v.indicatorCode(), actor).ifPresent(i -> wanted.putIfAbsent(i.code(), i));
      }
    }
    List<ReviewData.TargetLine> lines = new ArrayList<>();
    int met = 0;
    int missed = 0;
    int ahead = 0;
    for (TargetProgress p : judged) {
      Target t = p.target();
      boolean due = !t.milestone().isAfter(period.to());
      BigDecimal value = p.value().percent();
      boolean meets = t.metBy(value);
      if (!t.sourced()) {
        // a reference level without a source is shown, never judged (§13.7)
      } else if (!due) {
        ahead++;
      } else if (p.status() == TargetStatus.ACHIEVED) {
        met++;
      } else {
        missed++;
      }
      lines.add(
          new ReviewData.TargetLine(
              t.indicatorCode(),
              p.indicatorName(),
              TargetPhrases.phrase(p.value().indicator()),
              t.milestone(),
              t.target(),
              t.direction().name(),
              p.judgedOn(),
              value(p.value()),
              p.status().name(),
              p.margin(),
              t.sourced()
                  ? TargetPhrases.sentence(
                      TargetPhrases.phrase(p.value().indicator()),
                      p.judgedOn(),
                      value,
                      t.milestone(),
                      t.target(),
                      due,
                      meets,
                      t.direction() == Target.Direction.AT_MOST)
                  : TargetPhrases.referenceSentence(
                      TargetPhrases.phrase(p.value().indicator()),
                      p.judgedOn(),
                      value,
                      t.milestone(),
                      t.target()),
              p.children().stream()
                  .map(
                      c ->
                          new ReviewData.ChildJudgement(
                              c.unitCode(),
                              c.unitName(),
                              new ReviewData.Value(
                                  c.numerator(),
                                  c.denominator(),
                                  c.percent(),
                                  IndicatorValue.format(c.percent())),
                              c.status().name(),
                              t.metBy(c.percent())))
                  .toList(),
              t.source()));
    }
    progress.update(40, "report.progress.from");
    List<Indicator> list = List.copyOf(wanted.values());
    IndicatorScope scopeFrom = indicators.scope(r.unitCode(), period.from(), r.unitOn(), actor);
    Map<String, Counted> atFrom = indicators.count(list, scopeFrom, actor);
    progress.update(55, "report.progress.to");
    IndicatorScope scopeTo = indicators.scope(r.unitCode(), period.to(), r.unitOn(), actor);
    Map<String, Counted> atTo = indicators.count(list, scopeTo, actor);
    List<ReviewData.Comparison> comparison = new ArrayList<>();
    for (Indicator i : list) {
      ReviewData.Value a = value(atFrom.get(i.code()).value());
      ReviewData.Value b = value(atTo.get(i.code()).value());
      BigDecimal change =
          a.percent() == null || b.percent() == null ? null : b.percent().subtract(a.percent());
      comparison.add(
          new ReviewData.Comparison(
              i.code(), i.nameVi(), a, b, change, TargetPhrases.signedPoints(change)));
    }
    progress.update(65, "report.progress.children");
    ReviewData.ChildTable children = children(list, atTo, period.to());
    IndicatorScope now = indicators.scope(r.unitCode(), AsOf.today(), r.unitOn(), actor);
    Letterhead head = letterheads.province(now.communes(), now.asOf(), homeAffairs);
    return new ReviewData(
        new ReviewData.ResolutionInfo(
            r.id(), r.number(), r.title(), r.issuer(), r.issuedOn(), r.unitCode(), r.citation()),
        period.kind().slug(),
        period.from(),
        period.to(),
        scope(scopeFrom),
        scope(scopeTo),
        lines,
        comparison,
        children,
        new ReviewData.Summary(met + missed, met, missed, ahead),
        synthetic(scopeFrom, actor) + synthetic(scopeTo, actor),
        head,
        reported(r, period, actor));
  }

  /** The figures reported for the resolution's unit within the period, beside the computed ones. */
  private List<ReviewData.Reported> reported(Resolution r, Period period, Actor actor) {
    List<ReviewData.Reported> list = new ArrayList<>();
    for (ReportedValue v : reportedValues.forUnit(null, r.unitCode(), actor)) {
      if (v.asOf().isBefore(period.from()) || v.asOf().isAfter(period.to())) {
        continue;
      }
      Indicator i = indicators.find(v.indicatorCode(), actor).orElse(null);
      if (i == null) {
        continue;
      }
      IndicatorScope scope = indicators.scope(r.unitCode(), v.asOf(), r.unitOn(), actor);
      ReviewData.Value computed =
          value(indicators.count(List.of(i), scope, actor).get(i.code()).value());
      list.add(
          new ReviewData.Reported(
              i.code(),
              v.asOf(),
              v.value(),
              v.reportingBody(),
              v.sourceDocument(),
              computed,
              TargetPhrases.reportedSentence(
                  TargetPhrases.phrase(i),
                  v.asOf(),
                  v.value(),
                  v.reportingBody(),
                  v.sourceDocument(),
                  computed.percent())));
    }
    return list;
  }

  private ReviewData.ChildTable children(
      List<Indicator> list, Map<String, Counted> atTo, LocalDate to) {
    Map<String, String> names = new TreeMap<>();
    Map<String, Map<String, ReviewData.Value>> values = new LinkedHashMap<>();
    for (Indicator i : list) {
      for (ChildValue v : indicators.split(atTo.get(i.code()))) {
        names.put(v.child().code(), v.child().fullName());
        values
            .computeIfAbsent(v.child().code(), c -> new LinkedHashMap<>())
            .put(
                i.code(),
                new ReviewData.Value(v.numerator(), v.denominator(), v.percent(), v.percentText()));
      }
    }
    List<ReviewData.ChildRow> rows = new ArrayList<>();
    names.forEach(
        (code, name) -> {
          List<ReviewData.Value> row = new ArrayList<>();
          for (Indicator i : list) {
            row.add(values.get(code).get(i.code()));
          }
          rows.add(new ReviewData.ChildRow(code, name, row));
        });
    return new ReviewData.ChildTable(to, list.stream().map(Indicator::code).toList(), rows);
  }

  private long synthetic(IndicatorScope scope, Actor actor) {
    return population.people(scope, actor).stream().filter(PersonProfile::synthetic).count();
  }

  private static ReviewData.Value value(IndicatorValue v) {
    return new ReviewData.Value(v.numerator(), v.denominator(), v.percent(), v.percentText());
  }

  private static ReviewData.ScopeInfo scope(IndicatorScope s) {
    return new ReviewData.ScopeInfo(
        s.unitCode(),
        s.national() ? "Toàn quốc" : s.unit().fullName(),
        s.asOf(),
        s.throughCrosswalk(),
        s.communes().size());
  }
}
