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
      String unitCode, String unitClass, boolean extremelyDifficult, String successorCode) {}

  /** Everyone generated, and the communes' facts. */
  public record Result(List<Person> people, List<CommuneFacts> communes) {}

  private Simulation() {}

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
        history.communes().stream()
            .map(
                c ->
                    new CommuneFacts(
                        c.unit.code(),
                        c.unitClass,
                        c.extremelyDifficult,
                        History.successor(units, c.unit)))
            .toList());
  }
}
