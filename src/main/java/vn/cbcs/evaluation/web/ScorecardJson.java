package vn.cbcs.evaluation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cbcs.evaluation.ClassificationInput;
import vn.cbcs.evaluation.Evaluations;
import vn.cbcs.evaluation.HeadScorecard;
import vn.cbcs.evaluation.Level;

/** JSON of the heads' scorecard, every rule in Vietnamese and English with its source. */
@Component
class ScorecardJson {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final MessageSource messages;
  private final EvaluationJson json;

  ScorecardJson(MessageSource messages, EvaluationJson json) {
    this.messages = messages;
    this.json = json;
  }

  Map<String, Object> scorecard(HeadScorecard s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("unit", s.unit().code());
    m.put("unitName", s.unit().fullName());
    m.put("year", s.year());
    m.put("asOf", s.asOf().toString());
    m.put("leaders", s.leaders().stream().map(this::leader).toList());
    m.put("ratings", s.ratings().stream().map(this::ratings).toList());
    m.put("targets", targets(s.targets()));
    m.put("staffing", staffing(s.staffing()));
    m.put("completion", completion(s.completion()));
    return m;
  }

  private Map<String, Object> leader(HeadScorecard.Leader l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("personId", l.personId());
    m.put("fullName", l.fullName());
    m.put("position", l.positionCode());
    m.put("positionName", l.positionName());
    m.put("role", l.head() ? "HEAD" : "DEPUTY");
    m.put("ratings", l.ratings().stream().map(this::leaderRating).toList());
    return m;
  }

  private Map<String, Object> leaderRating(HeadScorecard.LeaderRating r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("system", r.system().name());
    m.put("level", name(r.decided()));
    m.put("decisionNumber", r.decisionNumber());
    m.put("decisionDate", r.decisionDate() == null ? null : r.decisionDate().toString());
    m.put("proposed", name(r.proposed()));
    m.put("under", under(r.under()));
    m.put("allowedBest", name(r.allowedBest()));
    m.put("contradicts", r.contradicts());
    m.put("reasons", r.reasons().stream().map(json::reason).toList());
    return m;
  }

  static Map<String, Object> under(ClassificationInput.Subordinates u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rated", u.total());
    m.put("HTXSNV", u.htxsnv());
    m.put("HTTNV", u.httnv());
    m.put("HTNV", u.total() - u.htxsnv() - u.httnv() - u.khtnv());
    m.put("KHTNV", u.khtnv());
    return m;
  }

  private Map<String, Object> ratings(HeadScorecard.Ratings r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("system", r.system().name());
    m.put("regime", r.regime());
    m.put("levels", Evaluations.names(r.levels()));
    m.put("rated", r.rated());
    m.put("khtnvPercent", r.khtnvPercent());
    m.put("rules", rules(r.rules()));
    return m;
  }

  private Map<String, Object> targets(HeadScorecard.Targets t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sourced", t.sourced());
    m.put("met", t.met());
    m.put(
        "lines",
        t.lines().stream()
            .map(
                l -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("resolution", l.resolution());
                  x.put("indicator", l.indicatorCode());
                  x.put("indicatorName", l.indicatorName());
                  x.put("milestone", l.milestone().toString());
                  x.put("target", l.target());
                  x.put("direction", l.direction());
                  x.put("sourced", l.sourced());
                  x.put("judgedOn", l.judgedOn().toString());
                  x.put("value", l.value().percent());
                  x.put("numerator", l.value().numerator());
                  x.put("denominator", l.value().denominator());
                  x.put("met", l.met());
                  return x;
                })
            .toList());
    m.put("rules", rules(t.rules()));
    return m;
  }

  private Map<String, Object> staffing(HeadScorecard.Staffing s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("inPost", s.inPost());
    m.put("quota", s.quota());
    m.put("communesWithoutQuota", s.communesWithoutQuota());
    m.put("unfilledTitles", s.unfilledTitles());
    m.put("over", s.over());
    m.put("belowStandard", s.belowStandard());
    m.put("rules", rules(s.rules()));
    return m;
  }

  private Map<String, Object> completion(HeadScorecard.Completion c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("deadline", c.deadline().toString());
    m.put("inPost", c.inPost());
    m.put("opened", c.opened());
    m.put("decided", c.decided());
    m.put("onTime", c.onTime());
    m.put("late", c.late());
    m.put("open", c.open());
    m.put("notOpened", c.notOpened());
    m.put("rules", rules(c.rules()));
    return m;
  }

  List<Map<String, Object>> rules(List<HeadScorecard.RuleRef> refs) {
    return refs.stream()
        .map(
            r -> {
              Map<String, Object> m = new LinkedHashMap<>();
              Object[] args = r.args().toArray();
              m.put("rule", messages.getMessage(r.key(), args, r.key(), VI));
              m.put("ruleEn", messages.getMessage(r.key(), args, r.key(), Locale.ENGLISH));
              m.put("legalSource", r.legalSource());
              m.put("article", r.article());
              m.put("confidence", r.confidence());
              return m;
            })
        .toList();
  }

  private static String name(Level l) {
    return l == null ? null : l.name();
  }
}
