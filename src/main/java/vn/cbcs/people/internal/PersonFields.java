package vn.cbcs.people.internal;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cbcs.people.PersonData;

/**
 * The fields of {@link PersonData} and their accessors, looked up once: each call of {@code
 * getRecordComponents()} or {@code getAccessor()} copies them, which showed when every field of
 * every row of an import was read that way.
 */
final class PersonFields {

  /** The record's fields, in record order. Not to be modified. */
  static final RecordComponent[] ALL = PersonData.class.getRecordComponents();

  private static final Map<String, Method> ACCESSORS =
      java.util.Arrays.stream(ALL)
          .collect(Collectors.toUnmodifiableMap(RecordComponent::getName, c -> c.getAccessor()));

  private PersonFields() {}

  /** The value of a field of {@link PersonData} in {@code record}. */
  static Object read(RecordComponent c, PersonData record) {
    try {
      return ACCESSORS.get(c.getName()).invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
