package vn.cbcs.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.Role;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * The authorization matrix, generated from the application's own route list and from the one map of
 * roles to capabilities ({@link Role#capabilities()}): every endpoint × every role × a real object
 * inside the role's ground, a real object outside it, and one that does not exist, each with its
 * exact status — 403 for a capability the role lacks, 404 for no such object, 403 for an object
 * outside the ground, the route's own answer inside. The ids are also written as {@code +12},
 * {@code 0x0c}, {@code %2312} (400) and as percent-encoded digits (the same answer as plain
 * digits). An endpoint without a rule here fails the build, so a new route must say who may use it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

  /** What kind of object a route's path (or its {@code unit} parameter) names. */
  enum Kind {
    /** no scoped object: the same answer whatever the role's ground */
    NONE,
    PERSON,
    /** a post of a person ({@code /people/{id}/posts/{assignmentId}/end}: nested in its person) */
    ASSIGNMENT,
    QUALIFICATION,
    IMPORT,
    CORRECTION,
    RESOLUTION,
    JOB,
    /** a change of the map by resolution: inside = Bắc Kạn's NQ 855, outside = one in Hà Nội */
    UNIT_CHANGE,
    /** a unit whose ground is the object ({@code /units/{code}/staffing}, {@code ?unit=}) */
    UNIT,
    /** reference data named in the path: it exists (200) or not (404), for everyone allowed */
    REFERENCE,
    /** the signed-in user's own record: only an account linked to one (the cadre's) */
    OWN,
    /** an API token: one's own, or anyone's for administrators */
    TOKEN,
    /**
     * an annual evaluation: its ground is the person's commune in the year (or one's own record)
     */
    EVALUATION,
    /** a training course: its ground is its organising unit's on its first day */
    COURSE,
    /** an enrolment on a course: its ground is the person's posts on the course's first day */
    ENROLMENT,
    /** a training need added by hand: its ground is its person's posts on the day it was added */
    NEED,
    /** a recruitment round: its ground is its commune on its notice date (open, not decided) */
    ROUND,
    /** a succession plan: its ground is the plan's commune on the plan's date */
    PLAN,
    /** a planned movement: its ground is its units (to on the start, from the day before) */
    MOVEMENT,
    /** an annual training plan: its ground is its unit's on 31 December of its year */
    TRAINING_PLAN
  }

  /**
   * Who may use an endpoint (any of {@code need}; none: everyone signed in), what it names, and
   * what it answers to an allowed role on an object inside its ground.
   */
  record Rule(Set<Capability> need, Kind kind, int ok) {}

  static final Map<String, Rule> RULES = new LinkedHashMap<>();

  private static void rule(String endpoint, Kind kind, int ok, Capability... need) {
    RULES.put(endpoint, new Rule(Set.of(need), kind, ok));
  }

  static {
    Capability rr = Capability.READ_RECORDS;
    Capability own = Capability.READ_OWN_RECORD;
    Capability fig = Capability.READ_FIGURES;
    Capability edit = Capability.EDIT_RECORDS;
    // reference data and one's own account: everyone signed in
    rule("GET /", Kind.NONE, 200);
    // the work list: everyone signed in, each producer scoping the items (an empty list is 200)
    rule("GET /api/work-items", Kind.NONE, 200);
    for (String e :
        List.of(
            "GET /units",
            "GET /units/search",
            "GET /units/datasets",
            "GET /api/units",
            "GET /api/units/stats",
            "GET /api/units/datasets",
            "GET /api/catalogues/ethnicities",
            "GET /api/catalogues/religions",
            "GET /api/catalogues/qualification-levels",
            "GET /api/positions",
            "GET /account/password")) {
      rule(e, Kind.NONE, 200);
    }
    rule("GET /api/rules/retirement", Kind.NONE, 400); // without a birth date
    rule("GET /api/rules/evaluation", Kind.NONE, 400); // without a year
    rule("GET /api/rules/training-reimbursement", Kind.NONE, 400); // without a cost
    // training and fostering (issue 15)
    rule("GET /api/training/needs", Kind.UNIT, 200, rr);
    Capability train = Capability.MANAGE_TRAINING;
    rule("GET /api/training/courses", Kind.UNIT, 200, rr);
    rule("POST /api/training/courses", Kind.NONE, 400, train); // an empty course
    rule("GET /api/training/courses/{id}", Kind.COURSE, 200, rr);
    rule("POST /api/training/courses/{id}/enrolments", Kind.COURSE, 400, train); // no person
    rule("POST /api/training/enrolments/{id}/result", Kind.ENROLMENT, 400, train); // no status
    rule("GET /api/people/{id}/training", Kind.PERSON, 200, rr, own);
    rule("GET /training/needs", Kind.UNIT, 200, rr);
    rule("GET /training/courses", Kind.UNIT, 200, rr);
    rule("POST /training/courses", Kind.NONE, 302, train); // refused: back to the list
    rule("GET /training/courses/{id}", Kind.COURSE, 200, rr);
    rule("POST /training/courses/{id}/enrolments", Kind.COURSE, 302, train);
    rule("POST /training/enrolments/{id}/result", Kind.ENROLMENT, 302, train);
    rule("POST /api/training/needs", Kind.NONE, 400, train); // an empty need
    rule("POST /api/training/needs/{id}/close", Kind.NEED, 200, train); // again: no change
    rule("POST /training/needs", Kind.NONE, 302, train); // refused: back to the list
    rule("POST /training/needs/{id}/close", Kind.NEED, 302, train);
    // annual training plans (issue 15, third slice): an empty body is a 400 (an empty form the
    // page again, 302) once the capability, the plan and its ground have been checked
    rule("GET /api/training/plans", Kind.UNIT, 200, rr);
    rule("POST /api/training/plans", Kind.NONE, 400, train);
    rule("GET /api/training/plans/{id}", Kind.TRAINING_PLAN, 200, rr);
    rule("POST /api/training/plans/{id}/courses", Kind.TRAINING_PLAN, 400, train);
    rule("GET /api/training/plans/{id}/projection", Kind.TRAINING_PLAN, 200, rr);
    rule("GET /training/plans", Kind.UNIT, 200, rr);
    rule("POST /training/plans", Kind.NONE, 302, train);
    rule("GET /training/plans/{id}", Kind.TRAINING_PLAN, 200, rr);
    rule("POST /training/plans/{id}/courses", Kind.TRAINING_PLAN, 302, train);
    // the annual training report (NĐ 171/2025 Điều 39): the unit's, last year by default
    rule("GET /api/training/report", Kind.UNIT, 200, rr);
    rule("GET /training/report.xlsx", Kind.UNIT, 200, rr);
    rule("GET /training/report.pdf", Kind.UNIT, 200, rr);
    rule("GET /api/rules/recruitment-score", Kind.NONE, 400); // without a method
    rule("GET /api/units/search", Kind.NONE, 400); // without a query
    rule("POST /account/password", Kind.NONE, 200); // the form again, with its errors
    rule("POST /api/account/password", Kind.NONE, 400);
    for (String e :
        List.of(
            "GET /units/{code}",
            "GET /api/units/{code}",
            "GET /api/units/{code}/predecessors",
            "GET /api/units/{code}/successors",
            "GET /api/units/{code}/versions")) {
      rule(e, Kind.REFERENCE, 200);
    }
    // self-service
    rule("GET /me", Kind.NONE, 200, own);
    rule("GET /api/me", Kind.NONE, 200, own);
    rule("POST /me/corrections", Kind.OWN, 302, Capability.REQUEST_CORRECTIONS);
    rule("POST /api/me/corrections", Kind.OWN, 400, Capability.REQUEST_CORRECTIONS);
    // a person's record: its readers, and the cadre whose own it is
    for (String e :
        List.of(
            "GET /people/{id}",
            "GET /api/people/{id}",
            "GET /api/people/{id}/history",
            "GET /people/{id}/cv.pdf",
            "GET /people/{id}/cv.docx",
            "GET /api/people/{id}/cv.pdf",
            "GET /api/people/{id}/cv.docx",
            "GET /people/{id}/compliance",
            "GET /api/people/{id}/compliance")) {
      rule(e, Kind.PERSON, 200, rr, own);
    }
    rule("GET /people/{id}/photo", Kind.PERSON, 404, rr, own); // none uploaded
    rule("GET /api/people/{id}/photo", Kind.PERSON, 404, rr, own);
    // scanned documents: the list to readers; a missing document is 404 after the record's ground
    rule("GET /api/people/{id}/attachments", Kind.PERSON, 200, rr, own);
    rule("GET /people/{id}/attachments/{attachmentId}", Kind.PERSON, 404, rr, own);
    rule("GET /api/people/{id}/attachments/{attachmentId}", Kind.PERSON, 404, rr, own);
    // lists of people (unit in the parameters)
    for (String e :
        List.of(
            "GET /people",
            "GET /api/people",
            "GET /people/export.xlsx",
            "GET /api/people/export")) {
      rule(e, Kind.UNIT, 200, rr);
    }
    rule("GET /api/imports/templates/{kind}", Kind.NONE, 200, rr);
    // keeping the record
    rule("GET /people/new", Kind.NONE, 200, edit);
    rule("POST /people", Kind.NONE, 200, edit); // the form again, with its errors
    rule("POST /api/people", Kind.NONE, 400, edit);
    rule("GET /people/{id}/edit", Kind.PERSON, 200, edit);
    rule("GET /people/{id}/forms/{form}", Kind.PERSON, 200, edit); // a form the page loads
    rule("POST /people/{id}", Kind.PERSON, 200, edit);
    rule("PUT /api/people/{id}", Kind.PERSON, 400, edit);
    rule("POST /people/{id}/qualifications", Kind.PERSON, 200, edit);
    rule("POST /people/{id}/posts", Kind.PERSON, 200, edit);
    rule("POST /people/{id}/family", Kind.PERSON, 200, edit);
    rule("POST /people/{id}/work-history", Kind.PERSON, 200, edit);
    rule("POST /people/{id}/rewards", Kind.PERSON, 200, edit);
    rule("POST /people/{id}/disciplines", Kind.PERSON, 200, edit);
    rule("POST /people/{id}/lists/{list}/{position}/delete", Kind.PERSON, 302, edit);
    rule("POST /people/{id}/posts/{assignmentId}/end", Kind.ASSIGNMENT, 200, edit);
    rule("POST /people/{id}/photo", Kind.PERSON, 302, edit);
    rule("POST /api/people/{id}/photo", Kind.PERSON, 400, edit);
    rule("POST /people/{id}/attachments", Kind.PERSON, 200, edit); // the page with the reasons
    rule("POST /api/people/{id}/attachments", Kind.PERSON, 400, edit);
    rule("POST /people/{id}/attachments/{attachmentId}/delete", Kind.PERSON, 404, edit);
    rule("DELETE /api/people/{id}/attachments/{attachmentId}", Kind.PERSON, 404, edit);
    rule("POST /api/people/{id}/qualifications", Kind.PERSON, 400, edit);
    rule("POST /api/people/{id}/assignments", Kind.PERSON, 400, edit);
    rule("POST /api/assignments/{id}/end", Kind.ASSIGNMENT, 400, edit);
    rule("POST /api/qualifications/{id}/verification", Kind.QUALIFICATION, 400, edit);
    // corrections of the cadres' records
    rule("GET /corrections", Kind.NONE, 200, Capability.REVIEW_CORRECTIONS);
    rule("GET /api/corrections", Kind.NONE, 200, Capability.REVIEW_CORRECTIONS);
    rule("POST /corrections/{id}", Kind.CORRECTION, 302, Capability.REVIEW_CORRECTIONS);
    rule("POST /api/corrections/{id}/review", Kind.CORRECTION, 400, Capability.REVIEW_CORRECTIONS);
    // figures: standards, indicators, dashboard, resolutions, reports
    rule("GET /standards", Kind.NONE, 200, fig);
    rule("GET /standards/rules", Kind.NONE, 200, fig);
    rule("GET /api/standards/rules", Kind.NONE, 200, fig);
    rule("GET /standards/staffing", Kind.NONE, 302, fig); // to /units/{code}/staffing
    for (String e :
        List.of(
            "GET /standards/below",
            "GET /standards/below.xlsx",
            "GET /alerts",
            "GET /alerts.xlsx",
            "GET /api/alerts.xlsx",
            "GET /api/standards/below",
            "GET /api/alerts",
            "GET /dashboard",
            "GET /dashboard/trends",
            "GET /reports/quality",
            "GET /reports/quality.xlsx",
            "GET /reports/quality.pdf",
            "GET /api/reports/quality",
            "GET /units/{code}/staffing",
            "GET /api/units/{code}/staffing")) {
      rule(e, Kind.UNIT, 200, fig);
    }
    for (String e :
        List.of(
            "GET /indicators/{code}",
            "GET /api/indicators/{code}/value",
            "GET /api/indicators/{code}/people",
            "GET /indicators/{code}/people.xlsx",
            "GET /api/indicators/{code}/people.xlsx",
            "GET /api/indicators/{code}/children",
            "GET /api/indicators/{code}/series")) {
      rule(e, Kind.UNIT, 200, fig);
    }
    rule("GET /api/reported-values", Kind.UNIT, 200, fig);
    rule("GET /api/units/{code}/vacancies", Kind.UNIT, 200, fig); // a commune: its openings
    rule("GET /api/units/{code}/transition", Kind.UNIT, 200, fig); // a commune: the 2025 board
    // movements: read with READ_RECORDS, planned and approved by keepers of records (an empty
    // body is a 400 after the capability, the movement's existence and its ground)
    rule("GET /api/movements", Kind.NONE, 200, rr);
    rule("POST /api/movements", Kind.NONE, 400, edit);
    rule("GET /api/movements/{id}", Kind.MOVEMENT, 200, rr);
    rule("POST /api/movements/{id}/decision", Kind.MOVEMENT, 400, edit);
    // the return from a rotation or secondment: the matrix's movement is a planned transfer (409)
    rule("POST /api/movements/{id}/return", Kind.MOVEMENT, 409, edit);
    rule("GET /recruitment/movements", Kind.UNIT, 200, rr);
    rule("POST /recruitment/movements", Kind.NONE, 200, edit); // an empty form: its reasons
    rule("POST /recruitment/movements/{id}/decision", Kind.MOVEMENT, 200, edit); // its reasons
    rule("POST /recruitment/movements/{id}/return", Kind.MOVEMENT, 409, edit);
    rule("GET /recruitment/rounds/{id}/decision.docx", Kind.ROUND, 200, rr);
    rule("GET /recruitment/rounds/{id}/results.docx", Kind.ROUND, 200, rr);
    rule("GET /recruitment/transition", Kind.UNIT, 200, fig);
    // recruitment rounds (issue 16): read with READ_RECORDS, written with RECRUIT; an empty body
    // is a 400 after the capability, the round's existence and its ground
    rule("GET /api/recruitment/rounds", Kind.NONE, 200, rr);
    rule("POST /api/recruitment/rounds", Kind.NONE, 400, Capability.RECRUIT);
    rule("GET /api/recruitment/rounds/{id}", Kind.ROUND, 200, rr);
    rule("GET /api/recruitment/rounds/{id}/results", Kind.ROUND, 200, rr);
    rule("POST /api/recruitment/rounds/{id}/candidates", Kind.ROUND, 400, Capability.RECRUIT);
    rule("POST /api/recruitment/rounds/{id}/scores", Kind.ROUND, 400, Capability.RECRUIT);
    rule("POST /api/recruitment/rounds/{id}/decision", Kind.ROUND, 400, Capability.RECRUIT);
    rule("GET /recruitment", Kind.UNIT, 200, rr);
    rule("GET /recruitment/rounds/{id}", Kind.ROUND, 200, rr);
    rule("GET /recruitment/rounds/{id}/results.pdf", Kind.ROUND, 200, rr);
    rule("GET /recruitment/rounds/{id}/decision.pdf", Kind.ROUND, 200, rr);
    rule("POST /recruitment/rounds/{id}/decision", Kind.ROUND, 200, Capability.RECRUIT); // errors
    // the page forms: an empty form is the page again with its reasons (200)
    rule("POST /recruitment/rounds", Kind.NONE, 200, Capability.RECRUIT);
    rule("POST /recruitment/rounds/{id}/candidates", Kind.ROUND, 200, Capability.RECRUIT);
    rule("POST /recruitment/rounds/{id}/scores", Kind.ROUND, 200, Capability.RECRUIT);
    rule("GET /indicators", Kind.NONE, 200, fig);
    rule("GET /api/indicators", Kind.NONE, 200, fig);
    rule("GET /api/indicators/{code}", Kind.REFERENCE, 200, fig);
    rule("GET /api/locks", Kind.NONE, 200, fig);
    rule("GET /resolutions", Kind.NONE, 200, fig);
    rule("GET /api/resolutions", Kind.NONE, 200, fig);
    for (String e :
        List.of(
            "GET /resolutions/{id}",
            "GET /api/resolutions/{id}",
            "GET /api/resolutions/{id}/progress",
            "GET /reports/review/{id}",
            "GET /resolutions/{id}/report.docx",
            "GET /resolutions/{id}/report.pdf",
            "GET /api/resolutions/{id}/report-data")) {
      rule(e, Kind.RESOLUTION, 200, fig);
    }
    rule("GET /reports", Kind.NONE, 200, fig);
    rule("POST /reports/jobs", Kind.UNIT, 302, fig);
    rule("POST /api/reports/jobs", Kind.UNIT, 202, fig);
    for (String e :
        List.of(
            "GET /reports/jobs/{id}",
            "GET /reports/jobs/{id}/progress",
            "GET /api/reports/jobs/{id}")) {
      rule(e, Kind.JOB, 200, fig);
    }
    rule("GET /reports/jobs/{id}/file.{format}", Kind.JOB, 200, fig);
    rule("GET /api/reports/jobs/{id}/file.{format}", Kind.JOB, 200, fig);
    // the province's rules, definitions, locks and resolutions
    rule("POST /standards/rules/{id}", Kind.REFERENCE, 302, Capability.EDIT_RULES);
    rule("POST /api/standards/rules/{id}", Kind.REFERENCE, 400, Capability.EDIT_RULES);
    rule("POST /api/units/{code}/allocations", Kind.UNIT, 400, Capability.EDIT_RULES);
    rule("POST /units/{code}/attributes", Kind.UNIT, 200, Capability.EDIT_RULES);
    // changes of the map by resolution (issue 12): read by all, written by the rules' keepers of
    // the ground; an empty form is the page again with its errors, an empty body a 400
    rule("GET /units/changes", Kind.NONE, 200);
    rule("GET /api/units/changes", Kind.NONE, 200);
    rule("GET /units/changes/{id}", Kind.REFERENCE, 200);
    rule("GET /api/units/changes/{id}", Kind.REFERENCE, 200);
    rule("GET /api/units/{code}/changes", Kind.REFERENCE, 200);
    rule("GET /units/changes/new", Kind.NONE, 200, Capability.EDIT_RULES);
    rule("POST /units/changes", Kind.NONE, 200, Capability.EDIT_RULES);
    rule("POST /api/units/changes", Kind.NONE, 400, Capability.EDIT_RULES);
    rule("POST /units/changes/{id}", Kind.UNIT_CHANGE, 200, Capability.EDIT_RULES);
    rule("POST /units/changes/{id}/withdraw", Kind.UNIT_CHANGE, 200, Capability.EDIT_RULES);
    rule("PUT /api/units/changes/{id}", Kind.UNIT_CHANGE, 400, Capability.EDIT_RULES);
    rule("POST /api/units/changes/{id}/withdraw", Kind.UNIT_CHANGE, 400, Capability.EDIT_RULES);
    rule("GET /indicators/new", Kind.NONE, 200, Capability.DEFINE_INDICATORS);
    rule("GET /indicators/{code}/edit", Kind.REFERENCE, 200, Capability.DEFINE_INDICATORS);
    rule("POST /indicators/define", Kind.NONE, 200, Capability.DEFINE_INDICATORS);
    rule("POST /api/indicators", Kind.NONE, 400, Capability.DEFINE_INDICATORS);
    rule("POST /api/indicators/{code}/versions", Kind.REFERENCE, 400, Capability.DEFINE_INDICATORS);
    rule("POST /indicators/locks", Kind.UNIT, 302, Capability.LOCK_FIGURES);
    rule("POST /api/locks", Kind.UNIT, 201, Capability.LOCK_FIGURES);
    rule("POST /resolutions", Kind.NONE, 200, Capability.EDIT_RESOLUTIONS);
    rule("POST /api/resolutions", Kind.NONE, 400, Capability.EDIT_RESOLUTIONS);
    rule("POST /resolutions/{id}/targets", Kind.RESOLUTION, 302, Capability.EDIT_RESOLUTIONS);
    rule("POST /api/resolutions/{id}/targets", Kind.RESOLUTION, 400, Capability.EDIT_RESOLUTIONS);
    rule("POST /api/reported-values", Kind.NONE, 400, Capability.EDIT_RESOLUTIONS);
    // imports
    Capability imp = Capability.IMPORT;
    Capability readImports = Capability.READ_IMPORTS;
    rule("GET /imports", Kind.NONE, 200, imp, readImports);
    rule("GET /api/imports", Kind.NONE, 200, imp, readImports);
    rule("POST /imports", Kind.NONE, 200, imp); // the page again: no file
    rule("POST /api/imports", Kind.NONE, 400, imp);
    for (String e :
        List.of(
            "GET /imports/{id}",
            "GET /imports/{id}/progress",
            "GET /api/imports/{id}",
            "GET /api/imports/{id}/rows",
            "GET /api/imports/{id}/errors.xlsx",
            "GET /api/imports/{id}/file")) {
      rule(e, Kind.IMPORT, 200, imp, readImports);
    }
    rule("POST /imports/{id}/commit", Kind.IMPORT, 302, imp);
    rule("POST /imports/{id}/cancel", Kind.IMPORT, 302, imp);
    rule("POST /api/imports/{id}/commit", Kind.IMPORT, 409, imp); // a refused import
    rule("POST /api/imports/{id}/cancel", Kind.IMPORT, 200, imp);
    // the audit log
    Capability audit = Capability.READ_AUDIT;
    rule("GET /audit", Kind.NONE, 200, audit);
    rule("GET /audit/export.xlsx", Kind.NONE, 200, audit);
    rule("POST /audit/verify", Kind.NONE, 200, audit);
    rule("GET /api/audit", Kind.NONE, 200, audit);
    rule("GET /api/audit/export.xlsx", Kind.NONE, 200, audit);
    rule("GET /api/audit/verify", Kind.NONE, 200, audit);
    rule("GET /audit/people/{id}/accesses", Kind.PERSON, 200, audit);
    rule("GET /api/audit/people/{id}", Kind.PERSON, 200, audit);
    // administration
    Capability admin = Capability.ADMINISTER_USERS;
    rule("GET /admin/users", Kind.NONE, 200, admin);
    rule("GET /admin/users/new", Kind.NONE, 200, admin);
    rule("GET /admin/unit-search", Kind.NONE, 200, admin);
    rule("POST /admin/users", Kind.NONE, 200, admin);
    rule("GET /api/admin/users", Kind.NONE, 200, admin);
    rule("POST /api/admin/users", Kind.NONE, 400, admin);
    for (String e :
        List.of(
            "GET /admin/users/{username}",
            "POST /admin/users/{username}/access",
            "POST /admin/users/{username}/name",
            "POST /admin/users/{username}/password",
            "POST /admin/users/{username}/unlock",
            "GET /api/admin/users/{username}",
            "PUT /api/admin/users/{username}",
            "POST /api/admin/users/{username}/password",
            "POST /api/admin/users/{username}/unlock")) {
      rule(e, Kind.REFERENCE, e.startsWith("GET") ? 200 : e.contains("/api/") ? 400 : 200, admin);
    }
    rule("POST /admin/users/{username}/enabled", Kind.REFERENCE, 302, admin);
    // the matrix user is linked to no record: an empty form or body unlinks nothing
    rule("POST /admin/users/{username}/person", Kind.REFERENCE, 302, admin);
    rule("PUT /api/admin/users/{username}/person", Kind.REFERENCE, 204, admin);
    rule("POST /api/admin/users/{username}/unlock", Kind.REFERENCE, 204, admin);
    rule("POST /admin/users/{username}/unlock", Kind.REFERENCE, 302, admin);
    rule("PUT /api/admin/users/{username}", Kind.REFERENCE, 200, admin); // {}: nothing changes
    rule("GET /api/backup", Kind.NONE, 200, Capability.BACKUP);
    // API tokens: one's own; administrators anyone's
    rule("GET /account/tokens", Kind.NONE, 200);
    rule("POST /account/tokens", Kind.NONE, 200); // the page again, with the missing name
    rule("GET /api/account/tokens", Kind.NONE, 200);
    rule("POST /api/account/tokens", Kind.NONE, 400);
    rule("POST /account/tokens/{id}/revoke", Kind.TOKEN, 302);
    rule("DELETE /api/account/tokens/{id}", Kind.TOKEN, 200);
    rule("GET /api/admin/users/{username}/tokens", Kind.REFERENCE, 200, admin);
    rule("POST /api/admin/users/{username}/tokens", Kind.REFERENCE, 400, admin);
    rule("GET /admin/users/{username}/tokens", Kind.REFERENCE, 200, admin);
    rule("POST /admin/users/{username}/tokens", Kind.REFERENCE, 200, admin); // missing name
    // annual evaluation (issue 13): empty bodies are refused with their reasons (400) once the
    // capability, the object and its ground have been checked
    Capability self = Capability.SELF_ASSESS;
    Capability propose = Capability.PROPOSE_RATINGS;
    rule("POST /api/evaluations", Kind.NONE, 400, propose, self);
    rule("GET /api/evaluations", Kind.UNIT, 200, rr);
    rule("GET /api/evaluations/{id}", Kind.EVALUATION, 200, rr, own);
    rule("POST /api/evaluations/{id}/self-assessment", Kind.EVALUATION, 400, self, propose);
    rule("POST /api/evaluations/{id}/comment", Kind.EVALUATION, 400, propose);
    rule("POST /api/evaluations/{id}/meeting", Kind.EVALUATION, 400, propose);
    rule("POST /api/evaluations/{id}/proposal", Kind.EVALUATION, 400, propose);
    rule("POST /api/evaluations/{id}/decision", Kind.EVALUATION, 400, Capability.DECIDE_RATINGS);
    rule("POST /api/evaluations/{id}/party-opinion", Kind.EVALUATION, 400, propose);
    // a notice before the decision: refused as such (409) once who may has been checked
    rule(
        "POST /api/evaluations/{id}/notice",
        Kind.EVALUATION,
        409,
        propose,
        Capability.DECIDE_RATINGS);
    rule("GET /api/people/{id}/evaluations", Kind.PERSON, 200, rr, own);
    rule("GET /api/units/{code}/evaluations/summary", Kind.UNIT, 200, rr, fig);
    rule("GET /evaluations", Kind.UNIT, 200, rr);
    rule("GET /api/units/{code}/head-scorecard", Kind.UNIT, 200, rr);
    rule("GET /evaluations/scorecard", Kind.UNIT, 200, rr);
    // the leadership collectives (QĐ 366): an empty body is refused with its reasons
    rule("GET /api/units/{code}/collective-ratings", Kind.UNIT, 200, rr);
    rule("POST /api/units/{code}/collective-ratings", Kind.UNIT, 400, Capability.DECIDE_RATINGS);
    // the page's form: an empty form comes back as the page with its reasons (200)
    rule("POST /evaluations/scorecard/collectives", Kind.UNIT, 200, Capability.DECIDE_RATINGS);
    rule("GET /evaluations/summary.xlsx", Kind.UNIT, 200, rr, fig);
    rule("GET /evaluations/summary.pdf", Kind.UNIT, 200, rr, fig);
    rule("GET /people/{id}/evaluations", Kind.PERSON, 200, rr, own);
    // continuous tracking (NĐ 335/2025): without a year, 400 once the actor and ground are checked
    rule(
        "GET /api/people/{id}/evaluations/tracking",
        Kind.PERSON,
        400,
        propose,
        Capability.DECIDE_RATINGS,
        own);
    rule("POST /api/people/{id}/evaluations/tracking", Kind.PERSON, 400, propose);
    rule("POST /people/{id}/evaluations/tracking", Kind.PERSON, 302, propose);
    // the page's forms: an empty form comes back as the page with its reasons (200)
    rule("POST /people/{id}/evaluations", Kind.PERSON, 200, propose, self);
    rule("POST /evaluations/{id}/self-assessment", Kind.EVALUATION, 200, self, propose);
    rule("POST /evaluations/{id}/comment", Kind.EVALUATION, 200, propose);
    rule("POST /evaluations/{id}/meeting", Kind.EVALUATION, 200, propose);
    rule("POST /evaluations/{id}/proposal", Kind.EVALUATION, 200, propose);
    rule("POST /evaluations/{id}/decision", Kind.EVALUATION, 200, Capability.DECIDE_RATINGS);
    rule("POST /evaluations/{id}/party-opinion", Kind.EVALUATION, 200, propose);
    rule("POST /evaluations/{id}/notice", Kind.EVALUATION, 200, propose, Capability.DECIDE_RATINGS);
    // succession planning (issue 14): read with the records, kept by PLAN_SUCCESSION; empty
    // bodies are refused with their reasons (400) once the plan and its ground are checked
    Capability plan = Capability.PLAN_SUCCESSION;
    rule("GET /api/rules/planning-age", Kind.NONE, 400); // without a birth date
    rule("GET /api/plans", Kind.UNIT, 200, rr, plan);
    rule("POST /api/plans", Kind.NONE, 400, plan);
    rule("GET /api/plans/{id}", Kind.PLAN, 200, rr, plan);
    rule("GET /api/plans/{id}/check", Kind.PLAN, 200, rr, plan);
    rule("POST /api/plans/{id}/candidates", Kind.PLAN, 400, plan);
    rule("POST /api/plans/{id}/removals", Kind.PLAN, 400, plan);
    rule("POST /api/plans/{id}/approval", Kind.PLAN, 400, plan);
    rule("POST /api/plans/{id}/ballots", Kind.PLAN, 400, plan); // ballot steps, empty body
    rule("POST /plans/{id}/ballots", Kind.PLAN, 200, plan); // the plan again, with the reasons
    rule("GET /api/units/{code}/succession", Kind.UNIT, 200, rr, plan);
    rule("GET /plans", Kind.UNIT, 200, rr, plan);
    rule("GET /plans/{id}", Kind.PLAN, 200, rr, plan);
    rule("POST /plans", Kind.NONE, 200, plan); // the list again, with the reasons
    rule("POST /plans/{id}/candidates", Kind.PLAN, 200, plan); // the plan again, with the reasons
    rule("GET /api/units/{code}/bench", Kind.UNIT, 200, rr, plan);
    rule("GET /api/units/{code}/projection", Kind.UNIT, 200, rr, plan);
    rule("GET /plans/bench", Kind.UNIT, 200, rr, plan);
    rule("GET /plans/{id}/list.docx", Kind.PLAN, 200, rr, plan);
    rule("GET /plans/{id}/list.pdf", Kind.PLAN, 200, rr, plan);
    rule("GET /plans/{id}/candidates.xlsx", Kind.PLAN, 200, rr, plan);
    rule("GET /plans/{id}/reviews/{year}/report.docx", Kind.PLAN, 404, rr, plan);
    rule("GET /plans/{id}/reviews/{year}/report.pdf", Kind.PLAN, 404, rr, plan);
    // the matrix's plans are drafts: a review is refused with its reasons (400 / the plan page
    // again), and the review of {year} (2026) does not exist inside the ground (404)
    rule("POST /api/plans/{id}/reviews", Kind.PLAN, 400, plan);
    rule("POST /plans/{id}/reviews", Kind.PLAN, 200, plan);
    rule("GET /api/plans/{id}/reviews/{year}", Kind.PLAN, 404, rr, plan);
    rule("GET /plans/{id}/reviews/{year}", Kind.PLAN, 404, rr, plan);
    rule("POST /api/plans/{id}/reviews/{year}/decisions", Kind.PLAN, 404, plan);
    rule("POST /plans/{id}/reviews/{year}/decisions", Kind.PLAN, 404, plan);
  }

  /** Served outside the rules: sign-in, errors, documentation. */
  static final Set<String> OPEN =
      Set.of("GET /login", "POST /login", "GET /error", "POST /logout", "GET /logout");

  static final Map<Role, String> ACCOUNTS = new EnumMap<>(Role.class);

  static {
    ACCOUNTS.put(Role.ADMIN, "admin");
    ACCOUNTS.put(Role.PROVINCE_OFFICER, "tinh");
    ACCOUNTS.put(Role.DISTRICT_OFFICER, "huyen");
    ACCOUNTS.put(Role.COMMUNE_OFFICER, "xa");
    ACCOUNTS.put(Role.COMMUNE_HEAD, "chutich");
    ACCOUNTS.put(Role.CADRE, "canbo");
    ACCOUNTS.put(Role.INSPECTOR, "thanhtra");
  }

  static final String DUC_XUAN = "01840";
  static final String BA_DINH = "00004";
  static final String MISSING_ID = "987654321";
  static final String AS_OF = "2026-01-01";

  /** The district officer works on the map before the reform (its district ended on 30-6-2025). */
  static String asOf(Role role) {
    return role == Role.DISTRICT_OFFICER ? "2025-01-01" : AS_OF;
  }

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired Visibility visibility;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  /** The objects of each role's ground, and the ones outside every ground but the admin's. */
  final Map<Role, Map<Kind, String>> inside = new EnumMap<>(Role.class);

  final Map<Kind, String> outside = new EnumMap<>(Kind.class);
  final Map<Role, Session> sessions = new EnumMap<>(Role.class);
  String choDon;
  String matrixUser;

  @BeforeAll
  void objects() throws Exception {
    Api admin = Api.admin(port);
    LocalDate lastDay = LocalDate.of(2025, 6, 30);
    Unit district = units.nearest("064", lastDay).orElseThrow();
    choDon = units.communesUnder(district, lastDay).get(0).code();
    long pIn = create("Lường Thị Trong", DUC_XUAN, "2025-07-01", null);
    long pCd = create("Ma Văn Đồn", choDon, "2020-01-01", "2025-06-30");
    long pOut = create("Lường Văn Ngoài", BA_DINH, "2025-07-01", null);
    visibility.linkPerson("canbo", pIn);
    String cadreCd = TestUsers.create(port, "canbocd", "CADRE", choDon);
    visibility.linkPerson(cadreCd, pCd);
    String cadreHn = TestUsers.create(port, "canbohn", "CADRE", BA_DINH);
    visibility.linkPerson(cadreHn, pOut);
    String officerHn = TestUsers.create(port, "xahn", "COMMUNE_OFFICER", BA_DINH);
    matrixUser = TestUsers.create(port, "matrix", "COMMUNE_OFFICER", DUC_XUAN);

    Map<Kind, String> in = objectsOf(pIn, "19", DUC_XUAN, AS_OF);
    Map<Kind, String> cd = objectsOf(pCd, choDon, choDon, "2020-01-01");
    Map<Kind, String> out = objectsOf(pOut, "01", BA_DINH, AS_OF);
    in.put(Kind.MOVEMENT, movement(pIn, DUC_XUAN, AS_OF));
    cd.put(Kind.MOVEMENT, movement(pCd, choDon, "2020-01-02"));
    out.put(Kind.MOVEMENT, movement(pOut, BA_DINH, AS_OF));
    in.put(Kind.ROUND, recruitmentRound(DUC_XUAN));
    cd.put(Kind.ROUND, historicRound(choDon));
    out.put(Kind.ROUND, recruitmentRound(BA_DINH));
    in.put(Kind.EVALUATION, evaluation(pIn, 2025));
    in.put(Kind.PLAN, plan(DUC_XUAN, AS_OF, 2026, "2031-03-01"));
    cd.put(Kind.PLAN, plan(choDon, "2024-06-01", 2020, "2020-07-01"));
    out.put(Kind.PLAN, plan(BA_DINH, AS_OF, 2026, "2031-03-01"));
    in.put(Kind.TRAINING_PLAN, trainingPlan(DUC_XUAN, 2041));
    cd.put(Kind.TRAINING_PLAN, trainingPlan(choDon, 2019));
    out.put(Kind.TRAINING_PLAN, trainingPlan(BA_DINH, 2041));
    cd.put(Kind.EVALUATION, evaluation(pCd, 2024));
    out.put(Kind.EVALUATION, evaluation(pOut, 2025));
    in.put(Kind.COURSE, course(DUC_XUAN, "2026-01-05"));
    cd.put(Kind.COURSE, course(choDon, "2020-01-06"));
    out.put(Kind.COURSE, course(BA_DINH, "2026-01-05"));
    in.put(Kind.ENROLMENT, enrolment(in.get(Kind.COURSE), pIn));
    cd.put(Kind.ENROLMENT, enrolment(cd.get(Kind.COURSE), pCd));
    out.put(Kind.ENROLMENT, enrolment(out.get(Kind.COURSE), pOut));
    in.put(Kind.NEED, need(pIn, null));
    cd.put(Kind.NEED, need(pCd, "2024-06-01"));
    out.put(Kind.NEED, need(pOut, null));
    in.put(Kind.CORRECTION, correction("canbo", "demo-cbcs-2025"));
    cd.put(Kind.CORRECTION, correction(cadreCd, TestUsers.PASSWORD));
    out.put(Kind.CORRECTION, correction(cadreHn, TestUsers.PASSWORD));
    String xaImport = upload("xa", "demo-cbcs-2025");
    out.put(Kind.IMPORT, upload(officerHn, TestUsers.PASSWORD));
    outside.putAll(out);
    String nq855 = nq855();
    in.put(Kind.UNIT_CHANGE, nq855);
    cd.put(Kind.UNIT_CHANGE, nq855);
    outside.put(Kind.UNIT_CHANGE, changeInHanoi());

    for (Role role : Role.values()) {
      Map<Kind, String> mine = new EnumMap<>(role == Role.DISTRICT_OFFICER ? cd : in);
      if (role == Role.COMMUNE_OFFICER || role == Role.COMMUNE_HEAD || role == Role.CADRE) {
        mine.put(Kind.RESOLUTION, resolution(DUC_XUAN, AS_OF));
      }
      mine.put(Kind.IMPORT, xaImport);
      sessions.put(role, new Session(port, ACCOUNTS.get(role), password(role)));
      inside.put(role, mine);
    }
    for (Role role : List.of(Role.ADMIN, Role.PROVINCE_OFFICER, Role.DISTRICT_OFFICER)) {
      inside.get(role).put(Kind.IMPORT, upload(ACCOUNTS.get(role), password(role)));
    }
    for (Role role : Role.values()) {
      if (role.capabilities().contains(Capability.READ_FIGURES)) {
        inside
            .get(role)
            .put(Kind.JOB, job(ACCOUNTS.get(role), password(role), inside.get(role), asOf(role)));
      }
    }
    outside.put(Kind.JOB, job(matrixUser, TestUsers.PASSWORD, in, AS_OF));
    for (Role role : Role.values()) {
      inside.get(role).put(Kind.TOKEN, token(ACCOUNTS.get(role), password(role)));
    }
    outside.put(Kind.TOKEN, token(matrixUser, TestUsers.PASSWORD));
    assertThat(admin.get("/api/people/" + pOut).status()).isEqualTo(200);
  }

  private static String password(Role role) {
    return role == Role.ADMIN ? "admin-test-password" : "demo-cbcs-2025";
  }

  /** A person with a post and a qualification, and a resolution of the unit. */
  private Map<Kind, String> objectsOf(
      long person, String resolutionUnit, String commune, String issuedOn) {
    Map<Kind, String> m = new EnumMap<>(Kind.class);
    m.put(Kind.PERSON, String.valueOf(person));
    m.put(
        Kind.ASSIGNMENT,
        String.valueOf(
            jdbc.sql("SELECT min(id) FROM assignment WHERE person_id = ?")
                .param(person)
                .query(Long.class)
                .single()));
    var q =
        Api.admin(port)
            .post(
                "/api/people/" + person + "/qualifications",
                qualification("PROFESSIONAL", "DAI_HOC", "2010-06-30"));
    assertThat(q.status()).as(q.body()).isEqualTo(201);
    m.put(Kind.QUALIFICATION, q.json().get("id").asString());
    m.put(Kind.RESOLUTION, resolution(resolutionUnit, issuedOn));
    m.put(Kind.UNIT, commune);
    return m;
  }

  private long create(String name, String commune, String from, String to) {
    ObjectNode p = person(name + " " + (System.nanoTime() % 100000), true, 1987);
    String post = to == null ? "VTVL_VP_HANH_CHINH_TONG_HOP" : "VAN_PHONG_THONG_KE";
    p.set("assignments", array(assignment(commune, post, from, to)));
    var r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  /** A job-position fostering course organised by a commune, recorded by the administrator. */
  private String course(String unit, String startsOn) {
    Map<String, Object> c = new java.util.HashMap<>();
    c.put("kind", "JOB_POSITION");
    c.put("name", "Bồi dưỡng theo vị trí việc làm (ma trận)");
    c.put("provider", "UBND xã");
    c.put("unitCode", unit);
    c.put("startsOn", startsOn);
    c.put("endsOn", startsOn);
    c.put("periods", 40);
    c.put("funding", "UNIT");
    var r = Api.admin(port).post("/api/training/courses", c);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  /** A person enrolled on a course by the administrator. */
  private String enrolment(String course, long person) {
    var r =
        Api.admin(port)
            .post(
                "/api/training/courses/" + course + "/enrolments",
                Map.of("personId", String.valueOf(person)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  /** A planned transfer within a commune, written as a row (the matrix only reads and refuses). */
  private String movement(long person, String unit, String from) {
    return String.valueOf(
        jdbc.sql(
                "INSERT INTO movement (person_id, kind, from_unit, to_unit, position_code,"
                    + " from_date, reason, created_by) VALUES (?, 'TRANSFER', ?, ?,"
                    + " 'VTVL_VHXH_Y_TE', CAST(? AS date), 'Ma trận phân quyền', 'matrix')"
                    + " RETURNING id")
            .params(person, unit, unit, from)
            .query(Long.class)
            .single());
  }

  /**
   * A training need added by hand: today by the administrator, or on an earlier day (a person whose
   * posts have ended: the district officer's ground) as a row.
   */
  private String need(long person, String addedOn) {
    if (addedOn != null) {
      return String.valueOf(
          jdbc.sql(
                  "INSERT INTO training_need (person_id, course_kind, reason, added_on, added_by)"
                      + " VALUES (?, 'DIGITAL', 'Ma trận phân quyền', CAST(? AS date), 'matrix')"
                      + " RETURNING id")
              .param(person)
              .param(addedOn)
              .query(Long.class)
              .single());
    }
    var r =
        Api.admin(port)
            .post(
                "/api/training/needs",
                Map.of(
                    "personId",
                    String.valueOf(person),
                    "courseKind",
                    "DIGITAL",
                    "reason",
                    "Ma trận phân quyền"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  /** An open recruitment round of a commune, opened by the administrator (NĐ 170/2025 dates). */
  private String recruitmentRound(String commune) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("unitCode", commune);
    r.put("title", "Kỳ tuyển dụng của ma trận phân quyền");
    r.put("method", "SELECTION");
    r.put("planNumber", "1/KH");
    r.put("planDate", "2026-03-01");
    r.put("planIssuer", "UBND tỉnh");
    r.put("noticeDate", "2026-03-10");
    r.put("applicationsClose", "2026-04-09");
    r.put("positions", List.of(Map.of("positionCode", "VTVL_VHXH_Y_TE", "seats", 1)));
    var res = Api.admin(port).post("/api/recruitment/rounds", r);
    assertThat(res.status()).as(res.body()).isEqualTo(201);
    return res.json().get("id").asString();
  }

  /**
   * A round of a commune before the reform (the district officer's ground): recorded history, so
   * written as a row — the service opens rounds under the rules encoded, from 1-7-2025.
   */
  private String historicRound(String commune) {
    return String.valueOf(
        jdbc.sql(
                "INSERT INTO recruitment_round (unit_code, title, method, plan_number, plan_date,"
                    + " plan_issuer, notice_date, applications_close, created_by) VALUES (?,"
                    + " 'Kỳ tuyển dụng 2024', 'EXAM', '2/KH', DATE '2024-03-01', 'UBND huyện',"
                    + " DATE '2024-03-10', DATE '2024-04-09', 'matrix') RETURNING id")
            .param(commune)
            .query(Long.class)
            .single());
  }

  /** The state evaluation of a person for a year, opened by the administrator. */
  private String evaluation(long person, int year) {
    var r =
        Api.admin(port)
            .post("/api/evaluations", Map.of("personId", String.valueOf(person), "year", year));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  /** A draft succession plan of a commune, created by the administrator. */
  private String plan(String unit, String planDate, int termFrom, String referenceDate) {
    var r =
        Api.admin(port)
            .post(
                "/api/plans",
                Map.of(
                    "unitCode",
                    unit,
                    "bodyKind",
                    "PEOPLES_COMMITTEE",
                    "termFrom",
                    termFrom,
                    "planDate",
                    planDate,
                    "referenceDate",
                    referenceDate));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  /** An annual training plan without courses, recorded by the administrator. */
  private String trainingPlan(String unit, int year) {
    var r =
        Api.admin(port)
            .post(
                "/api/training/plans",
                Map.of("unitCode", unit, "year", year, "title", "Kế hoạch của ma trận " + year));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  private String resolution(String unit, String issuedOn) {
    var r =
        Api.admin(port)
            .post(
                "/api/resolutions",
                Map.of(
                    "number",
                    "M" + (System.nanoTime() % 1_000_000) + "-NQ/MT",
                    "title",
                    "Nghị quyết thử của ma trận phân quyền",
                    "issuer",
                    "Ban Chấp hành thử",
                    "issuedOn",
                    issuedOn,
                    "unit",
                    unit));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  private String correction(String user, String password) {
    var r =
        new Api(port, user, password)
            .post(
                "/api/me/corrections",
                Map.of("field", "phone", "proposedValue", "0209 999 999", "reason", "Số mới"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  /** An import of the (empty) template by the user: refused for want of rows, but kept. */
  private String upload(String user, String password) throws Exception {
    Api api = new Api(port, user, password);
    byte[] template = api.download("/api/imports/templates/PEOPLE").bytes();
    var r = api.upload("/api/imports?kind=PEOPLE", "file", "mau.xlsx", template);
    assertThat(r.status()).as(r.body()).isIn(200, 422);
    return r.json().get("id").asString();
  }

  /** A quality report of the user's unit, waited for until its files are ready. */
  private String job(String user, String password, Map<Kind, String> of, String asOf)
      throws InterruptedException {
    Api api = new Api(port, user, password);
    var r =
        api.post(
            "/api/reports/jobs",
            Map.of("type", "quality", "unit", of.get(Kind.UNIT), "asOf", asOf));
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    String id = r.json().get("id").asString();
    long deadline = System.currentTimeMillis() + 60_000;
    while (!"DONE".equals(api.get("/api/reports/jobs/" + id).json().get("status").asString())) {
      assertThat(System.currentTimeMillis()).as("report " + id).isLessThan(deadline);
      Thread.sleep(100);
    }
    return id;
  }

  private String token(String user, String password) {
    var r =
        new Api(port, user, password)
            .post("/api/account/tokens", Map.of("name", "ma trận " + user, "days", 1));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("token").get("id").asString();
  }

  /** Endpoints that take multipart/form-data (uploads): the matrix sends them an empty form. */
  final Set<String> multipart = new HashSet<>();

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

  /** Where the object of a request lies for the role sending it. */
  enum Where {
    INSIDE,
    OUTSIDE,
    MISSING
  }

  @Test
  void everyRoleGetsTheExactAnswerInsideOutsideAndForNoSuchObject() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Role role : Role.values()) {
      Session s = sessions.get(role);
      for (String e : endpoints()) {
        Rule rule = RULES.get(e);
        if (rule == null) {
          continue;
        }
        for (Where where : wheres(rule)) {
          String path = path(e, rule, role, where, null);
          int expected = expected(role, rule, where);
          int got = s.send(method(e), path, multipart.contains(e), body(e, role, where));
          if (got != expected) {
            wrong.add(
                role + " " + e + " " + where + " " + path + " → " + got + ", not " + expected);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * A numeric id written otherwise: signs, hexadecimal and an encoded "#" are 400 whoever asks;
   * percent-encoded digits are the same id, with the same answer as when written plainly.
   */
  @Test
  void idsWrittenOtherwiseAreRefusedOrTheSameId() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Role role : List.of(Role.ADMIN, Role.COMMUNE_OFFICER, Role.COMMUNE_HEAD)) {
      Session s = sessions.get(role);
      for (String e : endpoints()) {
        Rule rule = RULES.get(e);
        if (rule == null || !numeric(rule.kind()) || !e.contains("{id}")) {
          continue;
        }
        for (Where where : List.of(Where.INSIDE, Where.OUTSIDE)) {
          if (where == Where.OUTSIDE && role == Role.ADMIN) {
            continue;
          }
          String id = object(role, rule.kind(), where);
          long n = Long.parseLong(id);
          Map<String, Integer> forms = new LinkedHashMap<>();
          forms.put("%2B" + id, 400);
          forms.put("0x" + Long.toHexString(n), 400);
          forms.put("%23" + Long.toHexString(n), 400);
          forms.put("%20" + id, 400);
          forms.put("12345678901234567890", 400);
          StringBuilder encoded = new StringBuilder();
          for (char c : id.toCharArray()) {
            encoded.append("%3").append(c);
          }
          forms.put(encoded.toString(), expected(role, rule, where));
          for (var form : forms.entrySet()) {
            String path = path(e, rule, role, where, form.getKey());
            int got = s.send(method(e), path, multipart.contains(e), body(e, role, where));
            if (got != form.getValue()) {
              wrong.add(
                  role
                      + " "
                      + e
                      + " "
                      + where
                      + " "
                      + path
                      + " → "
                      + got
                      + ", not "
                      + form.getValue());
            }
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aPostOfAnotherPersonIsNotFoundUnderOnesOwnRecord() throws Exception {
    for (Role role : List.of(Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER)) {
      String mine = inside.get(role).get(Kind.PERSON);
      String theirs = outside.get(Kind.ASSIGNMENT);
      int got =
          sessions
              .get(role)
              .send("POST", "/people/" + mine + "/posts/" + theirs + "/end", false, null);
      assertThat(got).as(role + ": the post is not the person's").isEqualTo(404);
    }
  }

  private static boolean numeric(Kind kind) {
    return switch (kind) {
      case PERSON,
          ASSIGNMENT,
          QUALIFICATION,
          IMPORT,
          CORRECTION,
          RESOLUTION,
          TOKEN,
          UNIT_CHANGE,
          EVALUATION,
          COURSE,
          ENROLMENT,
          NEED,
          ROUND,
          PLAN,
          TRAINING_PLAN ->
          true;
      default -> false;
    };
  }

  private static List<Where> wheres(Rule rule) {
    return switch (rule.kind()) {
      case NONE, OWN -> List.of(Where.INSIDE);
      case REFERENCE -> List.of(Where.INSIDE, Where.MISSING);
      default -> List.of(Where.INSIDE, Where.OUTSIDE, Where.MISSING);
    };
  }

  /** The answer a role must get: capability first, then existence, then the ground. */
  private static int expected(Role role, Rule rule, Where where) {
    if (!rule.need().isEmpty() && rule.need().stream().noneMatch(role.capabilities()::contains)) {
      return 403;
    }
    if (rule.kind() == Kind.OWN && role != Role.CADRE) {
      return 403; // no record linked to the account
    }
    if (where == Where.MISSING) {
      return 404;
    }
    boolean unrestricted =
        role == Role.ADMIN; // (for tokens: administrators manage anyone's, the others only theirs)
    if (where == Where.OUTSIDE && (!unrestricted || rule.kind() == Kind.JOB)) {
      return 403;
    }
    return rule.ok();
  }

  private String object(Role role, Kind kind, Where where) {
    return switch (where) {
      // a role without the capability has no object of its own: any will be refused
      case INSIDE -> inside.get(role).getOrDefault(kind, outside.get(kind));
      case OUTSIDE -> outside.get(kind);
      case MISSING -> kind == Kind.UNIT ? "99999" : kind == Kind.JOB ? "no-such-job" : MISSING_ID;
    };
  }

  private static String method(String endpoint) {
    return endpoint.substring(0, endpoint.indexOf(' '));
  }

  /** The path of an endpoint for a role and an object; {@code idForm} writes the id otherwise. */
  private String path(String endpoint, Rule rule, Role role, Where where, String idForm) {
    String p = endpoint.substring(endpoint.indexOf(' ') + 1);
    Kind kind = rule.kind();
    String id =
        switch (kind) {
          case NONE, OWN, UNIT, REFERENCE -> null;
          default -> object(role, kind, where);
        };
    if (idForm != null) {
      id = idForm;
    }
    if (kind == Kind.ASSIGNMENT && p.contains("{assignmentId}")) {
      String person =
          where == Where.MISSING
              ? inside.get(role).get(Kind.PERSON)
              : object(role, Kind.PERSON, where);
      p = p.replace("{id}", person).replace("{assignmentId}", id);
    } else if (id != null) {
      p = p.replace("{id}", id);
    }
    String unit =
        kind == Kind.UNIT ? object(role, Kind.UNIT, where) : inside.get(role).get(Kind.UNIT);
    if (kind == Kind.REFERENCE) {
      String ref = where == Where.MISSING ? "NO_SUCH" : null;
      p =
          p.replace("{code}", ref != null ? "99999" : DUC_XUAN)
              .replace("{username}", ref != null ? "nobody-in-the-matrix" : matrixUser)
              .replace(
                  "{id}",
                  ref != null
                      ? MISSING_ID
                      : p.contains("/changes/")
                          ? inside.get(role).get(Kind.UNIT_CHANGE)
                          : ruleId());
      if (p.contains("indicators/99999")) {
        p = p.replace("indicators/99999", "indicators/NO_SUCH_INDICATOR");
      } else if (p.contains("indicators/" + DUC_XUAN)) {
        p = p.replace("indicators/" + DUC_XUAN, "indicators/PRO_SO_CAP_PLUS");
      }
    }
    p =
        p.replace("{kind}", "PEOPLE")
            .replace("{list}", "family")
            .replace("{form}", "post")
            .replace("{position}", "1")
            .replace("{attachmentId}", MISSING_ID)
            .replace("{format}", "xlsx")
            .replace("{year}", "2026")
            .replace("/indicators/{code}", "/indicators/PRO_SO_CAP_PLUS")
            .replace("{code}", unit)
            .replace("{username}", matrixUser);
    String query = "unit=" + unit + "&asOf=" + asOf(role);
    if (p.endsWith("/series")) {
      query += "&from=2024-12-31&to=" + asOf(role);
    }
    if (p.equals("/standards/staffing")) {
      query = "unit=" + unit;
    }
    return p + (p.contains("?") ? "&" : "?") + query;
  }

  /** The first change of NQ 855/NQ-UBTVQH14 (Bắc Kạn, shipped): inside Thái Nguyên's ground. */
  private String nq855() {
    return String.valueOf(
        jdbc.sql(
                "SELECT min(chain_id) FROM unit_change WHERE resolution_number = '855/NQ-UBTVQH14'")
            .query(Long.class)
            .single());
  }

  /**
   * A change outside every ground but the admin's: a renaming of a Hà Nội ward before 2011, which
   * no other test looks at (recorded once per run).
   */
  private String changeInHanoi() {
    var existing =
        jdbc.sql(
                "SELECT chain_id FROM unit_change WHERE resolution_number = '1-MATRIX/NQ-UBTVQH12'"
                    + " AND superseded_at IS NULL")
            .query(Long.class)
            .optional();
    if (existing.isPresent()) {
      return existing.get().toString();
    }
    var r =
        Api.admin(port)
            .post(
                "/api/units/changes",
                Map.of(
                    "resolutionNumber",
                    "1-MATRIX/NQ-UBTVQH12",
                    "resolutionDate",
                    "2009-12-01",
                    "effectiveDate",
                    "2010-01-01",
                    "kind",
                    "RENAMED",
                    "predecessors",
                    List.of(
                        Map.of("code", "00004", "fullName", "Phường Ma Trận", "parentCode", "001")),
                    "successors",
                    List.of(Map.of("code", "00004"))));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asString();
  }

  private String ruleId() {
    return String.valueOf(
        jdbc.sql("SELECT min(id) FROM standard_rule WHERE superseded_at IS NULL")
            .query(Long.class)
            .single());
  }

  /** The body of a write: empty, except where the unit is the object (jobs, locks). */
  private String body(String endpoint, Role role, Where where) {
    String unit =
        RULES.get(endpoint).kind() == Kind.UNIT
            ? object(role, Kind.UNIT, where)
            : inside.get(role).get(Kind.UNIT);
    String asOf = asOf(role);
    // each role locks a date of its own, so that every allowed lock is a new one
    String lockDay = LocalDate.parse(asOf).plusDays(1 + role.ordinal()).toString();
    return switch (endpoint) {
      case "POST /api/reports/jobs" ->
          "{\"type\":\"quality\",\"unit\":\"" + unit + "\",\"asOf\":\"" + asOf + "\"}";
      case "POST /reports/jobs" -> "type=quality&unit=" + unit + "&asOf=" + asOf;
      case "POST /api/locks" -> "{\"unit\":\"" + unit + "\",\"asOf\":\"" + lockDay + "\"}";
      case "POST /indicators/locks" -> "unit=" + unit + "&asOf=" + lockDay;
      default -> null;
    };
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
      readCsrf("/account/password");
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

    int send(String method, String path, boolean multipart, String body) throws Exception {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + path))
              .header(
                  "Accept",
                  path.startsWith("/api/") || path.startsWith("/dashboard/trends")
                      ? "application/json"
                      : "text/html")
              .header("X-CSRF-TOKEN", csrf);
      if ("GET".equals(method)) {
        b.GET();
      } else if (multipart) {
        b.header("Content-Type", "multipart/form-data; boundary=matrix")
            .method(method, HttpRequest.BodyPublishers.ofString("--matrix--\r\n"));
      } else if (path.startsWith("/api/")) {
        b.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "{}" : body));
      } else {
        b.header("Content-Type", "application/x-www-form-urlencoded")
            .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
      }
      return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
  }
}
