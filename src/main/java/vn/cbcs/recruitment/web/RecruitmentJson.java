package vn.cbcs.recruitment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cbcs.recruitment.RecruitmentRuleSet;
import vn.cbcs.recruitment.RecruitmentRules;
import vn.cbcs.recruitment.Score;

/** JSON of scores and rules, with every message in Vietnamese and English. */
@Component
class RecruitmentJson {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final MessageSource messages;

  RecruitmentJson(MessageSource messages) {
    this.messages = messages;
  }

  Map<String, Object> score(Score s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("method", s.method().name());
    m.put("passed", s.passed());
    m.put("round2", num(s.round2()));
    m.put("priorityPoints", num(s.priorityPoints()));
    m.put("priorityCounted", s.priorityCounted() == null ? null : s.priorityCounted().name());
    m.put("total", num(s.total()));
    m.put("reasons", s.reasons().stream().map(this::reason).toList());
    m.put("rule", rules(s.rules()));
    return m;
  }

  /** A reason of the services (a FieldError) in both languages. */
  Map<String, Object> error(vn.cbcs.platform.FieldError e) {
    Object[] args = e.args() == null ? new Object[0] : e.args();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", e.key().replaceFirst("^recruitment\\.eligibility\\.", ""));
    m.put("message", messages.getMessage(e.key(), args, e.key(), VI));
    m.put("messageEn", messages.getMessage(e.key(), args, e.key(), Locale.ENGLISH));
    return m;
  }

  Map<String, Object> reason(Score.Reason r) {
    Object[] args = r.args().toArray();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", r.key().replaceFirst("^recruitment\\.reason\\.", ""));
    m.put("message", messages.getMessage(r.key(), args, r.key(), VI));
    m.put("messageEn", messages.getMessage(r.key(), args, r.key(), Locale.ENGLISH));
    m.put("source", r.source());
    m.put("article", r.article());
    return m;
  }

  static Map<String, Object> rules(RecruitmentRuleSet set) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("on", set.on().toString());
    List<Map<String, Object>> rows =
        set.rules().values().stream()
            .map(
                r -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("key", r.key());
                  x.put("value", r.value());
                  x.put("source", r.legalSource());
                  x.put("article", r.article());
                  x.put("validFrom", r.validFrom().toString());
                  x.put("validTo", r.validTo() == null ? null : r.validTo().toString());
                  x.put("confidence", r.confidence());
                  return x;
                })
            .toList();
    m.put("source", rows.isEmpty() ? null : rows.get(0).get("source"));
    m.put("rows", rows);
    return m;
  }

  static Object num(java.math.BigDecimal v) {
    return v == null ? null : new java.math.BigDecimal(RecruitmentRules.plain(v));
  }
}
