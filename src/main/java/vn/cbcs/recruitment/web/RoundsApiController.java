package vn.cbcs.recruitment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.cbcs.people.Sex;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.JsonRecordReader;
import vn.cbcs.recruitment.DecisionInput;
import vn.cbcs.recruitment.NewCandidate;
import vn.cbcs.recruitment.NewRound;
import vn.cbcs.recruitment.RecruitmentRules;
import vn.cbcs.recruitment.Rounds;
import vn.cbcs.recruitment.ScoreEntry;

/**
 * The JSON API of recruitment rounds: open and list rounds, record candidates and scores, read the
 * ranked results, record the decision that creates the person records and posts.
 */
@RestController
@Tag(name = "Tuyển dụng / Recruitment")
class RoundsApiController {

  private final Rounds rounds;
  private final RoundJson json;

  RoundsApiController(Rounds rounds, RoundJson json) {
    this.rounds = rounds;
    this.json = json;
  }

  record CandidateJson(
      String positionCode,
      String personalId,
      String fullName,
      Sex sex,
      LocalDate birthDate,
      String phone,
      List<String> priority,
      String generalEducation,
      String professionalLevel,
      String major) {}

  record CandidatesJson(List<CandidateJson> candidates) {}

  record ScoreJson(
      Integer candidateId,
      Integer round1Correct,
      Integer round1Total,
      String written,
      String interview) {}

  record ScoresJson(List<ScoreJson> scores) {}

  record DecisionJson(
      String number,
      LocalDate decidedOn,
      String issuer,
      String signer,
      LocalDate startOn,
      List<Integer> chosen) {}

  private static <R extends Record> R read(JsonNode body, Class<R> type, JsonRecordReader reader) {
    return reader.read(body, type, "");
  }

  @GetMapping("/api/recruitment/rounds")
  @Operation(summary = "The recruitment rounds of the communes in the caller's ground (unit=: one)")
  List<Map<String, Object>> list(@RequestParam(required = false) String unit, Actor actor) {
    return rounds.list(unit, actor).stream().map(json::round).toList();
  }

