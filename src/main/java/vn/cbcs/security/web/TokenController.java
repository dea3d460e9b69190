package vn.cbcs.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.security.ApiToken;
import vn.cbcs.security.ApiTokens;

/**
 * API tokens: one's own at {@code /account/tokens} (page) and {@code /api/account/tokens}; any
 * user's (service accounts) at {@code /admin/users/{username}/tokens} (page) and {@code
 * /api/admin/users/{username}/tokens} for administrators (ADR 0019). The secret is shown once, in
 * the answer that creates it.
 */
@Controller
@Tag(name = "Tài khoản / Account")
class TokenController {

  private final ApiTokens tokens;

  TokenController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping("/account/tokens")
  String page(Actor actor, Model model) {
    return page(actor.username(), false, actor, model);
  }

  @PostMapping("/account/tokens")
  String create(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String days,
      Actor actor,
      Model model) {
    return create(actor.username(), false, name, days, actor, model);
  }

  /** A user's tokens for administrators: the tokens of a service account are made here. */
  @GetMapping("/admin/users/{username}/tokens")
  String userPage(@PathVariable String username, Actor actor, Model model) {
    return page(username, true, actor, model);
  }

  @PostMapping("/admin/users/{username}/tokens")
  String createForUser(
      @PathVariable String username,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String days,
      Actor actor,
      Model model) {
    return create(username, true, name, days, actor, model);
  }

  /** Revokes, then back to the page the token was listed on (one's own, or the user's). */
  @PostMapping("/account/tokens/{id}/revoke")
  String revoke(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
    ApiToken revoked = tokens.revoke(id, actor);
    redirect.addFlashAttribute("flash", "token.revoked");
    return "redirect:" + home(revoked.username(), !revoked.username().equals(actor.username()));
  }

  private String page(String username, boolean administered, Actor actor, Model model) {
    model.addAttribute("tokens", tokens.of(username, actor));
    model.addAttribute("maxDays", tokens.maxDays());
    model.addAttribute("defaultDays", tokens.defaultDays());
    model.addAttribute("owner", administered ? username : null);
    model.addAttribute("action", home(username, administered));
    return "security/tokens";
  }

  private String create(
      String username, boolean administered, String name, String days, Actor actor, Model model) {
    try {
      ApiTokens.Created created = tokens.create(username, name, days(days), actor);
      model.addAttribute("created", created);
    } catch (InvalidInputException e) {
      model.addAttribute("errors", e.errors());
      model.addAttribute("name", name);
    }
    return page(username, administered, actor, model);
  }

  private static String home(String username, boolean administered) {
    return administered
        ? "/admin/users/" + UriUtils.encodePathSegment(username, StandardCharsets.UTF_8) + "/tokens"
        : "/account/tokens";
  }

  @GetMapping("/api/account/tokens")
  @ResponseBody
  @Operation(summary = "One's own API tokens (never their secrets)")
  List<ApiToken> mine(Actor actor) {
    return tokens.of(actor.username(), actor);
  }

  @PostMapping("/api/account/tokens")
  @ResponseBody
  @Operation(
      summary =
          "A new API token {name, days}: the secret is in this answer only; use it as"
              + " Authorization: Bearer <secret>")
  ResponseEntity<Map<String, Object>> createMine(@RequestBody JsonNode body, Actor actor) {
    return created(tokens.create(actor.username(), text(body, "name"), days(body), actor));
  }

  @DeleteMapping("/api/account/tokens/{id}")
  @ResponseBody
  @Operation(summary = "Revoke one of one's tokens (administrators: anyone's)")
  ApiToken revokeByApi(@PathVariable long id, Actor actor) {
    return tokens.revoke(id, actor);
  }

  @GetMapping("/api/admin/users/{username}/tokens")
  @ResponseBody
  @Operation(summary = "A user's API tokens (administrators)")
  List<ApiToken> ofUser(@PathVariable String username, Actor actor) {
    return tokens.of(username, actor);
  }

  @PostMapping("/api/admin/users/{username}/tokens")
  @ResponseBody
  @Operation(summary = "A new API token for a user, e.g. a service account (administrators)")
  ResponseEntity<Map<String, Object>> createFor(
      @PathVariable String username, @RequestBody JsonNode body, Actor actor) {
    return created(tokens.create(username, text(body, "name"), days(body), actor));
  }

  private static ResponseEntity<Map<String, Object>> created(ApiTokens.Created c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("token", c.token());
    m.put("secret", c.secret());
    return ResponseEntity.created(URI.create("/api/account/tokens/" + c.token().id())).body(m);
  }

  private static String text(JsonNode body, String field) {
    JsonNode n = body == null ? null : body.get(field);
    return n == null || n.isNull() ? null : n.asString();
  }

  private Integer days(JsonNode body) {
    JsonNode n = body == null ? null : body.get("days");
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.canConvertToInt()) {
      throw new InvalidInputException(
          List.of(new vn.cbcs.platform.FieldError("days", "token.days.range", tokens.maxDays())));
    }
    return n.asInt();
  }

  private Integer days(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!text.strip().matches("\\d{1,4}")) {
      throw new InvalidInputException(
          List.of(new vn.cbcs.platform.FieldError("days", "token.days.range", tokens.maxDays())));
    }
    return Integer.valueOf(text.strip());
  }
}
