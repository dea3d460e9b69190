package vn.cbcs.platform;

import java.util.List;

/**
 * Input refused for one or more reasons, every one named. Becomes a 400 listing each field with a
 * Vietnamese and an English message; forms show each message beside its field. Thrown before
 * anything is written, or inside the transaction that is then rolled back.
 */
public class InvalidInputException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.size() + " invalid field(s)");
    this.errors = List.copyOf(errors);
  }

  public static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  public List<FieldError> errors() {
    return errors;
  }
}
