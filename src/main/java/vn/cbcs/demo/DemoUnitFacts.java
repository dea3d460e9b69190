package vn.cbcs.demo;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.cbcs.demo.internal.Simulation;
import vn.cbcs.platform.Actor;
import vn.cbcs.standards.Staffing;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitAttributes;
import vn.cbcs.units.Units;

/**
 * Records the unit facts the demo history assumed, labelled as synthetic: the class of each old
 * commune (its quota depends on it), mountainous and extremely difficult flags (the provincial
 * exception depends on them), and the province's staff allocation to most new communes from
 * 1-7-2025 (the others fall back to the average of QĐ 759/QĐ-TTg).
 */
@Component
class DemoUnitFacts {

  static final String BASIS = "Dữ liệu giả lập (minh họa), không phải quyết định thật";
  private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  private final Units units;
  private final UnitAttributes attributes;
  private final Staffing staffing;

  DemoUnitFacts(Units units, UnitAttributes attributes, Staffing staffing) {
    this.units = units;
    this.attributes = attributes;
    this.staffing = staffing;
  }

  void record(Simulation.Result result, DemoSettings settings, Actor actor) {
    Set<String> successors = new LinkedHashSet<>();
    for (Simulation.CommuneFacts c : result.communes()) {
      // each version of a commune over the days the demo ran in it (NQ 855 made new ones)
      Unit unit = units.find(c.unitCode(), c.from()).orElseThrow();
      String from = c.from().toString();
      String to = c.to().toString();
      attributes.record(unit, "CLASS", c.unitClass(), from, to, BASIS, actor);
      attributes.record(unit, "MOUNTAINOUS", "true", from, to, BASIS, actor);
      if (c.extremelyDifficult()) {
        attributes.record(unit, "EXTREMELY_DIFFICULT", "true", from, to, BASIS, actor);
      }
      if (c.successorCode() != null) {
        successors.add(c.successorCode());
      }
    }
    if (settings.end().isBefore(REFORM)) {
      return;
    }
    Random r = new Random(settings.seed());
    for (String code : successors) {
      if (r.nextDouble() < 0.8) {
        staffing.allocate(code, 26 + r.nextInt(13), REFORM, BASIS, actor);
      }
    }
  }
}
