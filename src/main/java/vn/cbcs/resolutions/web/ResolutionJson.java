package vn.cbcs.resolutions.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cbcs.resolutions.Resolution;
import vn.cbcs.resolutions.Target;
import vn.cbcs.resolutions.TargetProgress;

/** JSON shapes of the resolutions API. */
final class ResolutionJson {

  private ResolutionJson() {}

  static Map<String, Object> resolution(Resolution r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("number", r.number());
    m.put("title", r.title());
    m.put("issuer", r.issuer());
    m.put("issuedOn", r.issuedOn().toString());
    m.put("unit", r.unitCode());
    m.put("unitOn", r.unitOn().toString());
    m.put("citation", r.citation());
    m.put("summary", r.summary());
    m.put("targets", r.targets().stream().map(ResolutionJson::target).toList());
    return m;
  }

  static Map<String, Object> target(Target t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("indicator", t.indicatorCode());
    m.put("milestone", t.milestone().toString());
    m.put("target", t.target());
    m.put("direction", t.direction().name());
    m.put("note", t.note());
    m.put("source", t.source());
    m.put("sourced", t.sourced());
    return m;
  }

  static Map<String, Object> progress(TargetProgress p) {
    Map<String, Object> m = target(p.target());
    m.put("indicatorName", p.indicatorName());
    m.put("judgedOn", p.judgedOn().toString());
    m.put("numerator", p.value().numerator());
    m.put("denominator", p.value().denominator());
    m.put("value", p.value().percent());
    m.put("valueText", p.value().percentText());
    m.put("margin", p.margin());
    m.put("status", p.status().name());
    List<Map<String, Object>> children = new ArrayList<>();
    for (TargetProgress.ChildProgress c : p.children()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("unit", c.unitCode());
      cm.put("unitName", c.unitName());
      cm.put("numerator", c.numerator());
      cm.put("denominator", c.denominator());
      cm.put("value", c.percent());
      cm.put("status", c.status().name());
      children.add(cm);
    }
    m.put("children", children);
    return m;
  }
}
