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

  String message(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }

  String messageEn(String key, Object... args) {
    return messages.getMessage(key, args, key, Locale.ENGLISH);
  }
}
