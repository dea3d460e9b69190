package vn.cbcs.security.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.JsonRecordReader;
import vn.cbcs.platform.Role;
import vn.cbcs.security.internal.NewUser;
import vn.cbcs.security.internal.UserAccount;
import vn.cbcs.security.internal.UserAdministration;

/**
 * Users for scripts ({@code /api/admin/**} needs ADMIN): the same checks and effects as the pages.
 */
@RestController
@RequestMapping("/api/admin/users")
class AdminUserApiController {

  /** A new user: {@code {username, displayName, password, roles: [], scopes: []}}. */
  record CreateBody(
      String username,
      String displayName,
      String password,
      List<Role> roles,
      List<String> scopes) {}

  /** A change: every field present is applied, absent ones are left as they are. */
  record UpdateBody(String displayName, List<Role> roles, List<String> scopes, Boolean enabled) {}

  private final UserAdministration admin;

  AdminUserApiController(UserAdministration admin) {
    this.admin = admin;
  }

  @GetMapping
  List<UserAccount> list(@RequestParam(defaultValue = "") String q, Actor actor) {
    return admin.list(q, actor);
  }

  @GetMapping("/{username}")
  UserAccount one(@PathVariable String username, Actor actor) {
    return admin.require(username, actor);
  }

  @PostMapping
  ResponseEntity<UserAccount> create(@RequestBody JsonNode body, Actor actor) {
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    CreateBody b = reader.read(body, CreateBody.class, "");
    InvalidInputException.throwIfAny(reader.errors());
    UserAccount created =
        admin.create(
            new NewUser(
                b.username(),
                b.displayName(),
                b.password(),
                b.password(),
                roles(b.roles()),
                b.scopes()),
            actor);
    return ResponseEntity.created(URI.create("/api/admin/users/" + created.username()))
        .body(created);
  }

  @PutMapping("/{username}")
  UserAccount update(@PathVariable String username, @RequestBody JsonNode body, Actor actor) {
    JsonRecordReader reader = new JsonRecordReader(Map.of());
    UpdateBody b = reader.read(body, UpdateBody.class, "");
    InvalidInputException.throwIfAny(reader.errors());
    return admin.update(
        username,
        b.displayName(),
        b.roles() == null ? null : roles(b.roles()),
        b.scopes(),
        b.enabled(),
        actor);
  }

  /** An administrator's reset: {@code {password}} → 204; the user's sessions end. */
  @PostMapping("/{username}/password")
  ResponseEntity<Void> resetPassword(
      @PathVariable String username, @RequestBody JsonNode body, Actor actor) {
    JsonNode p = body == null ? null : body.get("password");
    String password = p == null || p.isNull() ? null : p.asString();
    admin.resetPassword(username, password, password, actor);
    return ResponseEntity.noContent().build();
  }

  /**
   * Links the account to a person record ({@code {"personId": "123"}}) or unlinks it ({@code
   * {"personId": ""}} or {@code {}}) → 204; the user's sessions end.
   */
  @PutMapping("/{username}/person")
  ResponseEntity<Void> linkRecord(
      @PathVariable String username, @RequestBody JsonNode body, Actor actor) {
    JsonNode p = body == null ? null : body.get("personId");
    admin.linkRecord(username, p == null || p.isNull() ? null : p.asString(), actor);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{username}/unlock")
  ResponseEntity<Void> unlock(@PathVariable String username, Actor actor) {
    admin.unlock(username, actor);
    return ResponseEntity.noContent().build();
  }

  private static Set<Role> roles(List<Role> roles) {
    Set<Role> set = EnumSet.noneOf(Role.class);
    new ArrayList<>(roles == null ? List.<Role>of() : roles)
        .stream().filter(r -> r != null).forEach(set::add);
    return set;
  }
}
