package vn.cbcs.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.indicators.internal.FactsLoader;
import vn.cbcs.indicators.internal.PersonFacts;
import vn.cbcs.platform.Actor;
import vn.cbcs.units.Unit;

/**
 * The people an indicator over people counts in a scope — the same loader, so the same people in
 * the same communes — with the few facts more that statistical tables need (general education,
 * synthetic mark). For cross-tabulations such as the Home Affairs quality table.
 */
@Service
@Transactional(readOnly = true)
public class PopulationProfiles {

  private final FactsLoader facts;
  private final JdbcClient jdbc;

  private final ScopeResolver scopes;

  PopulationProfiles(FactsLoader facts, JdbcClient jdbc, ScopeResolver scopes) {
    this.facts = facts;
    this.jdbc = jdbc;
    this.scopes = scopes;
  }

  /** Everyone in a commune post of the scope on its date, each once (403 outside the ground). */
  public List<PersonProfile> people(IndicatorScope scope, Actor actor) {
    scopes.check(scope, actor);
    List<String> codes =
        scope.national() ? null : scope.communes().stream().map(Unit::code).toList();
    List<PersonFacts> loaded = facts.load(codes, scope.asOf());
    Map<Long, String[]> extra = new HashMap<>();
    if (!loaded.isEmpty()) {
      // the person fields the loader does not read, for the same people (in post on the date)
      var spec =
          jdbc.sql(
                  "SELECT f.person_id, f.general_education, f.synthetic FROM indicators_person_facts f"
                      + " WHERE (f.general_education IS NOT NULL OR f.synthetic) AND f.person_id IN"
                      + " (SELECT pa.person_id FROM positions_assignments_on(:d) pa"
                      + (codes == null ? ")" : " WHERE pa.unit_code IN (:codes))"))
              .param("d", scope.asOf());
      if (codes != null) {
        spec = spec.param("codes", codes);
      }
      spec.query(
          rs -> {
            extra.put(
                rs.getLong(1), new String[] {rs.getString(2), String.valueOf(rs.getBoolean(3))});
          });
    }
    List<PersonProfile> people = new ArrayList<>(loaded.size());
    for (PersonFacts p : loaded) {
      String[] e = extra.get(p.personId());
      people.add(
          new PersonProfile(
              p.personId(),
              p.fullName(),
              p.communeCode(),
              p.positionCode(),
              p.sex(),
              p.birthDate(),
              p.ethnicityCode(),
              p.partyJoinDate(),
              e == null ? null : e[0],
              Map.copyOf(p.ranks()),
              e != null && Boolean.parseBoolean(e[1])));
    }
    return people;
  }
}
