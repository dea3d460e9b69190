package vn.cbcs.recruitment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.cbcs.recruitment.Candidate;
import vn.cbcs.recruitment.RecruitmentRules;
import vn.cbcs.recruitment.Results;
import vn.cbcs.recruitment.Round;
import vn.cbcs.recruitment.Timeline;

/** JSON of rounds, candidates and results. */
@Component
class RoundJson {

  private final RecruitmentRules rules;
  private final RecruitmentJson scores;

  RoundJson(RecruitmentRules rules, RecruitmentJson scores) {
    this.rules = rules;
    this.scores = scores;
  }

  Map<String, Object> round(Round r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("unitCode", r.unitCode());
    m.put("title", r.title());
    m.put("method", r.method().name());
    m.put("status", r.status().name());
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("number", r.planNumber());
    plan.put("date", r.planDate().toString());
    plan.put("issuer", r.planIssuer());
    m.put("plan", plan);
    m.put("noticeDate", r.noticeDate().toString());
    m.put("applicationsClose", r.applicationsClose().toString());
    m.put("large", r.large());
    m.put(
        "positions",
        r.positions().stream()
            .map(o -> Map.of("positionCode", o.positionCode(), "seats", o.seats()))
            .toList());
    m.put(
        "timeline",
        rules
            .on(r.noticeDate())
            .map(
                set ->
                    Timeline.steps(r.asNewRound(), set).stream()
                        .map(
                            s -> {
                              Map<String, Object> x = new LinkedHashMap<>();
                              x.put("step", s.field());
                              x.put("date", s.date() == null ? null : s.date().toString());
                              x.put(
                                  s.notBefore() ? "earliest" : "latest",
                                  s.limit() == null ? null : s.limit().toString());
                              x.put("ok", s.ok());
                              x.put("rule", s.rule());
                              return x;
                            })
                        .toList())
            .orElse(List.of()));
    m.put("createdBy", r.createdBy());
    return m;
  }

  Map<String, Object> candidate(Candidate c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("positionCode", c.positionCode());
    m.put("personalId", c.personalId());
    m.put("fullName", c.fullName());
    m.put("sex", c.sex() == null ? null : c.sex().name());
    m.put("birthDate", c.birthDate() == null ? null : c.birthDate().toString());
    m.put("erased", c.erased());
    m.put("phone", c.phone());
    m.put(
        "priority",
        c.prioritySeen() ? c.priority().stream().map(Enum::name).sorted().toList() : null);
    m.put("round1Correct", c.round1Correct());
    m.put("round1Total", c.round1Total());
    m.put("written", RecruitmentJson.num(c.written()));
    m.put("interview", RecruitmentJson.num(c.interview()));
    return m;
  }

  /** candidate id → the reasons they do not meet the position's standard */
  Map<String, Object> ineligible(Map<Long, List<vn.cbcs.platform.FieldError>> m) {
    Map<String, Object> out = new java.util.TreeMap<>();
    m.forEach(
        (id, reasons) -> out.put(String.valueOf(id), reasons.stream().map(scores::error).toList()));
    return out;
  }

  Map<String, Object> results(Results r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("round", round(r.round()));
    m.put(
        "positions",
        r.positions().stream()
            .map(
                p -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("positionCode", p.positionCode());
                  x.put("seats", p.seats());
                  x.put(
                      "candidates",
                      p.candidates().stream()
                          .map(
                              c -> {
                                Map<String, Object> y = new LinkedHashMap<>();
                                y.put("candidateId", c.candidate().id());
                                y.put("fullName", c.candidate().fullName());
                                y.put("erased", c.candidate().erased());
                                y.put("rank", c.rank());
                                y.put("outcome", c.outcome().name());
                                if (c.score() != null) {
                                  Map<String, Object> s = scores.score(c.score());
                                  s.remove("rule");
                                  if (!c.candidate().prioritySeen()) {
                                    s.remove("priorityCounted");
                                    s.put(
                                        "reasons",
                                        ((List<?>) s.get("reasons"))
                                            .stream()
                                                .filter(
                                                    z ->
                                                        !String.valueOf(((Map<?, ?>) z).get("code"))
                                                            .startsWith("priority"))
                                                .toList());
                                  }
                                  y.put("score", s);
                                }
                                return y;
                              })
                          .toList());
                  return x;
                })
            .toList());
    return m;
  }
}
