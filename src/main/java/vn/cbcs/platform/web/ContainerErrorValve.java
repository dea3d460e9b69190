package vn.cbcs.platform.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer to errors Tomcat finds before the application sees the request — an address that is
 * not valid UTF-8 once percent-decoded ({@code /api/people/%FF}), a malformed request line — in the
 * application's form instead of Tomcat's English page: the JSON error body for {@code /api/**} (and
 * for callers that ask for JSON), a short page in Vietnamese and English otherwise. Errors the
 * application answers itself are left alone (something was written already).
 */
class ContainerErrorValve extends ErrorReportValve {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final MessageSource messages;

  ContainerErrorValve(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    String key =
        switch (status) {
          case 400 -> "error.request.malformed";
          case 404 -> "error.page.notFound";
          case 405 -> "error.method";
          case 413 -> "error.tooLarge";
          default -> status >= 500 ? "error.unexpected" : "error.badRequest";
        };
    String vi = messages.getMessage(key, null, key, VI);
    String en = messages.getMessage(key, null, key, Locale.ENGLISH);
    String uri = request.getRequestURI(); // as sent, not decoded
    String accept = request.getHeader("Accept");
    boolean json =
        (uri != null && uri.startsWith("/api/"))
            || (accept != null && accept.contains("application/json") && !accept.contains("html"));
    try {
      response.setCharacterEncoding("UTF-8");
      String body;
      if (json) {
        response.setContentType("application/json");
        body =
            "{\"status\":"
                + status
                + ",\"error\":\""
                + reason(status)
                + "\",\"message\":\""
                + jsonEscape(vi)
                + "\",\"messageEn\":\""
                + jsonEscape(en)
                + "\",\"parameter\":null,\"errors\":[]}";
      } else {
        response.setContentType("text/html");
        body =
            "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Lỗi "
                + status
                + " · CBCS</title></head><body><h1>Lỗi "
                + status
                + "</h1><p data-testid=\"error-message\">"
                + HtmlUtils.htmlEscape(vi, "UTF-8")
                + "</p><p lang=\"en\">"
                + HtmlUtils.htmlEscape(en, "UTF-8")
                + "</p><p><a href=\"/\">Về trang chủ</a></p></body></html>";
      }
      PrintWriter writer = response.getReporter();
      if (writer != null) {
        writer.write(body);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response cannot be written: nothing more to do
    }
  }

  private static String reason(int status) {
    var s = org.springframework.http.HttpStatus.resolve(status);
    return s == null ? String.valueOf(status) : s.name();
  }

  private static String jsonEscape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
