package vn.cbcs.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Answers of {@link Visibility#sees} kept for the rest of one GET or HEAD request. A person's page
 * asks once per service that owns a part of it (the record, its posts, its qualifications, its
 * history, its photo, …); a request that changes nothing gets one answer per actor and person, the
 * same for all its parts. Nothing is kept across requests or threads (the map lives in the
 * request's attributes, reached only from the thread that serves it), nor for a request that may
 * write — there the answer is asked again each time, as it may change on the way.
 */
final class ReadRequestMemo {

  private static final String ATTRIBUTE = ReadRequestMemo.class.getName();

  private ReadRequestMemo() {}

  /** The memo of the GET or HEAD request this thread serves; null for any other work. */
  @SuppressWarnings("unchecked")
  static Map<Visibility.Seen, Boolean> current() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (!(attributes instanceof ServletRequestAttributes servlet)) {
      return null;
    }
    HttpServletRequest request = servlet.getRequest();
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return null;
    }
    Object memo = request.getAttribute(ATTRIBUTE);
    if (memo == null) {
      memo = new HashMap<Visibility.Seen, Boolean>();
      request.setAttribute(ATTRIBUTE, memo);
    }
    return (Map<Visibility.Seen, Boolean>) memo;
  }
}
