package vn.cbcs.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * The authorization matrix, generated from the application's own route list: every endpoint × every
 * role × an object inside and one outside the role's scope gets the expected answer. An endpoint
 * without a rule here fails the build, so a new route must say who may use it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

  /** Who may use an endpoint. */
  enum Rule {
    /** everyone signed in, the cadre included */
    ANY(EnumSet.allOf(Role.class)),
    /** everyone signed in but the cadre (self-service only) */
    STAFF(EnumSet.complementOf(EnumSet.of(Role.CADRE))),
    /** personnel officers: they keep records */
    EDITORS(
        EnumSet.of(Role.ADMIN, Role.PROVINCE_OFFICER, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER)),
    /** province officers: rules, allocations, definitions, locks, resolutions */
    PROVINCE(EnumSet.of(Role.ADMIN, Role.PROVINCE_OFFICER)),
    /** the officers who import, and inspectors (an officer reads only their own imports) */
    IMPORT_READERS(
        EnumSet.of(
            Role.ADMIN,
            Role.PROVINCE_OFFICER,
            Role.DISTRICT_OFFICER,
            Role.COMMUNE_OFFICER,
            Role.INSPECTOR)),
    /** who reads the audit log */
    AUDITORS(EnumSet.of(Role.ADMIN, Role.INSPECTOR)),
    /** the cadre's own self-service actions */
    SELF(EnumSet.of(Role.CADRE)),
    /** administrators */
    ADMIN(EnumSet.of(Role.ADMIN));

    final Set<Role> roles;

    Rule(Set<Role> roles) {
      this.roles = roles;
    }
  }

  /** The rule of every endpoint, as "METHOD pattern". */
  static final Map<String, Rule> RULES = new LinkedHashMap<>();

  static {
    for (String e :
        List.of(
            "GET /",
            "GET /me",
            "GET /api/me",
            "GET /units",
            "GET /units/search",
            "GET /units/datasets",
            "GET /units/{code}",
            "GET /api/units",
            "GET /api/units/stats",
            "GET /api/units/search",
            "GET /api/units/datasets",
            "GET /api/units/{code}",
            "GET /api/units/{code}/predecessors",
            "GET /api/units/{code}/successors",
            "GET /api/units/{code}/versions",
            "GET /api/catalogues/ethnicities",
            "GET /api/catalogues/religions",
            "GET /api/catalogues/qualification-levels",
            "GET /api/rules/retirement",
            "GET /api/positions",
            "GET /people/{id}",
            "GET /api/people/{id}",
            "GET /api/people/{id}/history",
            "GET /people/{id}/photo",
            "GET /api/people/{id}/photo",
            "GET /people/{id}/cv.pdf",
            "GET /people/{id}/cv.docx",
            "GET /api/people/{id}/cv.pdf",
            "GET /api/people/{id}/cv.docx",
            "GET /people/{id}/compliance",
            "GET /api/people/{id}/compliance",
            "GET /account/password",
            "POST /account/password",
            "POST /api/account/password")) {
      RULES.put(e, Rule.ANY);
    }
    for (String e :
        List.of(
            "GET /people",
            "GET /api/people",
            "GET /people/export.xlsx",
            "GET /api/people/export",
            "GET /standards",
            "GET /standards/rules",
            "GET /standards/staffing",
            "GET /standards/below",
            "GET /alerts",
            "GET /units/{code}/staffing",
            "GET /api/units/{code}/staffing",
            "GET /api/standards/below",
            "GET /api/alerts",
            "GET /api/standards/rules",
            "GET /dashboard",
            "GET /dashboard/trends",
            "GET /indicators",
            "GET /indicators/{code}",
            "GET /api/indicators",
            "GET /api/indicators/{code}",
            "GET /api/indicators/{code}/value",
            "GET /api/indicators/{code}/people",
            "GET /api/indicators/{code}/children",
            "GET /api/indicators/{code}/series",
            "GET /api/locks",
            "GET /resolutions",
            "GET /resolutions/{id}",
            "GET /api/resolutions",
            "GET /api/resolutions/{id}",
            "GET /api/resolutions/{id}/progress",
            "GET /reports",
            "GET /reports/quality",
            "GET /reports/quality.xlsx",
            "GET /reports/quality.pdf",
            "GET /api/reports/quality",
            "GET /reports/review/{id}",
            "GET /resolutions/{id}/report.docx",
            "GET /resolutions/{id}/report.pdf",
            "GET /api/resolutions/{id}/report-data",
            "POST /reports/jobs",
            "POST /api/reports/jobs",
            "GET /reports/jobs/{id}",
            "GET /reports/jobs/{id}/progress",
            "GET /reports/jobs/{id}/file.{format}",
            "GET /api/reports/jobs/{id}",
            "GET /api/reports/jobs/{id}/file.{format}")) {
      RULES.put(e, Rule.STAFF);
    }
    for (String e :
        List.of(
            "GET /people/new",
            "POST /people",
            "GET /people/{id}/edit",
            "POST /people/{id}",
            "POST /people/{id}/qualifications",
            "POST /people/{id}/posts",
            "POST /people/{id}/posts/{assignmentId}/end",
            "POST /people/{id}/photo",
            "POST /api/people",
            "PUT /api/people/{id}",
            "POST /api/people/{id}/photo",
            "POST /api/people/{id}/qualifications",
            "POST /api/people/{id}/assignments",
            "POST /api/assignments/{id}/end",
            "POST /api/qualifications/{id}/verification",
            "POST /imports",
            "POST /imports/{id}/commit",
            "POST /imports/{id}/cancel",
            "POST /api/imports",
            "POST /api/imports/{id}/commit",
            "POST /api/imports/{id}/cancel",
            "GET /corrections",
            "POST /corrections/{id}",
            "GET /api/corrections",
            "POST /api/corrections/{id}/review")) {
      RULES.put(e, Rule.EDITORS);
    }
    for (String e :
        List.of(
            "POST /standards/rules/{id}",
            "POST /api/standards/rules/{id}",
            "POST /api/units/{code}/allocations",
            "POST /units/{code}/attributes",
            "GET /indicators/new",
            "GET /indicators/{code}/edit",
            "POST /indicators/define",
            "POST /indicators/locks",
            "POST /api/indicators",
            "POST /api/indicators/{code}/versions",
            "POST /api/locks",
            "POST /resolutions",
            "POST /resolutions/{id}/targets",
            "POST /api/resolutions",
            "POST /api/resolutions/{id}/targets")) {
      RULES.put(e, Rule.PROVINCE);
    }
    for (String e :
        List.of(
            "GET /imports",
            "GET /imports/{id}",
            "GET /imports/{id}/progress",
            "GET /api/imports",
            "GET /api/imports/{id}",
            "GET /api/imports/{id}/rows",
            "GET /api/imports/{id}/errors.xlsx",
            "GET /api/imports/{id}/file")) {
      RULES.put(e, Rule.IMPORT_READERS);
    }
    RULES.put("GET /api/imports/templates/{kind}", Rule.STAFF);
    for (String e :
        List.of(
            "GET /admin/users",
            "GET /admin/users/new",
            "GET /admin/users/{username}",
            "GET /admin/unit-search",
            "POST /admin/users",
            "POST /admin/users/{username}/access",
            "POST /admin/users/{username}/enabled",
            "POST /admin/users/{username}/name",
            "POST /admin/users/{username}/password",
            "POST /admin/users/{username}/unlock",
            "GET /api/admin/users",
            "POST /api/admin/users",
            "GET /api/admin/users/{username}",
            "PUT /api/admin/users/{username}",
            "POST /api/admin/users/{username}/password",
            "POST /api/admin/users/{username}/unlock")) {
      RULES.put(e, Rule.ADMIN);
    }
    for (String e :
        List.of(
            "GET /audit",
            "GET /audit/export.xlsx",
            "GET /audit/people/{id}/accesses",
            "POST /audit/verify",
            "GET /api/audit",
            "GET /api/audit/export.xlsx",
            "GET /api/audit/people/{id}",
            "GET /api/audit/verify")) {
      RULES.put(e, Rule.AUDITORS);
    }
    RULES.put("GET /api/backup", Rule.ADMIN);
    for (String e : List.of("POST /me/corrections", "POST /api/me/corrections")) {
      RULES.put(e, Rule.SELF);
    }
  }

  /** Served outside the rules: sign-in, errors, documentation. */
  static final Set<String> OPEN =
      Set.of("GET /login", "POST /login", "GET /error", "POST /logout", "GET /logout");

  static final Map<Role, String[]> ACCOUNTS =
      Map.of(
          Role.ADMIN, new String[] {"admin", "admin-test-password"},
          Role.PROVINCE_OFFICER, new String[] {"tinh", "demo-cbcs-2025"},
          Role.DISTRICT_OFFICER, new String[] {"huyen", "demo-cbcs-2025"},
          Role.COMMUNE_OFFICER, new String[] {"xa", "demo-cbcs-2025"},
          Role.COMMUNE_HEAD, new String[] {"chutich", "demo-cbcs-2025"},
          Role.CADRE, new String[] {"canbo", "demo-cbcs-2025"},
          Role.INSPECTOR, new String[] {"thanhtra", "demo-cbcs-2025"});

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired Visibility visibility;

  long inside;
  long outside;

  @BeforeAll
  void twoPeople() {
    inside = create("Lường Thị Trong", "01840");
    outside = create("Lường Văn Ngoài", "00004");
    visibility.linkPerson("canbo", inside);
  }

  private long create(String name, String commune) {
    ObjectNode p = person(name + " " + (System.nanoTime() % 100000), true, 1987);
    p.set(
        "assignments",
        array(assignment(commune, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    var r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  /** Endpoints that take multipart/form-data (uploads): the matrix sends them an empty form. */
  final Set<String> multipart = new java.util.HashSet<>();

  /** Every endpoint of the application as "METHOD pattern". */
  List<String> endpoints() {
    Set<String> all = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      String type = e.getValue().getBeanType().getName();
      if (!type.startsWith("vn.cbcs.")) {
        continue; // springdoc, actuator: documented and secured by configuration
      }
      Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
      for (String pattern : e.getKey().getPatternValues()) {
        boolean upload =
            e.getKey().getConsumesCondition().getConsumableMediaTypes().stream()
                .anyMatch(t -> t.getSubtype().equals("form-data"));
        for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          all.add(m.name() + " " + pattern);
          if (upload) {
            multipart.add(m.name() + " " + pattern);
          }
        }
      }
    }
    return new ArrayList<>(all);
  }

  @Test
  void everyEndpointHasARule() {
    List<String> missing = new ArrayList<>();
    for (String e : endpoints()) {
      if (!RULES.containsKey(e) && !OPEN.contains(e)) {
        missing.add(e);
      }
    }
    assertThat(missing).as("endpoints without a rule in the authorization matrix").isEmpty();
  }

  @Test
  void everyRoleGetsTheAnswerOfItsRuleInsideAndOutsideItsScope() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Role role : Role.values()) {
      Session s = new Session(port, ACCOUNTS.get(role)[0], ACCOUNTS.get(role)[1]);
      for (String e : endpoints()) {
        Rule rule = RULES.get(e);
        if (rule == null) {
          continue;
        }
        String method = e.substring(0, e.indexOf(' '));
        String pattern = e.substring(e.indexOf(' ') + 1);
        boolean allowed = rule.roles.contains(role);
        boolean form = multipart.contains(e);
        int in = s.send(method, path(pattern, true), form);
        if (in >= 500) {
          wrong.add(role + " " + e + " inside → " + in + " (a server error)");
        } else if (allowed ? (in == 401 || in == 403) : !(in == 403 || in == 404)) {
          wrong.add(role + " " + e + " inside → " + in + (allowed ? " (allowed)" : " (denied)"));
        }
        if (pattern.contains("{") && role != Role.ADMIN && !reference(pattern)) {
          int out = s.send(method, path(pattern, false), form);
          if (out != 403 && out != 404) {
            wrong.add(role + " " + e + " outside → " + out + " (must not exist for it)");
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** The map of units is reference data every user reads; its units are not scoped objects. */
  private static boolean reference(String pattern) {
    return pattern.matches("^/(api/)?units/\\{code\\}(/(predecessors|successors|versions))?$");
  }

  private String path(String pattern, boolean inside) {
    String person = String.valueOf(inside ? this.inside : this.outside);
    String unit = inside ? "01840" : "00004";
    String p =
        pattern
            .replace("{assignmentId}", "999999999")
            .replace("{kind}", "PEOPLE")
            .replace("{format}", "xlsx")
            .replace("{username}", "nobody-in-the-matrix");
    if (p.contains("people/{id}")) {
      p = p.replace("{id}", person);
    } else if (p.contains("/units/{code}")) {
      p = p.replace("{code}", unit);
    } else {
      p = p.replace("{code}", "PRO_SO_CAP_PLUS").replace("{id}", "999999999");
      if (!inside) {
        return null; // no scoped object in the path: checked once, inside
      }
    }
    return p + (p.contains("?") ? "&" : "?") + "unit=" + unit + "&asOf=2026-01-01";
  }

  /** A signed-in browser session (form login) that posts with the CSRF token, no redirects. */
  static final class Session {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private String csrf;

    Session(int port, String username, String password) throws Exception {
      base = "http://localhost:" + port;
      readCsrf("/login");
      String form =
          "username="
              + URLEncoder.encode(username, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(password, StandardCharsets.UTF_8)
              + "&_csrf="
              + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
      http.send(
          HttpRequest.newBuilder(URI.create(base + "/login"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.discarding());
      readCsrf("/me");
    }

    private void readCsrf(String path) throws Exception {
      String body =
          http.send(
                  HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher m = CSRF.matcher(body);
      if (m.find()) {
        csrf = m.group(1);
      }
    }

    int send(String method, String path, boolean multipart) throws Exception {
      if (path == null) {
        return 404;
      }
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
              .header("X-CSRF-TOKEN", csrf);
      if ("GET".equals(method)) {
        b.GET();
      } else if (multipart) {
        b.header("Content-Type", "multipart/form-data; boundary=matrix")
            .method(method, HttpRequest.BodyPublishers.ofString("--matrix--\r\n"));
      } else {
        b.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString("{}"));
      }
      return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
  }
}
