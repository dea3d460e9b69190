package vn.cbcs.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.cbcs.indicators.ChildValue;
import vn.cbcs.indicators.IndicatorValue;

/**
 * The figures of a dashboard page without the members behind them (values, split by child unit,
 * those below the standard within and past their deadline), kept under the generation of the
 * indicators' inputs ({@code Indicators.inputsGeneration()}); a newer generation empties it. The
 * key holds the scope's communes and the indicators' versions, so a kept page matches exactly the
 * ground and definitions it was computed for. The caller checks the actor first.
 */
@Component
class PageFigures {

  record Key(
      long generation,
      String unitCode,
      LocalDate unitFrom,
      LocalDate asOf,
      List<String> communes,
      List<String> indicators) {}

  /** What the page shows of its date, per indicator code. */
  record Figures(
      Map<String, IndicatorValue> values,
      Map<String, List<ChildValue>> splits,
      Map<String, long[]> belowStandard) {}

  private final vn.cbcs.platform.GenerationalCache<Key, Figures> pages;

  PageFigures(
      @Value("${cbcs.indicators.cache.enabled:true}") boolean enabled,
      @Value("${cbcs.dashboard.cache.max-pages:2000}") int maxEntries) {
    this.pages = new vn.cbcs.platform.GenerationalCache<>(enabled, maxEntries);
  }

  Figures get(Key key) {
    return pages.get(key.generation(), key);
  }

  void put(Key key, Figures figures) {
    pages.put(key.generation(), key, figures);
  }
}
