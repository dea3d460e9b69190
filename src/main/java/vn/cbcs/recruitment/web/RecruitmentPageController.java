package vn.cbcs.recruitment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cbcs.people.Sex;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.FormRecordReader;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.recruitment.DecisionInput;
import vn.cbcs.recruitment.NewCandidate;
import vn.cbcs.recruitment.NewRound;
import vn.cbcs.recruitment.PriorityCategory;
import vn.cbcs.recruitment.RecruitmentRules;
import vn.cbcs.recruitment.Rounds;
import vn.cbcs.recruitment.ScoreEntry;
import vn.cbcs.recruitment.Vacancies;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.Units;

/**
 * Pages of recruitment: a commune's openings and rounds ({@code /recruitment}), a round with its
 * timeline, candidates, ranked results and the decision form ({@code /recruitment/rounds/{id}}) —
 * the same services as the JSON API.
 */
@Controller
class RecruitmentPageController {

  private final Rounds rounds;
  private final Vacancies vacancies;
  private final Units units;
  private final PositionCatalogue positions;
  private final vn.cbcs.qualifications.Qualifications qualifications;
  private final org.springframework.context.MessageSource messages;

  private static final java.time.format.DateTimeFormatter DMY =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** The position rows of the opening form. */
  static final int FORM_POSITIONS = 4;

  RecruitmentPageController(
      Rounds rounds,
      Vacancies vacancies,
      Units units,
      PositionCatalogue positions,
      vn.cbcs.qualifications.Qualifications qualifications,
      org.springframework.context.MessageSource messages) {
    this.qualifications = qualifications;
    this.messages = messages;
    this.units = units;
    this.positions = positions;
    this.rounds = rounds;
    this.vacancies = vacancies;
  }

  @GetMapping("/recruitment")
  String unit(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String position,
      Actor actor,
      Model model) {
    actor.require(Capability.READ_RECORDS);
    String code = unit == null || unit.isBlank() ? actor.access().homeUnit() : unit.trim();
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    // "open a round for this post" from a row of the openings: the post is the form's first row
    Map<String, String> form =
        position == null || position.isBlank()
            ? Map.of()
            : Map.of("positionCode0", position.strip());
    fillUnit(code, date, actor, model, List.of(), form);
    return "recruitment/unit";
  }

  /**
   * Opens a round from the form of the commune's page ({@link Rounds#open}, as the JSON API): up to
   * {@link #FORM_POSITIONS} position rows; a refused form is shown again as typed, with every
   * reason.
   */
  @PostMapping("/recruitment/rounds")
  String open(@RequestParam Map<String, String> form, Actor actor, Model model) {
    actor.require(Capability.RECRUIT);
    FormRecordReader reader = new FormRecordReader();
    NewRound typed = reader.read(form, NewRound.class);
    List<FieldError> errors = new ArrayList<>(reader.errors());
    List<NewRound.Offer> offers = new ArrayList<>();
    for (int i = 0; i < FORM_POSITIONS; i++) {
      String code = form.get("positionCode" + i);
      String seats = form.getOrDefault("seats" + i, "");
      if (code == null || code.isBlank()) {
        continue;
      }
      int n = 0;
      if (!seats.strip().matches("\\d{1,3}")) {
        errors.add(new FieldError("positions[" + i + "].seats", "error.json.integer", seats));
      } else {
        n = Integer.parseInt(seats.strip());
      }
      offers.add(new NewRound.Offer(code.strip(), n));
    }
    NewRound r =
        new NewRound(
            typed.unitCode(),
            typed.title(),
            typed.method(),
            typed.planNumber(),
            typed.planDate(),
            typed.planIssuer(),
            typed.noticeDate(),
            typed.applicationsClose(),
            typed.large(),
            typed.candidateListDate(),
            typed.round1Date(),
            typed.round2Date(),
            typed.markingDate(),
            offers);
    try {
      if (!errors.isEmpty()) {
        // the service's own reasons too, so the form shows every one at once
        errors.addAll(rounds.check(r));
        InvalidInputException.throwIfAny(errors);
      }
      long id = rounds.open(r, actor);
      return "redirect:/recruitment/rounds/" + id;
    } catch (InvalidInputException e) {
      String code = form.getOrDefault("unitCode", "").strip();
      LocalDate date = r.noticeDate() == null ? AsOf.today() : r.noticeDate();
      fillUnit(code.isEmpty() ? null : code, date, actor, model, e.errors(), form);
      return "recruitment/unit";
    }
  }

