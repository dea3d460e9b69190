package vn.cbcs.indicators.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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

  private final Map<Key, long[]> values = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong(-1);
  private final boolean enabled;
  private final int maxEntries;

  ValueCache(
      @Value("${cbcs.indicators.cache.enabled:true}") boolean enabled,
      @Value("${cbcs.indicators.cache.max-entries:100000}") int maxEntries) {
    this.enabled = enabled;
    this.maxEntries = maxEntries;
  }

  /** {@code {numerator, denominator}} or null when not known under the key's generation. */
  public long[] get(Key key) {
    if (!enabled || !advance(key.generation())) {
      return null;
    }
    return values.get(key);
  }

  public void put(Key key, long numerator, long denominator) {
    if (!enabled || !advance(key.generation())) {
      return;
    }
    if (values.size() >= maxEntries) {
      values.clear();
    }
    values.put(key, new long[] {numerator, denominator});
  }

  public int size() {
    return values.size();
  }

  /** Moves to {@code g} if it is newer (emptying the cache); false if {@code g} is older. */
  private boolean advance(long g) {
    while (true) {
      long now = generation.get();
      if (g == now) {
        return true;
      }
      if (g < now) {
        return false;
      }
      if (generation.compareAndSet(now, g)) {
        values.clear();
        return true;
      }
    }
  }
}
