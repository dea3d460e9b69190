package vn.cbcs.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.cbcs.people.People;
import vn.cbcs.platform.AsOf;

/**
 * In demo mode, on an empty database, generates the demo province in the background once the
 * application is up (sign-in works at once; the start page says while it runs). Production mode
 * never does.
 */
@Component
class DemoStartup {

  private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

  private final DemoDataGenerator generator;
  private final DemoStatus status;
  private final People people;
  private final boolean enabled;
  private final long seed;

  DemoStartup(
      DemoDataGenerator generator,
      DemoStatus status,
      People people,
      @Value("${cbcs.mode:demo}") String mode,
      @Value("${cbcs.demo.generate:true}") boolean generate,
      @Value("${cbcs.demo.seed:20160426}") long seed) {
    this.generator = generator;
    this.status = status;
    this.people = people;
    this.enabled = !"production".equalsIgnoreCase(mode.trim()) && generate;
    this.seed = seed;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    if (!enabled || people.count() > 0) {
      return;
    }
    Thread worker =
        new Thread(
            () -> {
              status.set(DemoStatus.State.RUNNING, 0, null);
              try {
                DemoDataGenerator.Summary s =
                    generator.generate(DemoSettings.bacKan(AsOf.today(), seed), status);
                status.set(DemoStatus.State.DONE, s.people(), null);
                log.info(
                    "Demo province generated: {} people, {} posts, {} qualifications in {} ms",
                    s.people(),
                    s.assignments(),
                    s.qualifications(),
                    s.millis());
              } catch (RuntimeException e) {
                status.set(DemoStatus.State.FAILED, 0, e.getClass().getSimpleName());
                log.error("Demo data generation failed; the database is as before it", e);
              }
            },
            "cbcs-demo-data");
    worker.setDaemon(true);
    worker.start();
  }
}
