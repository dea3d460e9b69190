package vn.cbcs.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;

/** Maps exceptions from controllers to a clear answer in the caller's format. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAdvice {

  private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

  private final ErrorResponses responses;
  private final RequestLimits limits;

  ErrorAdvice(ErrorResponses responses, RequestLimits limits) {
    this.responses = responses;
    this.limits = limits;
  }

  @ExceptionHandler(NotFoundException.class)
  Object notFound(NotFoundException e, HttpServletRequest request) {
    return responses.respond(
        request,
        ErrorResponses.path(request),
        HttpStatus.NOT_FOUND,
        null,
        e.messageKey(),
        e.args());
  }

  @ExceptionHandler(ForbiddenException.class)
  Object forbidden(ForbiddenException e, HttpServletRequest request) {
    return responses.respond(
        request,
        ErrorResponses.path(request),
        HttpStatus.FORBIDDEN,
        null,
        e.messageKey(),
        e.args());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  Object noResource(HttpServletRequest request) {
    return responses.respond(
        request, ErrorResponses.path(request), HttpStatus.NOT_FOUND, null, "error.page.notFound");
  }

  @ExceptionHandler(BadRequestException.class)
  Object badRequest(BadRequestException e, HttpServletRequest request) {
    return responses.respond(
        request,
        ErrorResponses.path(request),
        HttpStatus.BAD_REQUEST,
        e.parameter(),
        e.messageKey(),
        e.args());
  }

  @ExceptionHandler(InvalidInputException.class)
  Object invalid(InvalidInputException e, HttpServletRequest request) {
    if (ErrorResponses.wantsJson(request, ErrorResponses.path(request))) {
      return responses.invalid(e.errors());
    }
    FieldError first = e.errors().get(0);
    return responses.respond(
        request,
        ErrorResponses.path(request),
        HttpStatus.BAD_REQUEST,
        first.field(),
        first.key(),
        first.args());
  }

  @ExceptionHandler(ConflictException.class)
  Object conflict(ConflictException e, HttpServletRequest request) {
    return responses.respond(
        request, ErrorResponses.path(request), HttpStatus.CONFLICT, null, e.messageKey(), e.args());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonBodyAdvice.BodyTooLargeException) {
        return bodyTooLarge(request);
      }
    }
    return responses.respond(
        request,
        ErrorResponses.path(request),
        HttpStatus.BAD_REQUEST,
        null,
        "error.body.unreadable");
  }

  /** A JSON body over {@code cbcs.api.max-json-bytes}. */
  @ExceptionHandler(JsonBodyAdvice.BodyTooLargeException.class)
  Object bodyTooLarge(HttpServletRequest request) {
    return responses.respond(
        request,
        ErrorResponses.path(request),
        HttpStatus.CONTENT_TOO_LARGE,
        null,
        "error.body.tooLarge",
        RequestLimits.describe(limits.json()));
  }

  /**
   * An upload over the multipart limit (usually answered earlier by {@link RequestParsingFilter};
   * this is for a multipart request parsed later).
   */
  @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
  Object uploadTooLarge(HttpServletRequest request) {
    return responses.respond(
        request,
        ErrorResponses.path(request),
        HttpStatus.CONTENT_TOO_LARGE,
        null,
        "error.upload.tooLarge",
        RequestLimits.describe(limits.upload()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    Class<?> type = e.getRequiredType();
    boolean whole =
        type == long.class || type == Long.class || type == int.class || type == Integer.class;
    return responses.respond(
        request,
        ErrorResponses.path(request),
        HttpStatus.BAD_REQUEST,
        e.getName(),
        whole ? "error.parameter.number" : "error.parameter.invalid",
        e.getName(),
        String.valueOf(e.getValue()));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
    return responses.respond(
        request,
        ErrorResponses.path(request),
        HttpStatus.BAD_REQUEST,
        e.getParameterName(),
        "error.parameter.missing",
        e.getParameterName());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  Object method(HttpServletRequest request) {
    return responses.respond(
        request, ErrorResponses.path(request), HttpStatus.METHOD_NOT_ALLOWED, null, "error.method");
  }

  /** A body of the wrong kind: the message says what the address takes. */
  @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
  Object mediaType(
      org.springframework.web.HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    List<MediaType> supported = e.getSupportedMediaTypes();
    String key;
    if (supported.stream().anyMatch(t -> t.isCompatibleWith(MediaType.APPLICATION_JSON))) {
      key = "error.body.json";
    } else if (supported.stream()
        .anyMatch(t -> t.isCompatibleWith(MediaType.MULTIPART_FORM_DATA))) {
      key = "error.body.multipart";
    } else {
      key = "error.body.mediaType";
    }
    return responses.respond(
        request, ErrorResponses.path(request), HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, key);
  }

  /** A file expected and the request is not multipart (or cannot be read as such). */
  @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
  Object notMultipart(HttpServletRequest request) {
    return responses.respond(
        request,
        ErrorResponses.path(request),
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        null,
        "error.body.multipart");
  }

  @ExceptionHandler(
      org.springframework.web.multipart.support.MissingServletRequestPartException.class)
  Object missingPart(
      org.springframework.web.multipart.support.MissingServletRequestPartException e,
      HttpServletRequest request) {
    return responses.respond(
        request,
        ErrorResponses.path(request),
        HttpStatus.BAD_REQUEST,
        e.getRequestPartName(),
        "error.parameter.missing",
        e.getRequestPartName());
  }

  @ExceptionHandler(org.springframework.web.HttpMediaTypeNotAcceptableException.class)
  Object notAcceptable(HttpServletRequest request) {
    return responses.respond(
        request,
        ErrorResponses.path(request),
        HttpStatus.NOT_ACCEPTABLE,
        null,
        "error.notAcceptable");
  }

  @ExceptionHandler(Exception.class)
  Object unexpected(Exception e, HttpServletRequest request) {
    if (e instanceof org.springframework.security.access.AccessDeniedException denied) {
      throw denied; // let Spring Security answer 403 through its own handler
    }
    log.error("Unexpected error on {} {}", request.getMethod(), ErrorResponses.path(request), e);
    return responses.respond(
        request,
        ErrorResponses.path(request),
        HttpStatus.INTERNAL_SERVER_ERROR,
        null,
        "error.unexpected");
  }
}
