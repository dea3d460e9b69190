package vn.cbcs.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded in-memory map kept under a generation of its inputs: a newer generation empties it, and
 * values of an older one are neither stored nor served (a request that read the generation before a
 * write cannot put a stale value back). Full at {@code maxEntries}: emptied.
 */
public final class GenerationalCache<K, V> {

  private final Map<K, V> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong(-1);
  private final boolean enabled;
  private final int maxEntries;

  public GenerationalCache(boolean enabled, int maxEntries) {
    this.enabled = enabled;
    this.maxEntries = maxEntries;
  }

  /** The value kept for {@code key} under {@code g}, or null. */
  public V get(long g, K key) {
    return enabled && advance(g) ? entries.get(key) : null;
  }

  /** Keeps the value unless {@code g} is older than the cache's generation. */
  public void put(long g, K key, V value) {
    if (!enabled || !advance(g)) {
      return;
    }
    if (entries.size() >= maxEntries) {
      entries.clear();
    }
    entries.put(key, value);
  }

  public int size() {
    return entries.size();
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
        entries.clear();
        return true;
      }
    }
  }
}