  private void fillUnit(
      String code,
      LocalDate date,
      Actor actor,
      Model model,
      List<FieldError> errors,
      Map<String, String> form) {
    // the openings are a commune's; above a commune (or without a home unit) the page lists the
    // rounds of the user's ground and asks for a commune
    boolean commune =
        code != null
            && units
                .nearest(code, date)
                .map(u -> u.level() == UnitLevel.COMMUNE)
                .orElse(true); // an unknown code is answered by the service (404)
    model.addAttribute("unitCode", code == null ? "" : code);
    model.addAttribute("asOf", date.format(DMY));
    model.addAttribute("chooseCommune", !commune);
    model.addAttribute(
        "vacancies",
        commune && actor.can(Capability.READ_FIGURES)
            ? vacancies.of(code, date, Vacancies.DEFAULT_MONTHS, actor)
            : null);
    model.addAttribute("rounds", rounds.list(commune ? code : null, actor));
    model.addAttribute("positions", commune && code != null ? offerable(code, date) : List.of());
    model.addAttribute("errors", errors);
    model.addAttribute("form", form);
    model.addAttribute("formPositions", FORM_POSITIONS);
  }

  /** The positions a commune's round may offer on a date (the service checks them again). */
  private List<Position> offerable(String code, LocalDate date) {
    var unit = units.nearest(code, date);
    if (unit.isEmpty()) {
      return List.of();
    }
    return positions.inForce(date).stream()
        .filter(p -> p.existsIn(unit.get().type().name()))
        .sorted(java.util.Comparator.comparing(Position::code))
        .toList();
  }

