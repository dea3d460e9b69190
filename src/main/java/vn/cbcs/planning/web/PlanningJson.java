package vn.cbcs.planning.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cbcs.planning.Bench;
import vn.cbcs.planning.Candidate;
import vn.cbcs.planning.CheckVerdict;
import vn.cbcs.planning.Plan;
import vn.cbcs.planning.PlanCheck;
import vn.cbcs.planning.Review;
import vn.cbcs.planning.Succession;

/** The JSON of plans, candidates, verdicts and the succession view. */
@Component
class PlanningJson {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final MessageSource messages;
  private final vn.cbcs.planning.CandidateBallots ballots;

  PlanningJson(MessageSource messages, vn.cbcs.planning.CandidateBallots ballots) {
    this.messages = messages;
    this.ballots = ballots;
  }

  Map<String, Object> plan(Plan p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("unitCode", p.unitCode());
    m.put("unitName", p.unitName());
    m.put("bodyKind", p.bodyKind().name());
    m.put("term", p.termFrom() + "–" + p.termTo());
    m.put("termFrom", p.termFrom());
    m.put("termTo", p.termTo());
    m.put("planDate", p.planDate());
    m.put("referenceDate", p.referenceDate());
    m.put("bchSeats", p.bchSeats());
    m.put("btvSeats", p.btvSeats());
    m.put("ubktSeats", p.ubktSeats());
    m.put("seats", p.seats());
    m.put("status", p.approved() ? "APPROVED" : "DRAFT");
    Map<String, Object> decision = null;
    if (p.approved()) {
      decision = new LinkedHashMap<>();
      decision.put("number", p.decisionNumber());
      decision.put("date", p.decisionDate());
      decision.put("signer", p.decisionSigner());
    }
    m.put("decision", decision);
    m.put("createdBy", p.createdBy());
    Map<Long, List<vn.cbcs.planning.Ballot>> steps = ballots.of(p);
    m.put(
        "candidates",
        p.candidates().stream()
            .map(
                c -> {
                  Map<String, Object> one = candidate(c);
                  one.put(
                      "ballots",
                      steps.getOrDefault(c.id(), List.of()).stream()
                          .map(PlanningJson::ballot)
                          .toList());
                  return one;
                })
            .toList());
    return m;
  }

  static Map<String, Object> candidate(Candidate c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("planId", c.planId());
    m.put("personId", c.personId());
    m.put("fullName", c.personName());
    m.put("targetPost", c.targetPost());
    m.put("target", c.target());
    m.put("introduction", ballot(c.introVotes(), c.introVoters()));
    m.put("vote", ballot(c.voteVotes(), c.voteVoters()));
    m.put("requiredPoliticalTheory", c.requiredLlctLevel());
    m.put("addedOn", c.addedOn());
    m.put("addedBy", c.addedBy());
    m.put("removedOn", c.removedOn());
    m.put("removedBy", c.removedBy());
    m.put("removedReason", c.removedReason());
    m.put("removedGrant", c.removedGrant());
    m.put("womanAt60", c.womanAt60());
    return m;
  }

  /** One further ballot step with its computed share (percent). */
  static Map<String, Object> ballot(vn.cbcs.planning.Ballot b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", b.id());
    m.put("kind", b.kind().name());
    m.put("round", b.round());
    m.put("body", b.body());
    m.put("heldOn", b.heldOn());
    m.put("votesFor", b.votesFor());
    m.put("voters", b.voters());
    m.put("share", b.share());
    m.put("overHalf", b.overHalf());
    return m;
  }

