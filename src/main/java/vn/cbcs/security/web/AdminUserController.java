package vn.cbcs.security.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.Role;
import vn.cbcs.security.internal.NewUser;
import vn.cbcs.security.internal.UserAccount;
import vn.cbcs.security.internal.UserAdministration;
import vn.cbcs.units.Units;

/**
 * Pages for administrators ({@code /admin/**} needs ADMIN): list, create and edit users. Each
 * section of a user's page posts on its own; a refused section comes back with its reasons.
 */
@Controller
class AdminUserController {

  private final UserAdministration admin;
  private final ScopeLabels labels;
  private final Units units;
  private final vn.cbcs.security.Visibility visibility;

  AdminUserController(
      UserAdministration admin,
      ScopeLabels labels,
      Units units,
      vn.cbcs.security.Visibility visibility) {
    this.admin = admin;
    this.labels = labels;
    this.units = units;
    this.visibility = visibility;
  }

  @GetMapping("/admin/users")
  String list(@RequestParam(defaultValue = "") String q, Model model, Actor actor) {
    List<UserAccount> users = admin.list(q, actor);
    Map<String, List<ScopeLabel>> scopes = new LinkedHashMap<>();
    users.forEach(u -> scopes.put(u.username(), labels.of(u.scopes())));
    model.addAttribute("q", q);
    model.addAttribute("users", users);
    model.addAttribute("scopes", scopes);
    return "security/users";
  }

  @GetMapping("/admin/users/new")
  String newForm(Model model) {
    model.addAttribute("form", UserForm.empty());
    return "security/userNew";
  }

  @PostMapping("/admin/users")
  String create(
      @RequestParam MultiValueMap<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    List<FieldError> errors = new ArrayList<>();
    Set<Role> roles = UserRequests.roles(params.get("roles"), errors);
    NewUser user =
        new NewUser(
            params.getFirst("username"),
            params.getFirst("displayName"),
            params.getFirst("password"),
            params.getFirst("passwordConfirm"),
            roles,
            UserRequests.scopeCodes(params.getFirst("scopes")));
    try {
      InvalidInputException.throwIfAny(errors);
      UserAccount created = admin.create(user, actor);
      redirect.addFlashAttribute("flash", "admin.user.created");
      return "redirect:/admin/users/" + created.username();
    } catch (InvalidInputException e) {
      model.addAttribute("form", new UserForm(UserRequests.kept(params), e.errors()));
      return "security/userNew";
    } catch (ConflictException e) {
      FieldError taken = new FieldError("username", e.messageKey(), e.args());
      model.addAttribute("form", new UserForm(UserRequests.kept(params), List.of(taken)));
      return "security/userNew";
    }
  }

  @GetMapping("/admin/users/{username}")
  String show(@PathVariable String username, Actor actor, Model model) {
    UserAccount account = admin.require(username, actor);
    model.addAttribute("view", view(account, actor, values(account), List.of(), flash(model)));
    return "security/user";
  }

  @PostMapping("/admin/users/{username}/name")
  String rename(
      @PathVariable String username,
      @RequestParam MultiValueMap<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return apply(
        username,
        params,
        actor,
        model,
        redirect,
        "admin.user.renamed",
        () -> admin.rename(username, params.getFirst("displayName"), actor));
  }

  @PostMapping("/admin/users/{username}/access")
  String access(
      @PathVariable String username,
      @RequestParam MultiValueMap<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return apply(
        username,
        params,
        actor,
        model,
        redirect,
        "admin.user.accessChanged",
        () -> {
          List<FieldError> errors = new ArrayList<>();
          Set<Role> roles = UserRequests.roles(params.get("roles"), errors);
          InvalidInputException.throwIfAny(errors);
          admin.changeAccess(
              username, roles, UserRequests.scopeCodes(params.getFirst("scopes")), actor);
        });
  }

  @PostMapping("/admin/users/{username}/person")
  String person(
      @PathVariable String username,
      @RequestParam MultiValueMap<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return apply(
        username,
        params,
        actor,
        model,
        redirect,
        "admin.user.personLinked",
        () -> admin.linkRecord(username, params.getFirst("personId"), actor));
  }

  @PostMapping("/admin/users/{username}/password")
  String password(
      @PathVariable String username,
      @RequestParam MultiValueMap<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return apply(
        username,
        params,
        actor,
        model,
        redirect,
        "admin.user.passwordWasReset",
        () ->
            admin.resetPassword(
                username, params.getFirst("password"), params.getFirst("passwordConfirm"), actor));
  }

  @PostMapping("/admin/users/{username}/enabled")
  String enabled(
      @PathVariable String username,
      @RequestParam MultiValueMap<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    boolean enable = "true".equals(params.getFirst("enabled"));
    return apply(
        username,
        params,
        actor,
        model,
        redirect,
        enable ? "admin.user.enabled" : "admin.user.disabled",
        () -> admin.setEnabled(username, enable, actor));
  }

  @PostMapping("/admin/users/{username}/unlock")
  String unlock(
      @PathVariable String username,
      @RequestParam MultiValueMap<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return apply(
        username,
        params,
        actor,
        model,
        redirect,
        "admin.user.unlocked",
        () -> admin.unlock(username, actor));
  }

  /** Units to add as scopes, found by name or code (htmx fragment under the scope field). */
  @GetMapping("/admin/unit-search")
  String unitSearch(@RequestParam(defaultValue = "") String q, Model model) {
    model.addAttribute("q", q);
    model.addAttribute("hits", q.isBlank() ? List.of() : units.search(q.strip(), AsOf.today(), 10));
    return "security/unitHits";
  }

  private String apply(
      String username,
      MultiValueMap<String, String> params,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      String done,
      Runnable change) {
    UserAccount account = admin.require(username, actor);
    try {
      change.run();
    } catch (InvalidInputException e) {
      Map<String, String> values = values(account);
      values.putAll(UserRequests.kept(params));
      if (!params.containsKey("roles") && params.containsKey("scopes")) {
        values.put("roles", ""); // every box unticked
      }
      model.addAttribute("view", view(account, actor, values, e.errors(), null));
      return "security/user";
    }
    redirect.addFlashAttribute("flash", done);
    return "redirect:/admin/users/" + username;
  }

  private UserEditView view(
      UserAccount account,
      Actor actor,
      Map<String, String> values,
      List<FieldError> errors,
      String flash) {
    return new UserEditView(
        account,
        labels.of(account.scopes()),
        new UserForm(values, errors),
        flash,
        account.username().equals(actor.username()),
        visibility.linkedPerson(account.username()).orElse(null));
  }

  private Map<String, String> values(UserAccount account) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("displayName", account.displayName());
    values.put("roles", String.join(",", account.roles().stream().map(Role::name).toList()));
    values.put("scopes", String.join(", ", account.scopes()));
    values.put(
        "personId", visibility.linkedPerson(account.username()).map(String::valueOf).orElse(""));
    return values;
  }

  private static String flash(Model model) {
    return (String) model.getAttribute("flash");
  }
}
