package vn.cbcs.people.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.util.UriUtils;
import vn.cbcs.people.CatalogueEntry;
import vn.cbcs.people.PersonPage;
import vn.cbcs.positions.Position;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.units.Unit;

/** The person list page: filters as typed, the page of rows, the code lists for the selects. */
public record PersonListView(
    LocalDate asOf,
    Map<String, String> params,
    Unit unit,
    PersonPage page,
    List<Position> positions,
    List<CatalogueEntry> ethnicities,
    List<QualificationLevel> levels,
    Map<String, String> positionNames,
    boolean canEdit) {

  public String param(String name) {
    String v = params.get(name);
    return v == null ? "" : v;
  }

  /** This list's address with another page number. */
  public String pageLink(int page) {
    Map<String, String> p = new LinkedHashMap<>(params);
    p.put("page", String.valueOf(page));
    return "/people?"
        + p.entrySet().stream()
            .filter(e -> e.getValue() != null && !e.getValue().isBlank())
            .map(
                e ->
                    e.getKey()
                        + "="
                        + UriUtils.encodeQueryParam(
                            e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }

  public String positionName(String code) {
    return code == null ? "" : positionNames.getOrDefault(code, code);
  }
}
