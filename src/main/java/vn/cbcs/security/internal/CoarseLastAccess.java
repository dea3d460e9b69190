package vn.cbcs.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store with the last access written at most once per {@code resolution}: Spring
 * Session marks a session changed at every request it serves (its last access is now), so each
 * signed-in request wrote the session's row in a transaction of its own — a write, a commit and a
 * WAL flush for a page that only reads. Here a session's last access moves only when it has fallen
 * {@code resolution} behind; everything else (a new session, an id changed at sign-in, attributes,
 * the timeout) is written as before. The idle timeout is then counted from a last access at most
 * {@code resolution} old: a session idle for 30 minutes may end up to that much earlier.
 */
final class CoarseLastAccess implements FindByIndexNameSessionRepository<CoarseLastAccess.Held> {

  private final FindByIndexNameSessionRepository<Session> store;
  private final Duration resolution;

  @SuppressWarnings("unchecked")
  CoarseLastAccess(FindByIndexNameSessionRepository<? extends Session> store, Duration resolution) {
    // the store's own session type is not public; each session given back to it came from it
    this.store = (FindByIndexNameSessionRepository<Session>) store;
    this.resolution = resolution;
  }

  @Override
  public Held createSession() {
    return new Held(store.createSession(), resolution);
  }

  @Override
  public void save(Held session) {
    store.save(session.stored);
  }

  @Override
  public Held findById(String id) {
    Session stored = store.findById(id);
    return stored == null ? null : new Held(stored, resolution);
  }

  @Override
  public void deleteById(String id) {
    store.deleteById(id);
  }

  @Override
  public Map<String, Held> findByIndexNameAndIndexValue(String indexName, String indexValue) {
    Map<String, Held> held = new LinkedHashMap<>();
    store
        .findByIndexNameAndIndexValue(indexName, indexValue)
        .forEach((id, s) -> held.put(id, new Held(s, resolution)));
    return held;
  }

  /** A session of the store whose last access moves only in steps of the resolution. */
  static final class Held implements Session {

    private final Session stored;
    private final Duration resolution;

    Held(Session stored, Duration resolution) {
      this.stored = stored;
      this.resolution = resolution;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
      Instant last = stored.getLastAccessedTime();
      if (last == null || !lastAccessedTime.isBefore(last.plus(resolution))) {
        stored.setLastAccessedTime(lastAccessedTime);
      }
    }

    @Override
    public String getId() {
      return stored.getId();
    }

    @Override
    public String changeSessionId() {
      return stored.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
      return stored.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
      return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
      stored.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
      stored.removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
      return stored.getCreationTime();
    }

    @Override
    public Instant getLastAccessedTime() {
      return stored.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      stored.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return stored.isExpired();
    }
  }
}