  @PostMapping("/api/recruitment/rounds")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Open a round: unitCode, title, method (EXAM, SELECTION), planNumber, planDate,"
              + " planIssuer, noticeDate, applicationsClose (≥ 30 days after the notice), large"
              + " (≥ 500 applicants), candidateListDate, round1Date, round2Date, markingDate,"
              + " positions [{positionCode, seats}]; deadlines of NĐ 170/2025 Điều 15–16 checked")
  Map<String, Object> open(@RequestBody JsonNode body, Actor actor) {
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    NewRound r = read(body, NewRound.class, reader);
    InvalidInputException.throwIfAny(reader.errors());
    long id = rounds.open(r, actor);
    return json.round(rounds.get(id, actor));
  }

  @GetMapping("/api/recruitment/rounds/{id}")
  Map<String, Object> one(@PathVariable long id, Actor actor) {
    Map<String, Object> m = json.round(rounds.get(id, actor));
    m.put("candidates", rounds.candidates(id, actor).stream().map(json::candidate).toList());
    m.put("ineligible", json.ineligible(rounds.ineligible(id, actor)));
    return m;
  }

  @PostMapping("/api/recruitment/rounds/{id}/candidates")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Record applications (all or none): {candidates: [{positionCode, personalId, fullName,"
              + " sex, birthDate, phone, priority: [groups of NĐ 170/2025 Điều 6], generalEducation"
              + " (12/12), professionalLevel (a PROFESSIONAL level code), major}]}; eligibility"
              + " against the position's standard is judged on the results")
  Map<String, Object> candidates(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    CandidatesJson in = read(body, CandidatesJson.class, reader);
    List<FieldError> errors = new ArrayList<>(reader.errors());
    List<NewCandidate> list = new ArrayList<>();
    List<CandidateJson> items = in.candidates() == null ? List.of() : in.candidates();
    for (int i = 0; i < items.size(); i++) {
      CandidateJson c = items.get(i);
      if (c == null) {
        list.add(null);
        continue;
      }
      String prio = c.priority() == null ? null : String.join(",", c.priority());
      var priority = RecruitmentRules.priorities(prio, "candidates[" + i + "].priority", errors);
      list.add(
          new NewCandidate(
              c.positionCode(),
              c.personalId(),
              c.fullName(),
              c.sex(),
              c.birthDate(),
              c.phone(),
              priority,
              c.generalEducation(),
              c.professionalLevel(),
              c.major()));
    }
    List<Long> ids = rounds.addCandidates(id, list, errors, actor);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("roundId", id);
    m.put("ids", ids);
    return m;
  }

  @PostMapping("/api/recruitment/rounds/{id}/scores")
  @Operation(
      summary =
          "Record scores (all or none): {scores: [{candidateId, round1Correct, round1Total,"
              + " written, interview}]}; checked by the round's method (NĐ 170/2025 Điều 9, 11)")
  Map<String, Object> scores(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    ScoresJson in = read(body, ScoresJson.class, reader);
    List<FieldError> errors = new ArrayList<>(reader.errors());
    List<ScoreEntry> list = new ArrayList<>();
    List<ScoreJson> items = in.scores() == null ? List.of() : in.scores();
    for (int i = 0; i < items.size(); i++) {
      ScoreJson s = items.get(i);
      if (s == null) {
        list.add(null);
        continue;
      }
      Map<String, String> raw = new HashMap<>();
      raw.put("written", s.written());
      raw.put("interview", s.interview());
      List<FieldError> own = new ArrayList<>();
      BigDecimal w = RecruitmentRules.points(raw, "written", own);
      BigDecimal iv = RecruitmentRules.points(raw, "interview", own);
      String prefix = "scores[" + i + "].";
      own.forEach(e -> errors.add(new FieldError(prefix + e.field(), e.key(), e.args())));
      if (s.candidateId() == null) {
        errors.add(new FieldError(prefix + "candidateId", "recruitment.field.required"));
        continue;
      }
      list.add(new ScoreEntry(s.candidateId(), s.round1Correct(), s.round1Total(), w, iv));
    }
    InvalidInputException.throwIfAny(errors);
    rounds.recordScores(id, list, actor);
    return json.results(rounds.results(id, actor));
  }

  @GetMapping("/api/recruitment/rounds/{id}/results")
  @Operation(
      summary =
          "The ranked results per position: total = round 2 + priority (only the highest),"
              + " the tie rules of NĐ 170/2025 Điều 10 khoản 2 / Điều 12 khoản 2, outcome")
  Map<String, Object> results(@PathVariable long id, Actor actor) {
    Map<String, Object> m = json.results(rounds.results(id, actor));
    m.put("ineligible", json.ineligible(rounds.ineligible(id, actor)));
    return m;
  }

  @PostMapping("/api/recruitment/rounds/{id}/decision")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "The recruitment decision (NĐ 170/2025 Điều 19): number, decidedOn, issuer, signer,"
              + " startOn (≤ 30 days after), chosen (candidate ids, for a tie at the last seat);"
              + " creates each recruited candidate's person record and post by this decision")
  Map<String, Object> decide(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    DecisionJson d = read(body, DecisionJson.class, reader);
    InvalidInputException.throwIfAny(reader.errors());
    List<Long> chosen =
        d.chosen() == null
            ? List.of()
            : d.chosen().stream()
                .filter(java.util.Objects::nonNull)
                .map(Integer::longValue)
                .toList();
    List<Long> people =
        rounds.decide(
            id,
            new DecisionInput(
                d.number(), d.decidedOn(), d.issuer(), d.signer(), d.startOn(), chosen),
            actor);
    Map<String, Object> m = json.results(rounds.results(id, actor));
    m.put("personIds", people);
    return m;
  }
}
