package vn.cbcs.security.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Role;
import vn.cbcs.security.internal.UserAccount;

/**
 * The page of one user: the account, its scopes named, the form (with the values typed and the
 * reasons when a section was refused), the message of the last change, and the person record the
 * account is linked to (self-service), if any.
 */
public record UserEditView(
    UserAccount account,
    List<ScopeLabel> scopes,
    UserForm form,
    String flash,
    boolean self,
    Long linkedPerson) {

  public static final List<Role> ROLES = List.of(Role.values());

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(AsOf.VIETNAM);

  /** A moment as people in Vietnam read it. */
  public static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }
}
