package vn.cbcs.security.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.cbcs.platform.FieldError;

/**
 * A user form as typed (kept when refused) and the reasons it was refused. Several values of one
 * field (roles) are kept joined by commas. Passwords are never kept.
 */
public record UserForm(Map<String, String> values, List<FieldError> errors) {

  public static UserForm empty() {
    return new UserForm(Map.of(), List.of());
  }

  public String value(String name) {
    String v = values.get(name);
    return v == null ? "" : v;
  }

  /** Whether a many-valued field (roles) holds {@code option}. */
  public boolean has(String name, String option) {
    return Arrays.asList(value(name).split(",")).contains(option);
  }

  public FieldError error(String name) {
    return errors.stream().filter(e -> name.equals(e.field())).findFirst().orElse(null);
  }

  public String invalid(String name) {
    return error(name) == null ? "" : " is-invalid";
  }
}
