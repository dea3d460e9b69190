package vn.cbcs.demo.internal;

import java.util.List;
import vn.cbcs.demo.DemoSettings;
import vn.cbcs.people.PersonData;
import vn.cbcs.positions.DecisionData;
import vn.cbcs.positions.NewAssignment;
import vn.cbcs.qualifications.NewQualification;
import vn.cbcs.units.Units;

/** Runs the history of some provinces and hands back what to write. */
public final class Simulation {

  /** A post to write, with the decision that ended it (or null). */
  public record Post(NewAssignment assignment, DecisionData endDecision) {}

  /** A person to write. */
  public record Person(PersonData data, List<NewQualification> qualifications, List<Post> posts) {}

  /**
   * The facts of an old commune the simulation assumed: its class and whether it is extremely
   * difficult.
   */
  public record CommuneFacts(
      String unitCode,
      String unitClass,
      boolean extremelyDifficult,
      String successorCode,
      java.time.LocalDate from,
      java.time.LocalDate to) {}

  /** Everyone generated, and the communes' facts. */
  public record Result(List<Person> people, List<CommuneFacts> communes) {}

  private Simulation() {}

  /**
   * The facts of one commune version over the days the history ran in it; its successor of 1-7-2025
   * when it lasted until then.
   */
  private static CommuneFacts facts(Units units, DemoSettings settings, History.Commune c) {
    java.time.LocalDate lastOld = History.REFORM.minusDays(1);
    java.time.LocalDate from =
        c.unit.validFrom() == null || c.unit.validFrom().isBefore(settings.start())
            ? settings.start()
            : c.unit.validFrom();
    java.time.LocalDate to =
        c.unit.validTo() == null || c.unit.validTo().isAfter(lastOld) ? lastOld : c.unit.validTo();
    return new CommuneFacts(
        c.unit.code(),
        c.unitClass,
        c.extremelyDifficult,
        lastOld.equals(c.unit.validTo()) ? History.successor(units, c.unit) : null,
        from,
        to);
  }

  public static Result run(Units units, DemoSettings settings, int firstSerial) {
    History history = new History(units, settings, new NamePool(), firstSerial);
    history.run();
    return new Result(
        history.people.stream()
            .map(
                p ->
                    new Person(
                        p.data,
                        List.copyOf(p.qualifications),
                        p.posts.stream()
                            .map(
                                x ->
                                    new Post(
                                        new NewAssignment(
                                            x.unit,
                                            x.position,
                                            x.concurrent,
                                            x.from,
                                            x.to,
                                            x.start),
                                        x.end))
                            .toList()))
            .toList(),
        history.allCommunes().stream().map(c -> facts(units, settings, c)).toList());
  }
}
