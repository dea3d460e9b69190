package vn.cbcs.platform;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads HTML form fields into a record's scalar components (text, dates as YYYY-MM-DD or
 * dd/MM/yyyy, whole numbers, booleans from checkboxes, enums), collecting every malformed field.
 * List components are left empty for the caller to fill. Blank text is null.
 */
public final class FormRecordReader {

  private final List<FieldError> errors = new ArrayList<>();

  public List<FieldError> errors() {
    return errors;
  }

  public <R extends Record> R read(Map<String, String> form, Class<R> type) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      args[i] = value(form.get(c.getName()), c.getType(), c.getName());
    }
    try {
      var constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object value(String raw, Class<?> type, String field) {
    if (type == boolean.class) {
      return raw != null && !raw.isBlank() && !raw.equals("false");
    }
    if (type == List.class) {
      return List.of();
    }
    if (type == Boolean.class) {
      // a checkbox: absent is "not said", "false" is no
      return raw == null || raw.isBlank() ? null : !raw.strip().equals("false");
    }
    if (raw == null || raw.isBlank()) {
      return type == int.class ? 0 : null;
    }
    String v = raw.strip();
    if (type == String.class) {
      return raw;
    }
    if (type == LocalDate.class) {
      try {
        return AsOf.parseLenient(field, v);
      } catch (BadRequestException e) {
        errors.add(new FieldError(field, "error.form.date", v));
        return null;
      }
    }
    if (type == Integer.class || type == int.class) {
      if (!v.matches("-?\\d{1,9}")) {
        errors.add(new FieldError(field, "error.json.integer", v));
        return type == int.class ? 0 : null;
      }
      return Integer.parseInt(v);
    }
    if (type.isEnum()) {
      try {
        return Enum.valueOf((Class<Enum>) type, v.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(field, "error.form.choice", v));
        return null;
      }
    }
    throw new IllegalArgumentException("unsupported form type " + type);
  }
}