  /** The results list of the round as a PDF in Vietnamese (the same ranking as the page). */
  @GetMapping("/recruitment/rounds/{id}/results.pdf")
  org.springframework.http.ResponseEntity<byte[]> resultsPdf(@PathVariable long id, Actor actor) {
    var results = rounds.results(id, actor);
    String name =
        units
            .find(results.round().unitCode(), results.round().noticeDate())
            .map(u -> u.fullName())
            .orElse(results.round().unitCode());
    byte[] pdf = new ResultsPdf(messages).write(results, name, rounds.ineligible(id, actor));
    return org.springframework.http.ResponseEntity.ok()
        .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "attachment; filename=\"ket-qua-tuyen-dung-" + id + ".pdf\"")
        .body(pdf);
  }

  @GetMapping("/recruitment/rounds/{id}")
  String round(@PathVariable long id, Actor actor, Model model) {
    fill(id, actor, model, List.of(), Map.of());
    return "recruitment/round";
  }

  @PostMapping("/recruitment/rounds/{id}/decision")
  String decide(
      @PathVariable long id, @RequestParam Map<String, String> form, Actor actor, Model model) {
    // the capability first (403), then the round (404, 403), then the values
    actor.require(Capability.RECRUIT);
    rounds.get(id, actor);
    List<FieldError> errors = new java.util.ArrayList<>();
    LocalDate decidedOn = date(form, "decidedOn", errors);
    LocalDate startOn = date(form, "startOn", errors);
    List<Long> chosen = new java.util.ArrayList<>();
    String c = form.getOrDefault("chosen", "");
    for (String part : c.split("[,\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      if (!part.matches("\\d{1,18}")) {
        errors.add(new FieldError("chosen", "error.json.integer", part));
      } else {
        chosen.add(Long.parseLong(part));
      }
    }
    try {
      InvalidInputException.throwIfAny(errors);
      rounds.decide(
          id,
          new DecisionInput(
              form.get("number"),
              decidedOn,
              form.get("issuer"),
              form.get("signer"),
              startOn,
              chosen),
          actor);
      return "redirect:/recruitment/rounds/" + id;
    } catch (InvalidInputException e) {
      fill(id, actor, model, e.errors(), form);
      return "recruitment/round";
    }
  }

  /**
   * Records one application from the round's page ({@link Rounds#addCandidates}, as the JSON API);
   * refused: the form again as typed, with every reason.
   */
  @PostMapping("/recruitment/rounds/{id}/candidates")
  String candidate(
      @PathVariable long id,
      @RequestParam Map<String, String> form,
      @RequestParam(name = "priority", required = false) List<String> priority,
      Actor actor,
      Model model) {
    actor.require(Capability.RECRUIT);
    rounds.get(id, actor);
    List<FieldError> errors = new ArrayList<>();
    LocalDate birth = date(form, "birthDate", errors);
    Sex sex = null;
    String s = form.getOrDefault("sex", "");
    if (!s.isBlank()) {
      try {
        sex = Sex.valueOf(s.strip());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("sex", "error.form.choice", s));
      }
    }
    var groups =
        RecruitmentRules.priorities(
            priority == null ? null : String.join(",", priority), "priority", errors);
    NewCandidate c =
        new NewCandidate(
            form.get("positionCode"),
            form.getOrDefault("personalId", "").strip(),
            form.get("fullName"),
            sex,
            birth,
            form.get("phone"),
            groups,
            form.get("generalEducation"),
            form.get("professionalLevel"),
            form.get("major"));
    try {
      rounds.addCandidates(id, List.of(c), errors, actor);
      return "redirect:/recruitment/rounds/" + id;
    } catch (InvalidInputException e) {
      Map<String, String> typed = new java.util.HashMap<>(form);
      if (priority != null) {
        priority.forEach(p -> typed.put("priority." + p, "on"));
      }
      fill(id, actor, model, List.of(), Map.of());
      model.addAttribute("candidateErrors", e.errors());
      model.addAttribute("candidateForm", typed);
      return "recruitment/round";
    }
  }

  /**
   * Records the scores typed in the round's score table ({@link Rounds#recordScores}, as the JSON
   * API): every row with something typed, all or none; refused: the table again as typed.
   */
  @PostMapping("/recruitment/rounds/{id}/scores")
  String scores(
      @PathVariable long id, @RequestParam Map<String, String> form, Actor actor, Model model) {
    actor.require(Capability.RECRUIT);
    rounds.get(id, actor);
    List<FieldError> errors = new ArrayList<>();
    List<ScoreEntry> entries = new ArrayList<>();
    for (var c : rounds.candidates(id, actor)) {
      String k = String.valueOf(c.id());
      Map<String, String> raw = new java.util.HashMap<>();
      raw.put("round1Correct", form.get("round1Correct." + k));
      raw.put("round1Total", form.get("round1Total." + k));
      raw.put("written", form.get("written." + k));
      raw.put("interview", form.get("interview." + k));
      if (raw.values().stream().allMatch(v -> v == null || v.isBlank())) {
        continue;
      }
      List<FieldError> own = new ArrayList<>();
      Integer correct = whole(raw, "round1Correct", own);
      Integer total = whole(raw, "round1Total", own);
      var w = RecruitmentRules.points(raw, "written", own);
      var iv = RecruitmentRules.points(raw, "interview", own);
      own.forEach(e -> errors.add(new FieldError(k + "." + e.field(), e.key(), e.args())));
      entries.add(new ScoreEntry(c.id(), correct, total, w, iv));
    }
    try {
      InvalidInputException.throwIfAny(errors);
      rounds.recordScores(id, entries, actor);
      return "redirect:/recruitment/rounds/" + id;
    } catch (InvalidInputException e) {
      fill(id, actor, model, List.of(), Map.of());
      model.addAttribute("scoreErrors", e.errors());
      model.addAttribute("scoreForm", form);
      return "recruitment/round";
    }
  }

  private static Integer whole(Map<String, String> raw, String field, List<FieldError> errors) {
    String v = raw.get(field);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (!v.strip().matches("\\d{1,4}")) {
      errors.add(new FieldError(field, "error.json.integer", v));
      return null;
    }
    return Integer.parseInt(v.strip());
  }

  private void fill(
      long id, Actor actor, Model model, List<FieldError> errors, Map<String, String> form) {
    var round = rounds.get(id, actor);
    model.addAttribute("round", round);
    model.addAttribute("steps", rounds.timeline(round));
    model.addAttribute("candidates", rounds.candidates(id, actor));
    model.addAttribute("results", rounds.results(id, actor));
    model.addAttribute("people", rounds.recruitedPeople(id, actor));
    model.addAttribute("errors", errors);
    model.addAttribute("form", form);
    model.addAttribute("candidateErrors", List.of());
    model.addAttribute("candidateForm", Map.of());
    model.addAttribute("scoreErrors", List.of());
    model.addAttribute("scoreForm", Map.of());
    model.addAttribute("priorityGroups", List.of(PriorityCategory.values()));
    model.addAttribute("ineligible", rounds.ineligible(id, actor));
    model.addAttribute(
        "levels",
        qualifications.levels().stream()
            .filter(l -> l.track() == vn.cbcs.qualifications.Track.PROFESSIONAL)
            .toList());
  }

  private static LocalDate date(Map<String, String> form, String field, List<FieldError> errors) {
    String v = form.get(field);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return AsOf.parseLenient(field, v);
    } catch (BadRequestException e) {
      errors.add(new FieldError(field, "error.form.date", v));
      return null;
    }
  }
}
