package vn.cbcs.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import vn.cbcs.platform.ApiError;
import vn.cbcs.platform.FieldError;

/**
 * Turns an error into what the caller understands: JSON for the API, a page for people. Never an
 * exception text or a stack trace.
 */
@Component
class ErrorResponses {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final MessageSource messages;
  private final PageContextFactory pages;

  ErrorResponses(MessageSource messages, PageContextFactory pages) {
    this.messages = messages;
    this.pages = pages;
  }

  static boolean wantsJson(HttpServletRequest request, String path) {
    String accept = request.getHeader("Accept");
    return (path != null && path.startsWith("/api/"))
        || (accept != null
            && accept.contains(MediaType.APPLICATION_JSON_VALUE)
            && !accept.contains(MediaType.TEXT_HTML_VALUE));
  }

  Object respond(
      HttpServletRequest request,
      String path,
      HttpStatus status,
      String parameter,
      String key,
      Object... args) {
    if (wantsJson(request, path)) {
      return json(status, parameter, key, args);
    }
    ModelAndView view = new ModelAndView("error");
    view.setStatus(status);
    view.addAllObjects(
        Map.of(
            "page",
            pages.create(request),
            "status",
            status.value(),
            "messageKey",
            key,
            "args",
            args));
    return view;
  }

  /** 400 for refused input, with every field and its messages in both languages. */
  ResponseEntity<ApiError> invalid(List<FieldError> errors) {
    List<ApiError.FieldMessage> fields =
        errors.stream()
            .map(
                e ->
                    new ApiError.FieldMessage(
                        e.field(),
                        messages.getMessage(e.key(), e.args(), e.key(), VI),
                        messages.getMessage(e.key(), e.args(), e.key(), Locale.ENGLISH)))
            .toList();
    ApiError body =
        new ApiError(
            400,
            "BAD_REQUEST",
            messages.getMessage("error.invalidInput", new Object[] {errors.size()}, VI),
            messages.getMessage("error.invalidInput", new Object[] {errors.size()}, Locale.ENGLISH),
            errors.size() == 1 ? errors.get(0).field() : null,
            fields);
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  ResponseEntity<ApiError> json(HttpStatus status, String parameter, String key, Object... args) {
    ApiError body =
        new ApiError(
            status.value(),
            status.name(),
            messages.getMessage(key, args, key, VI),
            messages.getMessage(key, args, key, Locale.ENGLISH),
            parameter,
            List.of());
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
