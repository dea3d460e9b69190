package vn.cbcs.importexport.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.cbcs.audit.AuditLog;
import vn.cbcs.audit.ReadKind;
import vn.cbcs.importexport.PeopleExport;
import vn.cbcs.people.AgeBand;
import vn.cbcs.people.PersonFilter;
import vn.cbcs.people.Sex;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.qualifications.Track;

/**
 * A person list to xlsx with the filters of {@code GET /api/people} and of the {@code /people} page
 * (the page's "Xuất Excel" button links here with its filters).
 */
@RestController
@Tag(name = "Xuất Excel / Excel export")
class ExportController {

  private final PeopleExport export;
  private final AuditLog audit;

  ExportController(PeopleExport export, AuditLog audit) {
    this.export = export;
    this.audit = audit;
  }

  @GetMapping({"/api/people/export", "/people/export.xlsx"})
  @Operation(
      summary = "The person list as xlsx with the headers of the people template",
      description =
          "Same filters as GET /api/people: unit, q, asOf, position, sex, ethnicity,"
              + " ageBand, party, track & minLevel.")
  ResponseEntity<StreamingResponseBody> export(@RequestParam Map<String, String> p, Actor actor) {
    actor.require(Capability.READ_RECORDS);
    LocalDate asOf = AsOf.parseLenient("asOf", p.get("asOf"));
    PersonFilter filter = filter(asOf, p);
    String ascii =
        "can-bo-" + (filter.unitCode() == null ? "" : filter.unitCode() + "-") + asOf + ".xlsx";
    String name =
        "Danh sách cán bộ"
            + (filter.unitCode() == null ? "" : " " + filter.unitCode())
            + " - "
            + asOf
            + ".xlsx";
    export.check(filter, actor);
    audit.exported(
        ReadKind.PEOPLE_EXPORT, filter.toString(), !actor.can(Capability.SEE_SENSITIVE), actor);
    return Downloads.xlsx(ascii, name, out -> export.write(filter, out, actor));
  }

  static PersonFilter filter(LocalDate asOf, Map<String, String> p) {
    Track track = parse(Track.class, "track", p.get("track"));
    String minLevel =
        blank(p.get("minLevel")) ? null : p.get("minLevel").trim().toUpperCase(Locale.ROOT);
    if (track != null && minLevel == null) {
      throw new BadRequestException("minLevel", "error.parameter.missing", "minLevel");
    }
    String party = p.get("party");
    return new PersonFilter(
        asOf,
        trim(p.get("unit")),
        blank(p.get("q")) ? null : p.get("q"),
        trim(p.get("position")),
        trim(p.get("ethnicity")),
        parse(Sex.class, "sex", p.get("sex")),
        parse(AgeBand.class, "ageBand", p.get("ageBand")),
        "true".equals(party) ? Boolean.TRUE : "false".equals(party) ? Boolean.FALSE : null,
        track,
        minLevel);
  }

  private static String trim(String s) {
    return blank(s) ? null : s.trim();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(name, "error.parameter.invalid", name, value);
    }
  }
}
