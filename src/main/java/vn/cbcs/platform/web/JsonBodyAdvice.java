package vn.cbcs.platform.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.TextRules;

/**
 * Guards every request body read by a controller ({@code @RequestBody}): no more than {@code
 * cbcs.api.max-json-bytes} (a declared Content-Length is refused before reading, a chunked body as
 * soon as it passes the limit → 413), and no control characters other than tab and line breaks, nor
 * lone surrogates, in any text of a JSON body (PostgreSQL cannot store NUL; 400 naming the field).
 * Stricter rules per field (invisible and bidi characters) belong to the validators ({@link
 * TextRules}). Uploads are multipart and have their own limit.
 */
@ControllerAdvice
class JsonBodyAdvice extends RequestBodyAdviceAdapter {

  private final RequestLimits limits;

  JsonBodyAdvice(RequestLimits limits) {
    this.limits = limits;
  }

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public HttpInputMessage beforeBodyRead(
      HttpInputMessage input,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType)
      throws IOException {
    long max = limits.maxJsonBytes();
    if (input.getHeaders().getContentLength() > max) {
      throw new BodyTooLargeException();
    }
    InputStream limited = new Limited(input.getBody(), max);
    HttpHeaders headers = input.getHeaders();
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return limited;
      }

      @Override
      public HttpHeaders getHeaders() {
        return headers;
      }
    };
  }

  @Override
  public Object afterBodyRead(
      Object body,
      HttpInputMessage input,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    if (body instanceof JsonNode json) {
      List<FieldError> errors = new ArrayList<>();
      scan(json, "", errors);
      InvalidInputException.throwIfAny(errors);
    }
    return body;
  }

  private static void scan(JsonNode node, String path, List<FieldError> errors) {
    if (errors.size() >= 20) {
      return;
    }
    if (node.isString()) {
      control(node.asString(), path.isEmpty() ? "body" : path, errors);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        scan(node.get(i), path + "[" + i + "]", errors);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String field = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (!control(e.getKey(), field, errors)) {
          scan(e.getValue(), field, errors);
        }
      }
    }
  }

  /** C0 controls but tab and line breaks, DEL, C1 controls, lone surrogates. */
  private static boolean control(String s, String field, List<FieldError> errors) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean refused =
          (Character.getType(cp) == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r')
              || Character.getType(cp) == Character.SURROGATE;
      if (refused) {
        errors.add(new FieldError(field, TextRules.HIDDEN, TextRules.codePoint(cp)));
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** Reads at most {@code max} bytes, then refuses. */
  private static final class Limited extends FilterInputStream {

    private final long max;
    private long count;

    Limited(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) {
      count += n;
      if (count > max) {
        throw new BodyTooLargeException();
      }
    }
  }

  /** A request body over the limit: 413. */
  static final class BodyTooLargeException extends RuntimeException {
    BodyTooLargeException() {
      super("request body over cbcs.api.max-json-bytes", null, false, false);
    }
  }
}
