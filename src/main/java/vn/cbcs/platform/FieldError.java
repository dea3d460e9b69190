package vn.cbcs.platform;

/**
 * One reason an input was refused: the field (as the caller named it, e.g. {@code
 * assignments[1].unitCode}), a message key and its arguments.
 */
public record FieldError(String field, String key, Object... args) {}
