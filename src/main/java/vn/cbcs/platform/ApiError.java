package vn.cbcs.platform;

import java.util.List;

/**
 * The JSON body of every API error: an HTTP status, a short code, the message in Vietnamese and in
 * English, the request parameter at fault when there is one, and for refused input every field with
 * its messages.
 */
public record ApiError(
    int status,
    String error,
    String message,
    String messageEn,
    String parameter,
    List<FieldMessage> errors) {

  /** One refused field. */
  public record FieldMessage(String field, String message, String messageEn) {}
}
