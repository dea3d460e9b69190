package vn.cbcs.positions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.TextRules;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.Units;

/** The checks an assignment must pass; every failure names its field. */
@Component
class AssignmentRules {

  private final Units units;
  private final PositionCatalogue catalogue;
  private final JdbcClient jdbc;

  private final Visibility visibility;

  AssignmentRules(
      Units units, PositionCatalogue catalogue, JdbcClient jdbc, Visibility visibility) {
    this.visibility = visibility;
    this.units = units;
    this.catalogue = catalogue;
    this.jdbc = jdbc;
  }

  /**
   * What the checks read of the world: the unit and the post in force on a date, whether the actor
   * covers a commune then, and how many hold a post over a period. One by one they are read from
   * the database; a batch ({@link AssignmentBatch}) reads them once for all its rows.
   */
  interface Facts {
    Optional<Unit> unit(String code, LocalDate on);

    Optional<Position> position(String code, LocalDate on);

    boolean covers(Actor actor, String commune, LocalDate on);

    long holders(String unit, String position, LocalDate from, LocalDate to);
  }

  /** The facts read from the database, each when asked. */
  final Facts live =
      new Facts() {
        @Override
        public Optional<Unit> unit(String code, LocalDate on) {
          return units.find(code, on);
        }

        @Override
        public Optional<Position> position(String code, LocalDate on) {
          return catalogue.find(code, on);
        }

        @Override
        public boolean covers(Actor actor, String commune, LocalDate on) {
          return visibility.covers(actor, List.of(commune), on);
        }

        @Override
        public long holders(String unit, String position, LocalDate from, LocalDate to) {
          return jdbc.sql(
                  "SELECT count(*) FROM assignment WHERE unit_code = ? AND position_code = ?"
                      + " AND superseded_at IS NULL AND daterange(valid_from, valid_to, '[]')"
                      + " && daterange(?, ?, '[]')")
              .params(unit, position, from, to)
              .query(Long.class)
              .single();
        }
      };

  List<FieldError> check(
      List<Assignment> existing, List<NewAssignment> list, String prefix, Actor actor) {
    return check(existing, list, prefix, actor, live);
  }

