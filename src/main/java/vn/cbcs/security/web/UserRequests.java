package vn.cbcs.security.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.Role;

/** Reads roles and scope codes from forms: checkboxes for roles, codes separated as people type. */
final class UserRequests {

  private UserRequests() {}

  /** The roles ticked; an unknown name is a refusal on {@code roles}. */
  static Set<Role> roles(List<String> names, List<FieldError> errors) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names == null ? List.<String>of() : names) {
      try {
        roles.add(Role.valueOf(name.strip()));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("roles", "error.form.choice", name));
      }
    }
    return roles;
  }

  /** "19, 064 01840" → [19, 064, 01840]. */
  static List<String> scopeCodes(String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return new ArrayList<>(Arrays.asList(typed.strip().split("[,;\\s]+")));
  }

  /** The form's values to show again (passwords left out). */
  static Map<String, String> kept(MultiValueMap<String, String> params) {
    Map<String, String> values = new LinkedHashMap<>();
    params.forEach(
        (k, v) -> {
          if (!k.startsWith("password") && !k.equals("currentPassword") && !k.startsWith("_")) {
            values.put(k, String.join(",", v));
          }
        });
    return values;
  }
}
