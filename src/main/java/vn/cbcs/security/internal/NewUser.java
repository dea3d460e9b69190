package vn.cbcs.security.internal;

import java.util.List;
import java.util.Set;
import vn.cbcs.platform.Role;

/** A user to create, as typed: checked by {@link UserAdministration#create}. */
public record NewUser(
    String username,
    String displayName,
    String password,
    String passwordConfirm,
    Set<Role> roles,
    List<String> scopes) {}
