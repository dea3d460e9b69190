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
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.MessageException;
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
  String me(Model model) {
    Long own = corrections.ownPerson();
    model.addAttribute("personId", own);
    model.addAttribute("name", own == null ? null : people.require(own).fullName());
    model.addAttribute("requests", own == null ? List.of() : corrections.of(own));
    model.addAttribute("accesses", own == null ? List.of() : accesses.of(own));
    model.addAttribute("fields", CorrectionRequests.FIELDS.stream().sorted().toList());
    return "selfservice/me";
  }

  @PostMapping("/me/corrections")
  String request(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
    try {
      corrections.request(form.get("field"), form.get("proposedValue"), form.get("reason"));
      redirect.addFlashAttribute("flash", "correction.sent");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.errors().get(0).key());
    }
    return "redirect:/me";
  }

  @GetMapping("/corrections")
  String pending(Model model) {
    model.addAttribute("requests", corrections.pending());
    return "selfservice/corrections";
  }

  @PostMapping("/corrections/{id}")
  String review(
      @PathVariable long id,
      @RequestParam(defaultValue = "false") boolean accept,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    try {
      CorrectionRequest r = corrections.review(id, accept, note);
      if (accept) {
        return "redirect:/people/" + r.personId() + "/edit";
      }
      redirect.addFlashAttribute("flash", "correction.rejected");
    } catch (MessageException e) {
      redirect.addFlashAttribute("flashError", e.messageKey());
    }
    return "redirect:/corrections";
  }

  @GetMapping("/api/me")
  @ResponseBody
  Map<String, Object> apiMe() {
    Long own = corrections.ownPerson();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("personId", own);
    m.put("corrections", own == null ? List.of() : corrections.of(own));
    m.put("accesses", own == null ? List.of() : accesses.of(own));
    return m;
  }

  @PostMapping("/api/me/corrections")
  @ResponseBody
  @ResponseStatus(HttpStatus.CREATED)
  CorrectionRequest apiRequest(@RequestBody JsonNode body) {
    return corrections.request(
        text(body, "field"), text(body, "proposedValue"), text(body, "reason"));
  }

  @GetMapping("/api/corrections")
  @ResponseBody
  List<CorrectionRequest> apiPending() {
    return corrections.pending();
  }

  @PostMapping("/api/corrections/{id}/review")
  @ResponseBody
  CorrectionRequest apiReview(@PathVariable long id, @RequestBody JsonNode body) {
    return corrections.review(id, body.path("accept").asBoolean(false), text(body, "note"));
  }

  private static String text(JsonNode body, String field) {
    JsonNode n = body.get(field);
    return n == null || n.isNull() ? null : n.asString();
  }
}