  List<FieldError> check(
      List<Assignment> existing,
      List<NewAssignment> list,
      String prefix,
      Actor actor,
      Facts facts) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      NewAssignment a = list.get(i);
      String p = prefix + "[" + i + "].";
      int before = errors.size();
      checkPeriod(a, p, errors);
      checkDecision(a.decision(), p + "decision.", errors, false);
      if (errors.size() == before) {
        Optional<Unit> unit = checkUnit(a, p, errors, actor, facts);
        unit.ifPresent(u -> checkPosition(a, u, p, errors, facts));
        if (errors.size() == before) {
          checkOverlap(a, existing, list.subList(0, i), p, errors);
          checkSeats(a, p, errors, facts);
        }
      }
    }
    return errors;
  }

  List<FieldError> checkEnd(Assignment a, LocalDate lastDay, DecisionData d, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    if (lastDay == null) {
      errors.add(new FieldError(prefix + ".to", "assignment.to.required"));
    } else if (lastDay.isBefore(a.from())) {
      errors.add(new FieldError(prefix + ".to", "assignment.period.endBeforeStart"));
    } else if (a.to() != null && a.to().isBefore(lastDay)) {
      errors.add(new FieldError(prefix + ".to", "assignment.end.alreadyEnded", a.to()));
    }
    checkDecision(d, prefix + ".decision.", errors, true);
    return errors;
  }

  private static void checkPeriod(NewAssignment a, String p, List<FieldError> errors) {
    if (a.from() == null) {
      errors.add(new FieldError(p + "from", "assignment.from.required"));
    } else if (a.to() != null && a.to().isBefore(a.from())) {
      errors.add(new FieldError(p + "to", "assignment.period.endBeforeStart"));
    }
    if (a.unitCode() == null || a.unitCode().isBlank()) {
      errors.add(new FieldError(p + "unitCode", "assignment.unit.required"));
    }
    if (a.positionCode() == null || a.positionCode().isBlank()) {
      errors.add(new FieldError(p + "positionCode", "assignment.position.required"));
    }
  }

  private static void checkDecision(
      DecisionData d, String p, List<FieldError> errors, boolean ending) {
    if (d == null) {
      errors.add(new FieldError(p + "number", "decision.required"));
      return;
    }
    // a text with a hidden character (TextRules) gets that message alone
    if (!TextRules.check(errors, p + "number", d.number())
        && (d.number() == null || d.number().isBlank() || d.number().length() > 100)) {
      errors.add(new FieldError(p + "number", "decision.number.required"));
    }
    if (d.decidedOn() == null) {
      errors.add(new FieldError(p + "date", "decision.date.required"));
    }
    if (!TextRules.check(errors, p + "issuer", d.issuer())
        && (d.issuer() == null || d.issuer().isBlank() || d.issuer().length() > 300)) {
      errors.add(new FieldError(p + "issuer", "decision.issuer.required"));
    }
    if (!TextRules.check(errors, p + "signer", d.signer())
        && d.signer() != null
        && d.signer().length() > 200) {
      errors.add(new FieldError(p + "signer", "error.text.tooLong", 200));
    }
    if (d.kind() == null) {
      errors.add(new FieldError(p + "kind", "decision.kind.required"));
    } else if (!ending && d.kind().ends()) {
      errors.add(new FieldError(p + "kind", "decision.kind.endsNotStarts"));
    } else if (ending && d.kind() == DecisionKind.RECRUITMENT) {
      errors.add(new FieldError(p + "kind", "decision.kind.startsNotEnds"));
    }
  }

  private static Optional<Unit> checkUnit(
      NewAssignment a, String p, List<FieldError> errors, Actor actor, Facts facts) {
    Optional<Unit> unit = facts.unit(a.unitCode(), a.from());
    if (unit.isEmpty()) {
      errors.add(
          new FieldError(p + "unitCode", "assignment.unit.notInForce", a.unitCode(), a.from()));
      return unit;
    }
    Unit u = unit.get();
    if (!facts.covers(actor, u.code(), a.from())) {
      // a commune outside the actor's ground: refused with its name, as any other reason
      errors.add(new FieldError(p + "unitCode", "assignment.unit.outsideScope", u.fullName()));
      return Optional.empty();
    }
    if (u.level() != UnitLevel.COMMUNE) {
      errors.add(new FieldError(p + "unitCode", "assignment.unit.notCommune", u.fullName()));
    } else if (u.validTo() != null && (a.to() == null || a.to().isAfter(u.validTo()))) {
      errors.add(new FieldError(p + "to", "assignment.unit.ends", u.fullName(), u.validTo()));
    }
    return unit;
  }

  private static void checkPosition(
      NewAssignment a, Unit unit, String p, List<FieldError> errors, Facts facts) {
    Optional<Position> position = facts.position(a.positionCode(), a.from());
    if (position.isEmpty()) {
      errors.add(
          new FieldError(
              p + "positionCode", "assignment.position.notInForce", a.positionCode(), a.from()));
      return;
    }
    Position pos = position.get();
    if (pos.validTo() != null && (a.to() == null || a.to().isAfter(pos.validTo()))) {
      errors.add(new FieldError(p + "to", "assignment.position.ends", pos.nameVi(), pos.validTo()));
    }
    if (!pos.existsIn(unit.type().name())) {
      errors.add(
          new FieldError(
              p + "positionCode",
              "assignment.position.notInUnitType",
              pos.nameVi(),
              unit.fullName()));
    }
    if (a.decision() != null && a.decision().kind() == DecisionKind.CONCURRENT && !a.concurrent()) {
      errors.add(new FieldError(p + "concurrent", "assignment.concurrent.mismatch"));
    }
  }

  private static void checkOverlap(
      NewAssignment a,
      List<Assignment> existing,
      List<NewAssignment> earlier,
      String p,
      List<FieldError> errors) {
    if (a.concurrent()) {
      return;
    }
    for (Assignment e : existing) {
      if (!e.concurrent() && overlaps(a.from(), a.to(), e.from(), e.to())) {
        errors.add(
            new FieldError(
                p + "from", "assignment.overlap", e.positionCode(), e.unitCode(), e.from()));
        return;
      }
    }
    for (NewAssignment e : earlier) {
      if (!e.concurrent() && e.from() != null && overlaps(a.from(), a.to(), e.from(), e.to())) {
        errors.add(
            new FieldError(
                p + "from", "assignment.overlap", e.positionCode(), e.unitCode(), e.from()));
        return;
      }
    }
  }

  private static void checkSeats(NewAssignment a, String p, List<FieldError> errors, Facts facts) {
    Optional<Position> pos = facts.position(a.positionCode(), a.from());
    if (pos.isEmpty() || pos.get().seats() == null) {
      return;
    }
    long holders = facts.holders(a.unitCode(), a.positionCode(), a.from(), a.to());
    if (holders >= pos.get().seats()) {
      errors.add(
          new FieldError(
              p + "positionCode", "assignment.seats.full", pos.get().nameVi(), pos.get().seats()));
    }
  }

  static boolean overlaps(LocalDate f1, LocalDate t1, LocalDate f2, LocalDate t2) {
    return (t2 == null || !f1.isAfter(t2)) && (t1 == null || !f2.isAfter(t1));
  }
}
