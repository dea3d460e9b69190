package vn.cbcs.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * Enforces unit scopes on every request before it reaches a controller: a person, qualification or
 * post outside the user's ground answers 404 as if it did not exist, and so does a unit (the {@code
 * unit} parameter, or {@code /units/{code}/staffing}) whose ground on the date is not covered.
 * Lists without a unit are filtered in SQL by the services themselves. A cadre (self service)
 * reaches only their own record and their own pages.
 */
@Component
class ScopeInterceptor implements HandlerInterceptor {

  private static final Pattern PERSON =
      Pattern.compile("^/(?:api/)?(?:audit/)?people/(\\d+)(?:/.*)?$");
  private static final Pattern QUALIFICATION =
      Pattern.compile("^/api/qualifications/(\\d+)(?:/.*)?$");
  private static final Pattern ASSIGNMENT = Pattern.compile("^/api/assignments/(\\d+)(?:/.*)?$");
  private static final Pattern UNIT_PATH =
      Pattern.compile("^/(?:api/)?units/([0-9]{2,5})/(?:staffing|allocations|attributes)$");

  /** Pages and API calls that fall back to a default unit (or the country) when none is given. */
  private static final Pattern DEFAULTS_UNIT =
      Pattern.compile(
          "^/(dashboard(/trends)?|indicators/[A-Z0-9_]+|standards/below|alerts"
              + "|api/indicators/[A-Z0-9_]+/(value|people|children|series)"
              + "|api/standards/below|api/alerts)$");

  /** What a cadre with only the self-service role may open besides their own record. */
  private static final Pattern SELF_SERVICE =
      Pattern.compile(
          "^/(|me(/.*)?|api/me(/.*)?|account/.*|api/account/.*|login|logout|error|units(/.*)?"
              + "|api/units(/.*)?"
              + "|api/catalogues/.*|api/rules/retirement|api/positions)$");

  private final Visibility visibility;
  private final Units units;
  private final JdbcClient jdbc;

  ScopeInterceptor(Visibility visibility, Units units, JdbcClient jdbc) {
    this.visibility = visibility;
    this.units = units;
    this.jdbc = jdbc;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws Exception {
    Visibility.Grant grant = visibility.current();
    if (grant.unrestricted()) {
      return true;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Long person = personOf(path);
    if (person != null) {
      if (!visibility.sees(grant, person)) {
        throw new NotFoundException("person.notFound", person);
      }
      return true;
    }
    if (grant.selfOnly()) {
      if (!SELF_SERVICE.matcher(path).matches() || UNIT_PATH.matcher(path).matches()) {
        throw new AccessDeniedException("self-service only");
      }
      return true;
    }
    String unit = request.getParameter("unit");
    Matcher m = UNIT_PATH.matcher(path);
    if (m.matches()) {
      unit = m.group(1);
    }
    if ((unit == null || unit.isBlank()) && DEFAULTS_UNIT.matcher(path).matches()) {
      if ("GET".equals(request.getMethod())
          && !path.startsWith("/api/")
          && !path.endsWith("/trends")
          && !grant.scopes().isEmpty()) {
        String query = request.getQueryString();
        response.sendRedirect(
            request.getContextPath()
                + path
                + "?unit="
                + grant.scopes().get(0)
                + (query == null ? "" : "&" + query));
        return false;
      }
      throw new NotFoundException("error.unit.unknown", "");
    }
    if (unit != null && !unit.isBlank()) {
      checkUnit(grant, unit.trim(), request);
    }
    return true;
  }

  private Long personOf(String path) {
    Matcher m = PERSON.matcher(path);
    if (m.matches()) {
      return Long.valueOf(m.group(1));
    }
    m = QUALIFICATION.matcher(path);
    if (m.matches()) {
      return owner("SELECT qualifications_person_of(:id)", m.group(1));
    }
    m = ASSIGNMENT.matcher(path);
    if (m.matches()) {
      return owner("SELECT positions_person_of(:id)", m.group(1));
    }
    return null;
  }

  private Long owner(String sql, String id) {
    Long person =
        jdbc.sql(sql).param("id", Long.parseLong(id)).query(Long.class).optional().orElse(null);
    // an unknown id stays unknown: -1 is nobody's
    return person == null ? -1L : person;
  }

  private void checkUnit(Visibility.Grant grant, String code, HttpServletRequest request) {
    LocalDate asOf = date(request.getParameter("asOf"));
    LocalDate unitOn = date(request.getParameter("unitOn"));
    if (asOf == null) {
      asOf = AsOf.today();
    }
    Optional<Unit> unit = units.nearest(code, unitOn != null ? unitOn : asOf);
    if (unit.isEmpty()) {
      return; // the controller answers "unknown unit" itself
    }
    List<String> ground =
        units.communesCovering(unit.get(), asOf).stream().map(Unit::code).toList();
    if (!visibility.covers(grant, ground, asOf)) {
      throw new NotFoundException("error.unit.unknown", code);
    }
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return AsOf.parseLenient("asOf", value);
    } catch (RuntimeException e) {
      return null; // a malformed date is the controller's to refuse
    }
  }
}