  private static Map<String, Object> ballot(Integer votes, Integer voters) {
    if (votes == null && voters == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("votes", votes);
    m.put("voters", voters);
    m.put(
        "share",
        votes == null || voters == null
            ? null
            : java.math.BigDecimal.valueOf(votes * 100.0 / voters)
                .setScale(2, java.math.RoundingMode.HALF_UP));
    return m;
  }

  Map<String, Object> verdict(CheckVerdict v) {
    Map<String, Object> m = new LinkedHashMap<>();
    Object[] args = args(v);
    m.put("rule", v.rule());
    m.put("verdict", v.outcome().name());
    m.put("message", messages.getMessage(v.key(), args, v.key(), VI));
    m.put("messageEn", messages.getMessage(v.key(), args, v.key(), Locale.ENGLISH));
    m.put("article", v.article());
    m.put("numbers", v.args());
    return m;
  }

  /** The message arguments of a verdict: its numbers, then its article (as in refusals). */
  static Object[] args(CheckVerdict v) {
    Object[] args = new Object[v.args().size() + 1];
    for (int i = 0; i < v.args().size(); i++) {
      args[i] = v.args().get(i);
    }
    args[v.args().size()] = v.article();
    return args;
  }

  Map<String, Object> check(PlanCheck c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("planId", c.plan().id());
    m.put("asOf", c.on());
    boolean refused =
        c.candidates().stream().anyMatch(x -> x.verdicts().stream().anyMatch(CheckVerdict::refuses))
            || c.planVerdicts().stream().anyMatch(CheckVerdict::refuses);
    m.put("passes", !refused);
    m.put("plan", c.planVerdicts().stream().map(this::verdict).toList());
    Map<Long, List<vn.cbcs.planning.Ballot>> steps = ballots.of(c.plan());
    m.put(
        "candidates",
        c.candidates().stream()
            .map(
                x -> {
                  Map<String, Object> cm = candidate(x.candidate());
                  cm.put(
                      "ballots",
                      steps.getOrDefault(x.candidate().id(), List.of()).stream()
                          .map(PlanningJson::ballot)
                          .toList());
                  cm.put("verdicts", x.verdicts().stream().map(this::verdict).toList());
                  return cm;
                })
            .toList());
    return m;
  }

  Map<String, Object> succession(Succession.View v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("unitCode", v.unit().code());
    m.put("unitName", v.unit().fullName());
    m.put("asOf", v.asOf());
    m.put(
        "posts",
        v.posts().stream()
            .map(
                p -> {
                  Map<String, Object> pm = new LinkedHashMap<>();
                  pm.put("code", p.code());
                  pm.put("name", p.name());
                  pm.put("level", p.level());
                  pm.put(
                      "holders",
                      p.holders().stream()
                          .map(
                              h -> {
                                Map<String, Object> hm = new LinkedHashMap<>();
                                hm.put("personId", h.personId());
                                hm.put("fullName", h.fullName());
                                hm.put("since", h.since());
                                hm.put("termEnd", h.termEnd());
                                hm.put("retirementDate", h.retirement());
                                return hm;
                              })
                          .toList());
                  pm.put(
                      "successors",
                      p.successors().stream()
                          .map(
                              s -> {
                                Map<String, Object> sm = new LinkedHashMap<>();
                                sm.put("candidateId", s.candidate().id());
                                sm.put("planId", s.planId());
                                sm.put("personId", s.candidate().personId());
                                sm.put("fullName", s.candidate().personName());
                                sm.put("target", s.candidate().target());
                                sm.put("readiness", s.readiness().name());
                                sm.put("reasons", s.reasons().stream().map(this::verdict).toList());
                                return sm;
                              })
                          .toList());
                  return pm;
                })
            .toList());
    return m;
  }

  Map<String, Object> bench(Bench.View v) {
    Map<String, Object> m = succession(v.succession());
    m.put("years", v.years());
    m.put("riskMonths", v.riskMonths());
    m.put("riskRule", v.riskArticle());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> posts = (List<Map<String, Object>>) m.get("posts");
    for (int i = 0; i < posts.size(); i++) {
      Bench.Post b = v.posts().get(i);
      Map<String, Object> pm = posts.get(i);
      pm.put(
          "leaving",
          b.leaving().stream()
              .map(
                  l -> {
                    Map<String, Object> lm = new LinkedHashMap<>();
                    lm.put("personId", l.holder().personId());
                    lm.put("on", l.on());
                    lm.put("why", l.why().name());
                    return lm;
                  })
              .toList());
      pm.put("ready", b.ready());
      pm.put("afterTraining", b.afterTraining());
      pm.put("notEligible", b.notEligible());
      pm.put("atRisk", b.atRisk());
      pm.put(
          "assumed",
          b.assumed().stream()
              .map(
                  a -> {
                    Map<String, Object> am = new LinkedHashMap<>();
                    am.put("personId", a.successor().candidate().personId());
                    am.put("fullName", a.successor().candidate().personName());
                    am.put("readyFrom", a.readyFrom());
                    am.put("assumption", a.assumption().text());
                    am.put("courseId", a.assumption().courseId());
                    return am;
                  })
              .toList());
    }
    m.put("assumptions", v.assumptions().stream().map(a -> a.text()).toList());
    m.put(
        "enrolments",
        v.assumptions().stream()
            .filter(vn.cbcs.planning.WhatIf.Assumption::fromEnrolment)
            .map(
                a -> {
                  Map<String, Object> em = new LinkedHashMap<>();
                  em.put("personId", a.personId());
                  em.put("track", a.track().name());
                  em.put("level", a.level());
                  em.put("expectedOn", a.by());
                  em.put("courseId", a.courseId());
                  return em;
                })
            .toList());
    m.put(
        "projection",
        v.projection().stream()
            .map(
                y -> {
                  Map<String, Object> ym = new LinkedHashMap<>();
                  ym.put("year", y.year());
                  ym.put("retirements", y.retirements());
                  ym.put("termEnds", y.termEnds());
                  ym.put("postsLeft", y.postsLeft());
                  ym.put("coveredReady", y.coveredReady());
                  ym.put("coveredAfterTraining", y.coveredAfterTraining());
                  ym.put("uncovered", y.uncovered());
                  ym.put("uncoveredPosts", y.uncoveredPosts());
                  return ym;
                })
            .toList());
    m.put("atRisk", v.atRisk().stream().map(b -> b.post().code()).toList());
    return m;
  }

  Map<String, Object> review(Review r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("planId", r.planId());
    m.put("year", r.year());
    m.put("reviewDate", r.reviewDate());
    m.put("createdBy", r.createdBy());
    m.put("open", r.open());
    m.put(
        "proposals",
        r.proposals().stream()
            .map(
                p -> {
                  Map<String, Object> pm = new LinkedHashMap<>();
                  pm.put("id", p.id());
                  pm.put("kind", p.kind().name());
                  pm.put("personId", p.personId());
                  pm.put("fullName", p.personName());
                  pm.put("targetPost", p.targetPost());
                  pm.put("target", p.target());
                  pm.put("candidateId", p.candidateId());
                  pm.put("grounds", p.grounds().stream().map(this::verdict).toList());
                  pm.put("decision", p.decision());
                  pm.put("decidedOn", p.decidedOn());
                  pm.put("reason", p.reason());
                  pm.put("decidedBy", p.decidedBy());
                  return pm;
                })
            .toList());
    return m;
  }

  static List<Object> none() {
    return List.of();
  }
}
