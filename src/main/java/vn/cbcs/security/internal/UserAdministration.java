package vn.cbcs.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.Role;
import vn.cbcs.platform.TextRules;
import vn.cbcs.security.UserAccountChanged;
import vn.cbcs.security.UserAccountChanged.Change;
import vn.cbcs.units.Units;

/**
 * Every change to users goes through here: checked with every reason named, written in one
 * transaction, announced as {@link UserAccountChanged}. Disabling a user, changing its roles or
 * scopes, or resetting its password ends its sessions at once, on every instance.
 */
@Service
public class UserAdministration {

  static final int MAX_DISPLAY_NAME = 200;
  private static final String USERNAME = "^[a-z0-9][a-z0-9._-]{1,63}$";

  private final UserStore users;
  private final PasswordEncoder encoder;
  private final UserSessions sessions;
  private final LoginThrottle throttle;
  private final Units units;
  private final ApplicationEventPublisher events;
  private final vn.cbcs.security.Visibility visibility;

  UserAdministration(
      UserStore users,
      PasswordEncoder encoder,
      UserSessions sessions,
      LoginThrottle throttle,
      Units units,
      ApplicationEventPublisher events,
      vn.cbcs.security.Visibility visibility) {
    this.visibility = visibility;
    this.users = users;
    this.encoder = encoder;
    this.sessions = sessions;
    this.throttle = throttle;
    this.units = units;
    this.events = events;
  }

  public List<UserAccount> list(String query, Actor actor) {
    actor.require(Capability.ADMINISTER_USERS);
    return users.list(query);
  }

  public UserAccount require(String username, Actor actor) {
    actor.require(Capability.ADMINISTER_USERS);
    return account(username);
  }

  private UserAccount account(String username) {
    return users
        .account(username == null ? "" : username)
        .orElseThrow(() -> new NotFoundException("error.user.notFound", username));
  }

  @Transactional
  public UserAccount create(NewUser u, Actor actor) {
    actor.require(Capability.ADMINISTER_USERS);
    String username = u.username() == null ? "" : u.username().strip().toLowerCase(Locale.ROOT);
    List<FieldError> errors = new ArrayList<>();
    if (username.isEmpty()) {
      errors.add(new FieldError("username", "error.user.username.required"));
    } else if (!username.matches(USERNAME)) {
      errors.add(new FieldError("username", "error.user.username.format"));
    }
    String name = displayName(u.displayName(), errors);
    List<String> scopes = scopes(u.roles(), u.scopes(), errors);
    errors.addAll(newPassword(username, u.password(), u.passwordConfirm()));
    InvalidInputException.throwIfAny(errors);
    if (users.exists(username)) {
      throw new ConflictException("error.user.exists", username);
    }
    users.insert(username, encoder.encode(u.password()), name, u.roles(), scopes);
    publish(username, Change.CREATED, actor.username(), access(u.roles(), scopes));
    return account(username);
  }

  @Transactional
  public void rename(String username, String displayName, Actor actor) {
    require(username, actor);
    List<FieldError> errors = new ArrayList<>();
    String name = displayName(displayName, errors);
    InvalidInputException.throwIfAny(errors);
    users.updateDisplayName(username, name);
    publish(username, Change.RENAMED, actor.username(), name);
  }

  /** New roles and scopes; the user's sessions end (they carry the old ones). */
  @Transactional
  public void changeAccess(String username, Set<Role> roles, List<String> scopeCodes, Actor actor) {
    require(username, actor);
    List<FieldError> errors = new ArrayList<>();
    List<String> scopes = scopes(roles, scopeCodes, errors);
    if (username.equals(actor.username()) && roles != null && !roles.contains(Role.ADMIN)) {
      errors.add(new FieldError("roles", "error.user.self.admin"));
    }
    InvalidInputException.throwIfAny(errors);
    users.replaceAccess(username, roles, scopes);
    sessions.endAll(username);
    publish(username, Change.ACCESS_CHANGED, actor.username(), access(roles, scopes));
  }

  /**
   * Several changes at once, all or none (the JSON API's PUT): each argument that is not null is
   * applied.
   */
  @Transactional
  public UserAccount update(
      String username,
      String displayName,
      Set<Role> roles,
      List<String> scopes,
      Boolean enabled,
      Actor actor) {
    UserAccount current = require(username, actor);
    if (displayName != null) {
      rename(username, displayName, actor);
    }
    if (roles != null || scopes != null) {
      changeAccess(
          username,
          roles == null ? current.roles() : roles,
          scopes == null ? current.scopes() : scopes,
          actor);
    }
    if (enabled != null && enabled != current.enabled()) {
      setEnabled(username, enabled, actor);
    }
    return account(username);
  }

