package vn.cbcs.demo;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/** Whether demo data is being generated, for the start page. */
@Component
public class DemoStatus {

  /** The state of generation. */
  public enum State {
    NONE,
    RUNNING,
    DONE,
    FAILED
  }

  /** A snapshot: state, people written, when it changed, and the summary or error. */
  public record Snapshot(State state, long people, Instant at, String message) {}

  private final AtomicReference<Snapshot> current =
      new AtomicReference<>(new Snapshot(State.NONE, 0, Instant.now(), null));

  public Snapshot get() {
    return current.get();
  }

  void set(State state, long people, String message) {
    current.set(new Snapshot(state, people, Instant.now(), message));
  }
}
