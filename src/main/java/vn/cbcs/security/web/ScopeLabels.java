package vn.cbcs.security.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.cbcs.platform.AsOf;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/** Names the unit codes of scopes: the unit in force today, or the last version of the code. */
@Component
class ScopeLabels {

  private final Units units;

  ScopeLabels(Units units) {
    this.units = units;
  }

  List<ScopeLabel> of(List<String> codes) {
    return codes.stream().map(this::of).toList();
  }

  ScopeLabel of(String code) {
    String name =
        units
            .find(code, AsOf.today())
            .or(
                () -> {
                  List<Unit> versions = units.versions(code);
                  return versions.isEmpty()
                      ? java.util.Optional.empty()
                      : java.util.Optional.of(versions.get(versions.size() - 1));
                })
            .map(Unit::fullName)
            .orElse("?");
    return new ScopeLabel(code, name);
  }
}
