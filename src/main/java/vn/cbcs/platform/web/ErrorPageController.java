package vn.cbcs.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error path ({@code /error}): unmapped addresses, access denied, failures outside
 * controllers. Answers like {@link ErrorAdvice}.
 */
@Controller
class ErrorPageController implements ErrorController {

  private final ErrorResponses responses;

  ErrorPageController(ErrorResponses responses) {
    this.responses = responses;
  }

  @RequestMapping("/error")
  Object error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer i && HttpStatus.resolve(i) != null
            ? HttpStatus.valueOf(i)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (request.getAttribute(RequestParsingFilter.KEY) instanceof String key) {
      // a request refused before it reached a controller, with its reason
      return responses.respond(
          request,
          path,
          status,
          (String) request.getAttribute(RequestParsingFilter.PARAMETER),
          key,
          (Object[]) request.getAttribute(RequestParsingFilter.ARGS));
    }
    String key =
        switch (status) {
          case NOT_FOUND -> "error.page.notFound";
          case FORBIDDEN -> "error.forbidden";
          case UNAUTHORIZED -> "error.unauthorized";
          case BAD_REQUEST -> "error.badRequest";
          case METHOD_NOT_ALLOWED -> "error.method";
          case CONTENT_TOO_LARGE -> "error.tooLarge";
          case UNSUPPORTED_MEDIA_TYPE -> "error.body.mediaType";
          case CONFLICT -> "error.conflict";
          default -> "error.unexpected";
        };
    return responses.respond(request, path, status, null, key);
  }
}
