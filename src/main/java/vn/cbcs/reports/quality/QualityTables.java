package vn.cbcs.reports.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.indicators.Indicators;
import vn.cbcs.indicators.PersonProfile;
import vn.cbcs.indicators.PopulationProfiles;
import vn.cbcs.platform.Actor;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.reports.docs.Letterheads;
import vn.cbcs.reports.jobs.Progress;
import vn.cbcs.units.Unit;

/**
 * Computes "Số lượng, chất lượng cán bộ, công chức cấp xã" for a unit and date: the people the
 * indicators count (in a commune post on the date, each once, in the commune of their main post),
 * cross-tabulated by the columns of {@link QualityColumns}, one row per child unit of the scope as
 * the indicators split it (communes of a district; districts or communes of a province; provinces
 * of the country; for a former unit, the units of the date that cover it).
 */
@Service
public class QualityTables {

  private final Indicators indicators;
  private final PopulationProfiles population;
  private final PositionCatalogue positions;
  private final Qualifications qualifications;
  private final Letterheads letterheads;

  QualityTables(
      Indicators indicators,
      PopulationProfiles population,
      PositionCatalogue positions,
      Qualifications qualifications,
      Letterheads letterheads) {
    this.indicators = indicators;
    this.population = population;
    this.positions = positions;
    this.qualifications = qualifications;
    this.letterheads = letterheads;
  }

  /** The scope of a unit (blank: the country) as of a date, as the indicators resolve it. */
  public IndicatorScope scope(String unitCode, LocalDate asOf, LocalDate unitOn, Actor actor) {
    return indicators.scope(unitCode, asOf, unitOn, actor);
  }

  public QualityTable table(String unitCode, LocalDate asOf, LocalDate unitOn, Actor actor) {
    return table(scope(unitCode, asOf, unitOn, actor), Progress.NONE, actor);
  }

  /** The table of a scope in the actor's ground (403 otherwise). */
  public QualityTable table(IndicatorScope scope, Progress progress, Actor actor) {
    progress.update(5, "report.progress.loading");
    List<PersonProfile> people = population.people(scope, actor);
    progress.update(50, "report.progress.counting");
    List<QualityColumn> columns = new QualityColumns(qualifications).all();
    Map<String, String> categories = categories(scope.asOf());
    Map<String, Unit> childOf = indicators.childOfCommune(scope);
    Map<String, Unit> children = new TreeMap<>();
    childOf.values().forEach(u -> children.putIfAbsent(u.code(), u));
    if (children.isEmpty() && !scope.national()) {
      children.put(scope.unit().code(), scope.unit()); // a commune: one row, itself
    }
    Map<String, long[]> counts = new LinkedHashMap<>();
    children.keySet().forEach(c -> counts.put(c, new long[columns.size()]));
    long[] total = new long[columns.size()];
    long synthetic = 0;
    for (PersonProfile p : people) {
      Unit child = childOf.isEmpty() ? scope.unit() : childOf.get(p.communeCode());
      if (child == null) {
        continue; // not in the scope's split (cannot happen for a loaded commune)
      }
      long[] row = counts.get(child.code());
      QualityColumns.Person person =
          new QualityColumns.Person(p, scope.asOf(), categories.get(p.positionCode()));
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).counts().test(person)) {
          row[i]++;
          total[i]++;
        }
      }
      if (p.synthetic()) {
        synthetic++;
      }
    }
    List<QualityTable.Row> rows = new ArrayList<>();
    counts.forEach(
        (code, c) -> rows.add(new QualityTable.Row(code, children.get(code).fullName(), list(c))));
    progress.update(60, "report.progress.counted");
    return new QualityTable(
        scope.unitCode(),
        scope.national() ? "Toàn quốc" : scope.unit().fullName(),
        scope.asOf(),
        scope.throughCrosswalk(),
        scope.communes().size(),
        columns,
        rows,
        new QualityTable.Row("", "Tổng cộng", list(total)),
        synthetic,
        letterheads.homeAffairs(scope, vn.cbcs.platform.AsOf.today()));
  }

  private static List<Long> list(long[] values) {
    List<Long> list = new ArrayList<>(values.length);
    for (long v : values) {
      list.add(v);
    }
    return list;
  }

  /** The staff category of each post, in the version in force on the date (else any version). */
  private Map<String, String> categories(LocalDate asOf) {
    Map<String, String> map = new HashMap<>();
    for (Position p : positions.all()) {
      if (p.inForceOn(asOf) || !map.containsKey(p.code())) {
        map.put(p.code(), p.staffCategory());
      }
    }
    return map;
  }
}
