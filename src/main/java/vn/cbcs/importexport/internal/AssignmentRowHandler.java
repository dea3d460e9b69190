package vn.cbcs.importexport.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.cbcs.importexport.ImportKind;
import vn.cbcs.importexport.RowOutcome;
import vn.cbcs.importexport.RowReport.Change;
import vn.cbcs.people.Person;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.FieldError;
import vn.cbcs.positions.Assignment;
import vn.cbcs.positions.DecisionKind;
import vn.cbcs.positions.NewAssignment;

/**
 * A post of a recorded person by a decision. A transfer or rotation of a main post ends the open
 * main post the day before (as {@code Assignments.transfer} does); a post already recorded with the
 * same commune, position, start and end is unchanged.
 */
final class AssignmentRowHandler implements RowHandler {

  private final ImportServices s;
  private final Lookups lookups;
  private final Actor actor;
  private final List<Column> columns = Columns.of(ImportKind.ASSIGNMENTS);

  AssignmentRowHandler(ImportServices s, Lookups lookups, Actor actor) {
    this.s = s;
    this.lookups = lookups;
    this.actor = actor;
  }

  @Override
  public RowResult apply(RawRow row) {
    CellParser p = new CellParser(row, columns);
    Optional<Person> person = PersonOfRow.find(p, s.people, actor);
    NewAssignment a = PostCells.read(p, lookups, true, false);
    String pid = person.map(x -> x.data().personalId()).orElse(p.text(Columns.PERSONAL_ID));
    String name = person.map(Person::fullName).orElse(p.text(Columns.FULL_NAME));
    if (!p.errors().isEmpty() || person.isEmpty()) {
      return RowResult.rejected(pid, name, p.errors());
    }
    long id = person.get().id();
    List<Assignment> posts = s.assignments.of(id, actor);
    for (Assignment x : posts) {
      if (x.unitCode().equals(a.unitCode())
          && x.positionCode().equals(a.positionCode())
          && x.from().equals(a.from())
          && x.concurrent() == a.concurrent()) {
        if (Objects.equals(x.to(), a.to())) {
          return new RowResult(RowOutcome.UNCHANGED, id, pid, name, List.of(), List.of());
        }
        return RowResult.rejected(
            pid, name, List.of(new FieldError(Columns.TO, "import.post.differentEnd", x.to())));
      }
    }
    boolean transfer =
        !a.concurrent()
            && a.decision().kind() != null
            && (a.decision().kind() == DecisionKind.TRANSFER
                || a.decision().kind() == DecisionKind.ROTATION)
            && posts.stream().anyMatch(x -> !x.concurrent() && x.to() == null);
    if (!transfer) {
      List<FieldError> errors = new ArrayList<>();
      List<FieldError> checks =
          new ArrayList<>(s.assignments.check(id, List.of(a), "assignments", actor));
      checks.addAll(s.parts.check(person.get().data(), List.of(), List.of(a)));
      for (FieldError e : checks) {
        errors.add(new FieldError(column(e.field()), e.key(), e.args()));
      }
      if (!errors.isEmpty()) {
        return RowResult.rejected(pid, name, errors);
      }
      s.parts.givePost(id, a, false, actor);
    } else {
      s.parts.givePost(id, a, true, actor);
    }
    return new RowResult(
        RowOutcome.NEW,
        id,
        pid,
        name,
        List.of(),
        List.of(
            new Change(
                Columns.header(ImportKind.ASSIGNMENTS, Columns.POSITION),
                null,
                a.positionCode() + " – " + a.unitCode() + " (" + a.from() + ")")));
  }

  @Override
  public String column(String field) {
    String c = PostCells.column(field);
    return c == null ? field : c;
  }
}
