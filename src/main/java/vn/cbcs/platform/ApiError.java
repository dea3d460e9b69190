package vn.cbcs.platform;

/**
 * The JSON body of every API error: an HTTP status, a short code, the message in Vietnamese and in
 * English, and the request parameter at fault when there is one.
 */
public record ApiError(
    int status, String error, String message, String messageEn, String parameter) {}
