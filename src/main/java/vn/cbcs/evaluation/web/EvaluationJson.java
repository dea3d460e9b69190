package vn.cbcs.evaluation.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cbcs.evaluation.Classification;
import vn.cbcs.evaluation.RuleSet;

/** JSON of classifications and rule sets, with every message in Vietnamese and English. */
@Component
class EvaluationJson {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final MessageSource messages;

  EvaluationJson(MessageSource messages) {
    this.messages = messages;
  }

  Map<String, Object> classification(Classification c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("level", c.level().name());
    m.put("reasons", c.reasons().stream().map(this::reason).toList());
    Map<String, Object> rule = rule(c.ruleSet());
    rule.put("article", c.decisive().article());
    rule.put("decisiveSource", c.decisive().legalSource());
    rule.put("decisiveConfidence", c.decisive().confidence());
    m.put("rule", rule);
    return m;
  }

  Map<String, Object> reason(Classification.Reason r) {
    Map<String, Object> m = new LinkedHashMap<>();
    Object[] args = r.args().toArray();
    m.put("code", r.key().substring("evaluation.reason.".length()));
    m.put("message", messages.getMessage(r.key(), args, r.key(), VI));
    m.put("messageEn", messages.getMessage(r.key(), args, r.key(), Locale.ENGLISH));
    m.put("legalSource", r.legalSource());
    m.put("article", r.article());
    m.put("confidence", r.confidence());
    return m;
  }

  /** A reason as one line in the user's language, with the rule it comes from. */
  String text(Classification.Reason r) {
    String line =
        messages.getMessage(
            r.key(),
            r.args().toArray(),
            r.key(),
            org.springframework.context.i18n.LocaleContextHolder.getLocale());
    return r.legalSource() == null
        ? line
        : line + " (" + r.legalSource() + ", " + r.article() + ")";
  }

  static Map<String, Object> rule(RuleSet r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("regime", r.regime());
    m.put("system", r.system().name());
    m.put("name", r.name());
    m.put("nameEn", r.nameEn());
    m.put("yearFrom", r.yearFrom());
    m.put("yearTo", r.yearTo());
    m.put("legalSource", r.legalSource());
    m.put("confidence", r.confidence());
    return m;
  }

  static Map<String, Object> evaluation(vn.cbcs.evaluation.Evaluation e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("personId", e.personId());
    m.put("year", e.year());
    m.put("system", e.system().name());
    m.put("regime", e.regime());
    m.put("unitCode", e.unitCode());
    m.put("unitOn", e.unitOn().toString());
    m.put("leader", e.leader());
    m.put("status", e.status().name());
    m.put("final", e.decided());
    m.put("createdBy", e.createdBy());
    m.put("createdAt", e.createdAt().toString());
    var s = e.selfAssessment();
    if (s != null) {
      Map<String, Object> x = step(s.on(), s.by(), s.at());
      x.put("generalPoints", s.generalPoints());
      x.put("taskPoints", s.taskPoints());
      x.put("majorErrors", s.majorErrors());
      x.put("level", s.level() == null ? null : s.level().name());
      x.put("text", s.text());
      m.put("selfAssessment", x);
    }
    var c = e.comment();
    if (c != null) {
      Map<String, Object> x = step(c.on(), c.by(), c.at());
      x.put("text", c.text());
      m.put("comment", x);
    }
    var mt = e.meeting();
    if (mt != null) {
      Map<String, Object> x = step(mt.on(), mt.by(), mt.at());
      x.put("minutes", mt.minutes());
      Map<String, Object> votes = new LinkedHashMap<>();
      votes.put("HTXSNV", mt.votesHtxsnv());
      votes.put("HTTNV", mt.votesHttnv());
      votes.put("HTNV", mt.votesHtnv());
      votes.put("KHTNV", mt.votesKhtnv());
      x.put("votes", votes);
      m.put("meeting", x);
    }
    var p = e.proposal();
    if (p != null) {
      Map<String, Object> x = step(p.on(), p.by(), p.at());
      x.put("level", p.level().name());
      x.put("points", p.points());
      m.put("proposal", x);
    }
    var d = e.decision();
    if (d != null) {
      Map<String, Object> x = step(d.date(), d.by(), d.at());
      x.put("level", d.level().name());
      x.put("number", d.number());
      x.put("date", d.date().toString());
      x.put("signer", d.signer());
      m.put("decision", x);
    }
    var o = e.partyOpinion();
    if (o != null) {
      Map<String, Object> x = step(o.on(), o.by(), o.at());
      x.put("text", o.text());
      m.put("partyOpinion", x);
    }
    var n = e.notice();
    if (n != null) {
      Map<String, Object> x = step(n.on(), n.by(), n.at());
      x.put("text", n.text());
      m.put("notice", x);
    }
    return m;
  }

  private static Map<String, Object> step(java.time.LocalDate on, String by, java.time.Instant at) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("on", on.toString());
    x.put("recordedBy", by);
    x.put("recordedAt", at == null ? null : at.toString());
    return x;
  }

  Map<String, Object> summary(vn.cbcs.evaluation.Evaluations.Summary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("system", s.system().name());
    m.put("levels", vn.cbcs.evaluation.Evaluations.names(s.levels()));
    m.put("statuses", vn.cbcs.evaluation.Evaluations.names(s.statuses()));
    var cap = s.cap();
    if (cap != null) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("htxsnv", cap.htxsnv());
      c.put("httnv", cap.httnv());
      c.put("pct", cap.pct());
      c.put("allowed", cap.allowed());
      c.put("withinCap", cap.within());
      c.put("legalSource", cap.legalSource());
      c.put("article", cap.article());
      c.put("confidence", cap.confidence());
      String key = cap.within() ? "evaluation.cap.within" : "evaluation.cap.over";
      Object[] args = {
        cap.htxsnv(),
        cap.httnv(),
        vn.cbcs.evaluation.EvaluationRules.plain(cap.pct()),
        cap.allowed()
      };
      c.put("verdict", message(key, args));
      c.put("verdictEn", messageEn(key, args));
      m.put("cap", c);
    }
    return m;
  }

  String message(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }

  String messageEn(String key, Object... args) {
    return messages.getMessage(key, args, key, Locale.ENGLISH);
  }
}