  /**
   * Links the account to the record of the person who uses it — what "Hồ sơ của tôi" shows and a
   * cadre's self-service acts on — or unlinks it ({@code personId} blank). One account per record;
   * the user's sessions end (they carry the old link).
   */
  @Transactional
  public void linkRecord(String username, String personId, Actor actor) {
    require(username, actor);
    if (personId == null || personId.isBlank()) {
      if (visibility.unlinkPerson(username)) {
        sessions.endAll(username);
        publish(username, Change.RECORD_UNLINKED, actor.username(), null);
      }
      return;
    }
    String raw = personId.strip();
    if (!vn.cbcs.platform.Ids.valid(raw)) {
      throw new InvalidInputException(
          List.of(new FieldError("personId", "error.parameter.id", "personId", raw)));
    }
    long id = Long.parseLong(raw);
    List<FieldError> errors = new ArrayList<>();
    if (!visibility.personExists(id)) {
      errors.add(new FieldError("personId", "person.notFound", id));
    } else {
      List<String> others = visibility.accountsOf(id, username);
      if (!others.isEmpty()) {
        errors.add(
            new FieldError(
                "personId", "admin.user.person.taken", String.valueOf(id), others.get(0)));
      }
    }
    InvalidInputException.throwIfAny(errors);
    visibility.linkPerson(username, id);
    sessions.endAll(username);
    publish(username, Change.RECORD_LINKED, actor.username(), "person " + id);
  }

  /** Enables or disables; disabling ends the user's sessions at once. */
  @Transactional
  public void setEnabled(String username, boolean enabled, Actor actor) {
    require(username, actor);
    if (!enabled && username.equals(actor.username())) {
      throw new InvalidInputException(
          List.of(new FieldError("enabled", "error.user.self.disable")));
    }
    users.setEnabled(username, enabled);
    sessions.endAll(username);
    if (enabled) {
      throttle.clear(username);
    }
    publish(username, enabled ? Change.ENABLED : Change.DISABLED, actor.username(), "");
  }

  /** An administrator sets a new password: the user's sessions end and any lock is lifted. */
  @Transactional
  public void resetPassword(String username, String password, String confirm, Actor actor) {
    require(username, actor);
    InvalidInputException.throwIfAny(newPassword(username, password, confirm));
    users.setPassword(username, encoder.encode(password));
    sessions.endAll(username);
    throttle.clear(username);
    publish(username, Change.PASSWORD_RESET, actor.username(), "");
  }

  @Transactional
  public void unlock(String username, Actor actor) {
    require(username, actor);
    throttle.clear(username);
    publish(username, Change.UNLOCKED, actor.username(), "");
  }

  /**
   * A user changes their own password, knowing the current one: every other session of theirs ends;
   * the one in {@code keepSessionId} goes on (its caller marks it with the new epoch).
   */
  @Transactional
  public void changeOwnPassword(
      String username, String current, String password, String confirm, String keepSessionId) {
    CbcsUser user =
        users.find(username).orElseThrow(() -> new NotFoundException("error.user.notFound"));
    List<FieldError> errors = new ArrayList<>();
    if (current == null || !encoder.matches(current, user.passwordHash())) {
      errors.add(new FieldError("currentPassword", "error.password.current"));
    }
    errors.addAll(newPassword(username, password, confirm));
    if (password != null && password.equals(current)) {
      errors.add(new FieldError("password", "error.password.same"));
    }
    InvalidInputException.throwIfAny(errors);
    users.setPassword(username, encoder.encode(password));
    sessions.endAllBut(username, keepSessionId);
    publish(username, Change.PASSWORD_CHANGED, username, "");
  }

  private static String displayName(String raw, List<FieldError> errors) {
    String name = raw == null ? "" : raw.strip();
    if (name.isEmpty()) {
      errors.add(new FieldError("displayName", "error.user.displayName.required"));
    } else if (!TextRules.check(errors, "displayName", name) && name.length() > MAX_DISPLAY_NAME) {
      errors.add(new FieldError("displayName", "error.text.tooLong", MAX_DISPLAY_NAME));
    }
    return name;
  }

  /** The scope codes, known and without repeats; required unless the only role is ADMIN. */
  private List<String> scopes(Set<Role> roles, List<String> codes, List<FieldError> errors) {
    if (roles == null || roles.isEmpty()) {
      errors.add(new FieldError("roles", "error.user.roles.required"));
    }
    Set<String> scopes = new LinkedHashSet<>();
    for (String raw : codes == null ? List.<String>of() : codes) {
      String code = raw == null ? "" : raw.strip();
      if (code.isEmpty()) {
        continue;
      }
      if (!code.matches("\\d{2,5}") || units.versions(code).isEmpty()) {
        errors.add(new FieldError("scopes", "error.user.scope.unknown", code));
      } else {
        scopes.add(code);
      }
    }
    boolean needsScope =
        roles != null && !roles.isEmpty() && !EnumSet.of(Role.ADMIN).containsAll(roles);
    if (needsScope
        && scopes.isEmpty()
        && errors.stream().noneMatch(e -> "scopes".equals(e.field()))) {
      errors.add(new FieldError("scopes", "error.user.scopes.required"));
    }
    return List.copyOf(scopes);
  }

  private static List<FieldError> newPassword(String username, String password, String confirm) {
    List<FieldError> errors = new ArrayList<>(PasswordPolicy.check("password", username, password));
    if (password != null && !password.isEmpty() && !password.equals(confirm)) {
      errors.add(new FieldError("passwordConfirm", "error.password.mismatch"));
    }
    return errors;
  }

  private static String access(Collection<Role> roles, List<String> scopes) {
    return "roles " + roles + ", scopes " + scopes;
  }

  private void publish(String username, Change change, String actor, String detail) {
    events.publishEvent(new UserAccountChanged(username, change, actor, detail, Instant.now()));
  }
}
