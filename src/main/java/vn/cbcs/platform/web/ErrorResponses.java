package vn.cbcs.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

  /**
   * The address the caller asked for: on the container's error dispatch (to {@code /error}) the
   * original one, so that an API call refused before its controller still gets JSON.
   */
  static String path(HttpServletRequest request) {
    return request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI)
            instanceof String original
        ? original
        : request.getRequestURI();
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
            args == null ? new Object[0] : args));
    back(request).ifPresent(b -> view.addObject("back", b));
    return view;
  }

  /**
   * The page the request came from, on this site (path and query of the Referer whose host is this
   * one), for a "back" link: a refused form or upload is one click from where it was.
   */
  static Optional<String> back(HttpServletRequest request) {
    String referer = request.getHeader("Referer");
    if (referer == null || referer.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(referer);
      String host = request.getServerName();
      if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(host)) {
        return Optional.empty();
      }
      String path = uri.getRawPath();
      if (path == null || !path.startsWith("/") || path.startsWith("//")) {
        return Optional.empty();
      }
      return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
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
