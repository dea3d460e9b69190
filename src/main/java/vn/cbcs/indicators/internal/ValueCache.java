package vn.cbcs.indicators.internal;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Computed numerators and denominators of indicators, keyed by the generation of the inputs ({@link
 * InputGeneration}), the indicator's code and version, the unit (code and first day of its version;
 * blank for the country) and the date. A unit's figures are the same for everyone: the caller
 * checks the actor's scope before it looks here. A newer generation empties the cache; values
 * computed under an older one are never stored nor served.
 */
@Component
public class ValueCache {

  /** The key of one value: everything a value depends on besides the records themselves. */
  public record Key(
      long generation,
      String indicator,
      int version,
      String unitCode,
      LocalDate unitFrom,
      LocalDate asOf) {}

  private final vn.cbcs.platform.GenerationalCache<Key, long[]> values;

  ValueCache(
      @Value("${cbcs.indicators.cache.enabled:true}") boolean enabled,
      @Value("${cbcs.indicators.cache.max-entries:100000}") int maxEntries) {
    this.values = new vn.cbcs.platform.GenerationalCache<>(enabled, maxEntries);
  }

  /** {@code {numerator, denominator}} or null when not known under the key's generation. */
  public long[] get(Key key) {
    return values.get(key.generation(), key);
  }

  public void put(Key key, long numerator, long denominator) {
    values.put(key.generation(), key, new long[] {numerator, denominator});
  }

  public int size() {
    return values.size();
  }
}
