package vn.cbcs.platform;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON object into a record, field by field, collecting every problem with its path instead
 * of stopping at the first: wrong types, malformed dates, unknown enum values. Supports String,
 * LocalDate (ISO), Integer/int, Boolean/boolean, enums, nested records and lists of records.
 * Missing fields are null (or false/0). Names can be mapped ({@code alias -> component}).
 */
public final class JsonRecordReader {

  private final List<FieldError> errors = new ArrayList<>();
  private final Map<String, String> aliases;

  public JsonRecordReader(Map<String, String> aliases) {
    this.aliases = aliases;
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** The record read from {@code node} (never null; invalid fields are left empty). */
  public <R extends Record> R read(JsonNode node, Class<R> type, String path) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      JsonNode value = node == null ? null : node.get(jsonName(c.getName()));
      args[i] = value(value, c.getType(), c.getGenericType(), path + c.getName());
    }
    try {
      var constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true); // records nested in package-private classes of a module
      return constructor.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
    }
  }

  private String jsonName(String component) {
    for (var e : aliases.entrySet()) {
      if (e.getValue().equals(component)) {
        return e.getKey();
      }
    }
    return component;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object value(JsonNode v, Class<?> type, Type generic, String path) {
    boolean absent = v == null || v.isNull() || v.isMissingNode();
    if (type == boolean.class) {
      if (absent) {
        return false;
      }
      if (!v.isBoolean()) {
        errors.add(new FieldError(path, "error.json.boolean"));
        return false;
      }
      return v.asBoolean();
    }
    if (type == int.class) {
      Integer i = absent ? null : integer(v, path);
      return i == null ? 0 : i;
    }
    if (absent) {
      return null;
    }
    if (type == String.class) {
      if (!v.isString() && !v.isNumber()) {
        errors.add(new FieldError(path, "error.json.text"));
        return null;
      }
      return v.asString();
    }
    if (type == Integer.class) {
      return integer(v, path);
    }
    if (type == Boolean.class) {
      if (!v.isBoolean()) {
        errors.add(new FieldError(path, "error.json.boolean"));
        return null;
      }
      return v.asBoolean();
    }
    if (type == LocalDate.class) {
      if (!v.isString()) {
        errors.add(new FieldError(path, "error.json.date", v.toString()));
        return null;
      }
      try {
        return LocalDate.parse(v.asString().trim());
      } catch (DateTimeParseException e) {
        errors.add(new FieldError(path, "error.json.date", v.asString()));
        return null;
      }
    }
    if (type.isEnum()) {
      String s = v.isString() ? v.asString().trim().toUpperCase(java.util.Locale.ROOT) : "";
      for (Object constant : type.getEnumConstants()) {
        if (((Enum) constant).name().equals(s)) {
          return constant;
        }
      }
      errors.add(new FieldError(path, "error.json.enum", v.toString(), allowed(type)));
      return null;
    }
    if (type.isRecord()) {
      if (!v.isObject()) {
        errors.add(new FieldError(path, "error.json.object"));
        return null;
      }
      return read(v, (Class<Record>) type, path + ".");
    }
    if (type == List.class) {
      if (!v.isArray()) {
        errors.add(new FieldError(path, "error.json.array"));
        return null;
      }
      Class<?> element = (Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0];
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        list.add(value(v.get(i), element, element, path + "[" + i + "]"));
      }
      return list;
    }
    throw new IllegalArgumentException("unsupported type " + type);
  }

  private Integer integer(JsonNode v, String path) {
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return v.asInt();
    }
    if (v.isString() && v.asString().trim().matches("-?\\d{1,9}")) {
      return Integer.parseInt(v.asString().trim());
    }
    errors.add(new FieldError(path, "error.json.integer", v.toString()));
    return null;
  }

  private static String allowed(Class<?> type) {
    return String.join(
        ", ",
        java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
  }
}
