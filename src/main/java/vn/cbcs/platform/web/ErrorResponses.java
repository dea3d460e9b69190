package vn.cbcs.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import vn.cbcs.platform.ApiError;

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

  ResponseEntity<ApiError> json(HttpStatus status, String parameter, String key, Object... args) {
    ApiError body =
        new ApiError(
            status.value(),
            status.name(),
            messages.getMessage(key, args, key, VI),
            messages.getMessage(key, args, key, Locale.ENGLISH),
            parameter);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
