package vn.cbcs.selfservice.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import vn.cbcs.people.People;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.selfservice.AccessHistory;
import vn.cbcs.selfservice.CorrectionRequest;
import vn.cbcs.selfservice.CorrectionRequests;

/** The cadre's own page and correction requests; the officers' review list. */
@Controller
class SelfServiceController {

  private final CorrectionRequests corrections;
  private final People people;
  private final AccessHistory accesses;

  SelfServiceController(CorrectionRequests corrections, People people, AccessHistory accesses) {
    this.corrections = corrections;
    this.people = people;
    this.accesses = accesses;
  }

  @GetMapping("/me")
  String me(Model model, Actor actor) {
    actor.require(Capability.READ_OWN_RECORD);
    Long own = corrections.ownPerson(actor);
    model.addAttribute("personId", own);
    model.addAttribute("name", own == null ? null : people.require(own, actor).fullName());
    model.addAttribute("requests", own == null ? List.of() : corrections.of(own, actor));
    model.addAttribute("accesses", own == null ? List.of() : accesses.ofOwnRecord(actor));
    model.addAttribute("fields", CorrectionRequests.FIELDS.stream().sorted().toList());
    return "selfservice/me";
  }

  @PostMapping("/me/corrections")
  String request(@RequestParam Map<String, String> form, RedirectAttributes redirect, Actor actor) {
    try {
      corrections.request(form.get("field"), form.get("proposedValue"), form.get("reason"), actor);
      redirect.addFlashAttribute("flash", "correction.sent");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.errors().get(0).key());
    }
    return "redirect:/me";
  }

  @GetMapping("/corrections")
  String pending(Model model, Actor actor) {
    model.addAttribute("requests", corrections.pending(actor));
    return "selfservice/corrections";
  }

  @PostMapping("/corrections/{id}")
  String review(
      @PathVariable long id,
      @RequestParam(defaultValue = "false") boolean accept,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect,
      Actor actor) {
    try {
      if (accept) {
        // accepting opens the record form with the request; saving it settles the request
        CorrectionRequest r = corrections.requireReviewable(id, actor);
        return "redirect:/people/" + r.personId() + "/edit?correction=" + r.id();
      }
      corrections.review(id, false, note, actor);
      redirect.addFlashAttribute("flash", "correction.rejected");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.errors().get(0).key());
    } catch (vn.cbcs.platform.ConflictException e) {
      redirect.addFlashAttribute("flashError", e.messageKey());
    }
    return "redirect:/corrections";
  }

  @GetMapping("/api/me")
  @ResponseBody
  Map<String, Object> apiMe(Actor actor) {
    actor.require(Capability.READ_OWN_RECORD);
    Long own = corrections.ownPerson(actor);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("personId", own);
    m.put("corrections", own == null ? List.of() : corrections.of(own, actor));
    m.put("accesses", own == null ? List.of() : accesses.ofOwnRecord(actor));
    return m;
  }

  @PostMapping("/api/me/corrections")
  @ResponseBody
  @ResponseStatus(HttpStatus.CREATED)
  CorrectionRequest apiRequest(@RequestBody JsonNode body, Actor actor) {
    return corrections.request(
        text(body, "field"), text(body, "proposedValue"), text(body, "reason"), actor);
  }

  @GetMapping("/api/corrections")
  @ResponseBody
  List<CorrectionRequest> apiPending(Actor actor) {
    return corrections.pending(actor);
  }

  @PostMapping("/api/corrections/{id}/review")
  @ResponseBody
  CorrectionRequest apiReview(@PathVariable long id, @RequestBody JsonNode body, Actor actor) {
    return corrections.review(id, body.path("accept").asBoolean(false), text(body, "note"), actor);
  }

  private static String text(JsonNode body, String field) {
    JsonNode n = body.get(field);
    return n == null || n.isNull() ? null : n.asString();
  }
}
