package vn.cbcs.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

/** The last access moves in steps of the resolution; everything else reaches the store as is. */
class CoarseLastAccessTest {

  /** An in-memory store that hands out copies, as a database does. */
  static final class Store implements FindByIndexNameSessionRepository<MapSession> {
    final Map<String, MapSession> rows = new HashMap<>();

    @Override
    public MapSession createSession() {
      return new MapSession();
    }

    @Override
    public void save(MapSession session) {
      rows.remove(session.getOriginalId());
      rows.put(session.getId(), new MapSession(session));
    }

    @Override
    public MapSession findById(String id) {
      MapSession row = rows.get(id);
      return row == null ? null : new MapSession(row);
    }

    @Override
    public void deleteById(String id) {
      rows.remove(id);
    }

    @Override
    public Map<String, MapSession> findByIndexNameAndIndexValue(String name, String value) {
      Map<String, MapSession> found = new HashMap<>();
      rows.forEach(
          (id, s) -> {
            if (value.equals(s.getAttribute(PRINCIPAL_NAME_INDEX_NAME))) {
              found.put(id, new MapSession(s));
            }
          });
      return found;
    }
  }

  private final Store store = new Store();

  private String stored(Instant lastAccess) {
    MapSession s = new MapSession();
    s.setLastAccessedTime(lastAccess);
    s.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "canbo");
    store.save(s);
    return s.getId();
  }

  @Test
  void theLastAccessMovesOnlyWhenItHasFallenAMinuteBehind() {
    Instant t0 = Instant.parse("2026-12-07T08:00:00Z");
    String id = stored(t0);
    CoarseLastAccess sessions = new CoarseLastAccess(store, Duration.ofMinutes(1));

    Session s = sessions.findById(id);
    s.setLastAccessedTime(t0.plusSeconds(59));
    assertThat(s.getLastAccessedTime()).as("59 s later: kept").isEqualTo(t0);
    s = sessions.findById(id);
    s.setLastAccessedTime(t0.plusSeconds(60));
    assertThat(s.getLastAccessedTime()).as("60 s later: moved").isEqualTo(t0.plusSeconds(60));
    sessions.save((CoarseLastAccess.Held) s);
    assertThat(store.findById(id).getLastAccessedTime()).isEqualTo(t0.plusSeconds(60));
  }

  @Test
  void withoutAResolutionEveryAccessMoves() {
    Instant t0 = Instant.parse("2026-12-07T08:00:00Z");
    String id = stored(t0);
    Session s = new CoarseLastAccess(store, Duration.ZERO).findById(id);
    s.setLastAccessedTime(t0.plusMillis(1));
    assertThat(s.getLastAccessedTime()).isEqualTo(t0.plusMillis(1));
  }

  @Test
  void attributesIdsAndIndexesReachTheStore() {
    String id = stored(Instant.now());
    CoarseLastAccess sessions = new CoarseLastAccess(store, Duration.ofMinutes(1));
    CoarseLastAccess.Held s = sessions.findById(id);
    s.setAttribute("lang", "vi");
    String newId = s.changeSessionId();
    sessions.save(s);
    assertThat(store.findById(newId).<String>getAttribute("lang")).isEqualTo("vi");
    assertThat(sessions.findByPrincipalName("canbo")).containsOnlyKeys(newId);
    sessions.deleteById(newId);
    assertThat(sessions.findById(newId)).isNull();
    assertThat(sessions.createSession().getId()).isNotBlank();
  }
}
