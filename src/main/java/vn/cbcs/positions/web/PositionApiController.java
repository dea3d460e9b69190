package vn.cbcs.positions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cbcs.platform.AsOf;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;

@RestController
@Tag(name = "Chức vụ, chức danh / Positions")
class PositionApiController {

  private final PositionCatalogue catalogue;

  PositionApiController(PositionCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/api/positions")
  @Operation(summary = "Commune posts in force on a date (all versions with all=true)")
  List<Position> positions(
      @RequestParam(required = false) String asOf,
      @RequestParam(defaultValue = "false") boolean all) {
    return all ? catalogue.all() : catalogue.inForce(AsOf.parseIso("asOf", asOf));
  }
}
