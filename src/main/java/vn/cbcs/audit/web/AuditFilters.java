package vn.cbcs.audit.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import vn.cbcs.audit.AuditQuery;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;

/** The filters of the audit pages and API, read from request parameters. */
final class AuditFilters {

  static final List<String> NAMES =
      List.of("person", "user", "unit", "from", "to", "kind", "table");
  static final List<String> KINDS =
      List.of(
          "WRITE",
          "ACCESS",
          "INSERT",
          "UPDATE",
          "DELETE",
          "TRUNCATE",
          "READ",
          "EXPORT",
          "BACKUP",
          "RESTORE",
          "VERIFY");

  private AuditFilters() {}

  static AuditQuery query(Map<String, String> params) {
    String person = params.get("person");
    Long personId = null;
    if (person != null && !person.isBlank()) {
      personId = vn.cbcs.platform.Ids.parse("person", person.trim());
    }
    String kind = params.get("kind");
    if (kind != null && !kind.isBlank() && !KINDS.contains(kind.trim())) {
      throw new BadRequestException("kind", "error.parameter.invalid", "kind", kind);
    }
    return new AuditQuery(
        personId,
        params.get("user"),
        params.get("unit"),
        date("from", params.get("from")),
        date("to", params.get("to")),
        kind,
        params.get("table"));
  }

  /** The filters as given, for the form and the paging links. */
  static Map<String, String> values(Map<String, String> params) {
    Map<String, String> values = new LinkedHashMap<>();
    NAMES.forEach(n -> values.put(n, params.getOrDefault(n, "").trim()));
    return values;
  }

  static String url(String path, Map<String, String> values, Integer page) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
    values.forEach(
        (k, v) -> {
          if (!v.isBlank()) {
            b.queryParam(k, v);
          }
        });
    if (page != null && page > 0) {
      b.queryParam("page", page);
    }
    return b.encode().build().toUriString();
  }

  private static LocalDate date(String name, String value) {
    return value == null || value.isBlank() ? null : AsOf.parseLenient(name, value);
  }
}
