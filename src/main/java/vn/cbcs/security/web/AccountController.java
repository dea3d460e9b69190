package vn.cbcs.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.security.internal.UserAdministration;
import vn.cbcs.security.internal.UserSessions;

/**
 * Everyone signed in changes their own password, knowing the current one. Their other sessions end;
 * this one goes on under a new id.
 */
@Controller
class AccountController {

  private final UserAdministration admin;
  private final UserSessions sessions;

  AccountController(UserAdministration admin, UserSessions sessions) {
    this.admin = admin;
    this.sessions = sessions;
  }

  @GetMapping("/account/password")
  String form(Model model) {
    model.addAttribute("form", UserForm.empty());
    model.addAttribute("done", model.getAttribute("flash") != null);
    return "security/password";
  }

  @PostMapping("/account/password")
  String change(
      @RequestParam MultiValueMap<String, String> params,
      Authentication auth,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    try {
      change(
          auth,
          request,
          params.getFirst("currentPassword"),
          params.getFirst("password"),
          params.getFirst("passwordConfirm"));
    } catch (InvalidInputException e) {
      model.addAttribute("form", new UserForm(java.util.Map.of(), e.errors()));
      model.addAttribute("done", false);
      return "security/password";
    }
    redirect.addFlashAttribute("flash", "account.password.changed");
    return "redirect:/account/password";
  }

  /** The same for scripts: {@code {currentPassword, password, passwordConfirm}} → 204. */
  @PostMapping("/api/account/password")
  @ResponseBody
  ResponseEntity<Void> changeByApi(
      @RequestBody JsonNode body, Authentication auth, HttpServletRequest request) {
    change(
        auth,
        request,
        text(body, "currentPassword"),
        text(body, "password"),
        text(body, "passwordConfirm"));
    return ResponseEntity.noContent().build();
  }

  private void change(
      Authentication auth,
      HttpServletRequest request,
      String current,
      String password,
      String confirm) {
    HttpSession session = request.getSession(false);
    admin.changeOwnPassword(
        auth.getName(), current, password, confirm, session == null ? null : session.getId());
    if (session != null) {
      request.changeSessionId();
      sessions.markSignedIn(session, auth.getName());
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode v = body == null ? null : body.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }
}
