package vn.cbcs.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cbcs.demo.internal.Simulation;
import vn.cbcs.people.People;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.PlannerStatistics;
import vn.cbcs.positions.Assignments;
import vn.cbcs.positions.PlannedAssignment;
import vn.cbcs.qualifications.NewQualification;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.units.Units;

/**
 * Generates synthetic people with their history and writes them through the modules' batch APIs,
 * one province at a time, each in one transaction.
 */
@Service
public class DemoDataGenerator {

  private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);
  private static final int BATCH = 2000;

  /** Personal-ID serials of generated people start here, apart from hand-entered ones. */
  static final int FIRST_SERIAL = 500_000;

  /** What was written. */
  public record Summary(long people, long assignments, long qualifications, long millis) {}

  private final Units units;
  private final People people;
  private final Qualifications qualifications;
  private final Assignments assignments;
  private final TransactionTemplate tx;
  private final DemoUnitFacts unitFacts;
  private final DemoResolutions resolutions;
  private final DemoSelfService selfService;
  private final PlannerStatistics statistics;
  private final DemoRatings ratings;
  private final DemoTracking tracking;
  private final DemoPlans plans;
  private final DemoTraining training;
  private final DemoRecruitment recruitment;

  DemoDataGenerator(
      Units units,
      People people,
      Qualifications qualifications,
      Assignments assignments,
      org.springframework.transaction.PlatformTransactionManager transactions,
      DemoUnitFacts unitFacts,
      DemoResolutions resolutions,
      DemoSelfService selfService,
      PlannerStatistics statistics,
      DemoRatings ratings,
      DemoTracking tracking,
      DemoPlans plans,
      DemoTraining training,
      DemoRecruitment recruitment) {
    this.training = training;
    this.recruitment = recruitment;
    this.tracking = tracking;
    this.plans = plans;
    this.units = units;
    this.people = people;
    this.qualifications = qualifications;
    this.assignments = assignments;
    this.tx = new TransactionTemplate(transactions);
    this.unitFacts = unitFacts;
    this.resolutions = resolutions;
    this.selfService = selfService;
    this.statistics = statistics;
    this.ratings = ratings;
  }

  public Summary generate(DemoSettings settings, DemoStatus status) {
    long started = System.currentTimeMillis();
    Actor actor = Actor.demo("demo", "Dữ liệu trình diễn giả lập (seed " + settings.seed() + ")");
    long[] totals = new long[3];
    int serial = FIRST_SERIAL;
    for (String province : settings.provinces()) {
      DemoSettings one =
          new DemoSettings(
              List.of(province),
              settings.start(),
              settings.end(),
              settings.seed() + province.hashCode(),
              settings.staffShortfall(),
              settings.family(),
              settings.ratings());
      Simulation.Result result = Simulation.run(units, one, serial);
      serial += result.people().size();
      tx.executeWithoutResult(
          s -> {
            write(result, actor, totals);
            unitFacts.record(result, one, actor);
          });
      if (status != null) {
        status.set(DemoStatus.State.RUNNING, totals[0], province);
      }
      log.info("Demo data: province {} written ({} people so far)", province, totals[0]);
    }
    tx.executeWithoutResult(
        s -> {
          resolutions.record(settings, actor);
          selfService.record(settings.end());
        });
    if (settings.ratings()) {
      // after the people, before the statistics: the evaluation module's own service (ADR 15 §10)
      long ratings = tx.execute(s -> (long) this.ratings.record(settings, actor));
      log.info("Demo data: {} final ratings recorded", ratings);
      long periods = tx.execute(s -> (long) this.tracking.record(settings, actor));
      log.info("Demo data: {} quarters of continuous tracking recorded", periods);
      // succession plans after the ratings they check (issue 14), in one transaction
      long candidates = tx.execute(s -> (long) this.plans.record(settings, actor));
      log.info("Demo data: {} candidates in the succession plans", candidates);
      // then training (ADR 15 §10): courses 2016–2025 and the 2026 plan, through its services
      long enrolled = tx.execute(s -> (long) this.training.record(settings, actor));
      log.info("Demo data: {} enrolments on training courses recorded", enrolled);
      // the 2024 recruitment round (issue 16) through the recruitment module's own service
      long recruited = tx.execute(s -> (long) this.recruitment.record(settings, actor));
      log.info("Demo data: {} people recruited by the 2024 round", recruited);
    }
    statistics.refresh();
    return new Summary(totals[0], totals[1], totals[2], System.currentTimeMillis() - started);
  }

  private void write(Simulation.Result result, Actor actor, long[] totals) {
    List<Simulation.Person> all = result.people();
    for (int from = 0; from < all.size(); from += BATCH) {
      List<Simulation.Person> batch = all.subList(from, Math.min(all.size(), from + BATCH));
      List<Long> ids =
          people.createSynthetic(batch.stream().map(Simulation.Person::data).toList(), actor);
      List<Map.Entry<Long, NewQualification>> qs = new ArrayList<>();
      List<PlannedAssignment> as = new ArrayList<>();
      for (int i = 0; i < batch.size(); i++) {
        long id = ids.get(i);
        batch.get(i).qualifications().forEach(q -> qs.add(Map.entry(id, q)));
        for (Simulation.Post p : batch.get(i).posts()) {
          as.add(new PlannedAssignment(id, p.assignment(), p.endDecision()));
        }
      }
      qualifications.addBatch(qs, actor);
      assignments.recordBatch(as, actor);
      totals[0] += batch.size();
      totals[1] += as.size();
      totals[2] += qs.size();
    }
  }
}
