package vn.cbcs.indicators.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cbcs.indicators.Criterion;
import vn.cbcs.indicators.Indicator;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.indicators.IndicatorValue;
import vn.cbcs.indicators.Member;

/** JSON shapes of the indicators API. */
final class IndicatorJson {

  private IndicatorJson() {}

  static Map<String, Object> definition(Indicator i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", i.code());
    m.put("version", i.version());
    m.put("name", i.nameVi());
    m.put("nameEn", i.nameEn());
    m.put("definition", i.definitionVi());
    m.put("definitionEn", i.definitionEn());
    m.put("subject", i.subject().name());
    m.put("staffCategory", i.staffCategory());
    m.put("positionGroup", i.positionGroup());
    m.put("leadersOnly", i.leadersOnly());
    List<Map<String, Object>> criteria = new ArrayList<>();
    for (Criterion c : i.criteria()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("kind", c.kind().name());
      if (c.track() != null) {
        cm.put("track", c.track().name());
      }
      putIf(cm, "min", c.min());
      putIf(cm, "max", c.max());
      putIf(cm, "from", c.from());
      putIf(cm, "to", c.to());
      putIf(cm, "value", c.value());
      criteria.add(cm);
    }
    m.put("criteria", criteria);
    m.put("source", i.source());
    m.put("builtIn", i.builtIn());
    m.put("createdBy", i.createdBy());
    m.put("createdAt", i.createdAt() == null ? null : i.createdAt().toString());
    return m;
  }

  private static void putIf(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  static Map<String, Object> scope(IndicatorScope s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("unit", s.unitCode());
    m.put("unitName", s.national() ? "Toàn quốc" : s.unit().fullName());
    m.put("unitOn", s.unitOn().toString());
    m.put("asOf", s.asOf().toString());
    m.put("throughCrosswalk", s.throughCrosswalk());
    m.put("communes", s.communes().size());
    return m;
  }

  static Map<String, Object> value(IndicatorValue v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", v.indicator().code());
    m.put("version", v.indicator().version());
    m.putAll(scope(v.scope()));
    m.put("numerator", v.numerator());
    m.put("denominator", v.denominator());
    m.put("value", v.percent());
    m.put("valueText", v.percentText());
    return m;
  }

  static Map<String, Object> member(Member p, String lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("name", p.name());
    m.put("communeCode", p.communeCode());
    m.put("communeName", p.communeName());
    m.put("positionCode", p.positionCode());
    m.put("inNumerator", p.inNumerator());
    m.put("detail", p.detail(lang));
    return m;
  }
}
