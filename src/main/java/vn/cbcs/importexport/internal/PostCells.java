package vn.cbcs.importexport.internal;

import static vn.cbcs.importexport.internal.Columns.CONCURRENT;
import static vn.cbcs.importexport.internal.Columns.DEC_DATE;
import static vn.cbcs.importexport.internal.Columns.DEC_ISSUER;
import static vn.cbcs.importexport.internal.Columns.DEC_KIND;
import static vn.cbcs.importexport.internal.Columns.DEC_NUMBER;
import static vn.cbcs.importexport.internal.Columns.DEC_SIGNER;
import static vn.cbcs.importexport.internal.Columns.FROM;
import static vn.cbcs.importexport.internal.Columns.POSITION;
import static vn.cbcs.importexport.internal.Columns.TO;
import static vn.cbcs.importexport.internal.Columns.UNIT;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.cbcs.positions.DecisionData;
import vn.cbcs.positions.DecisionKind;
import vn.cbcs.positions.NewAssignment;
import vn.cbcs.positions.Position;
import vn.cbcs.units.Unit;

/** Reads a post given by a decision from a row (people and assignments templates). */
final class PostCells {

  private PostCells() {}

  /**
   * The post of the row, or null when its unit and position cells are blank (a person without a
   * post). Every missing or unknown part is an error at its column.
   */
  static NewAssignment read(CellParser p, Lookups lookups, boolean withEnd, boolean optional) {
    String unitText = p.text(UNIT);
    String positionText = p.text(POSITION);
    if (optional && unitText == null && positionText == null) {
      return null;
    }
    LocalDate from = p.date(FROM);
    if (from == null && p.errors().stream().noneMatch(e -> e.field().equals(FROM))) {
      p.error(FROM, "assignment.from.required");
    }
    LocalDate to = withEnd ? p.date(TO) : null;
    boolean concurrent = withEnd && p.yes(CONCURRENT);
    String unitCode = null;
    if (unitText == null) {
      p.error(UNIT, "assignment.unit.required");
    } else if (from != null) {
      Lookups.UnitMatch m = lookups.commune(unitText, from);
      if (m.unit() != null) {
        unitCode = m.unit().code();
      } else if (!m.ambiguous().isEmpty()) {
        p.error(UNIT, "import.unit.ambiguous", unitText, list(m.ambiguous()), from);
      } else if (m.code() != null) {
        unitCode = m.code(); // the post's checks say when the code was in force
      } else {
        p.error(UNIT, "import.unit.unknown", unitText, from);
      }
    }
    String positionCode = null;
    if (positionText == null) {
      p.error(POSITION, "assignment.position.required");
    } else if (from != null) {
      positionCode =
          lookups
              .position(positionText, from)
              .map(Position::code)
              .orElse(Lookups.codeOf(positionText));
    }
    String number = p.text(DEC_NUMBER);
    if (number == null) {
      p.error(DEC_NUMBER, "decision.number.required");
    }
    LocalDate decided = p.date(DEC_DATE);
    if (decided == null && p.errors().stream().noneMatch(e -> e.field().equals(DEC_DATE))) {
      p.error(DEC_DATE, "decision.date.required");
    }
    String issuer = p.text(DEC_ISSUER);
    if (issuer == null) {
      p.error(DEC_ISSUER, "decision.issuer.required");
    }
    String signer = withEnd ? p.text(DEC_SIGNER) : null;
    String kindText = p.text(DEC_KIND);
    DecisionKind kind = DecisionKind.APPOINTMENT;
    if (kindText != null) {
      kind = lookups.decisionKind(kindText).orElse(null);
      if (kind == null) {
        p.error(DEC_KIND, "import.decisionKind.unknown", kindText);
      }
    } else if (withEnd) {
      p.error(DEC_KIND, "decision.kind.required");
    }
    if (kind == DecisionKind.CONCURRENT) {
      concurrent = true;
    }
    return new NewAssignment(
        unitCode,
        positionCode,
        concurrent,
        from,
        to,
        new DecisionData(number, decided, issuer, signer, kind));
  }

  private static String list(List<Unit> units) {
    return units.stream()
        .map(u -> u.code() + " (" + u.fullName() + ")")
        .collect(Collectors.joining(", "));
  }

  /** API field of an assignment ({@code assignments[0].decision.number}, {@code end.to}). */
  static String column(String field) {
    String f = field.replaceFirst("^(assignments\\[\\d+]\\.|end\\.?)", "");
    return switch (f) {
      case "unitCode" -> UNIT;
      case "positionCode" -> POSITION;
      case "concurrent" -> CONCURRENT;
      case "from" -> FROM;
      case "to" -> TO;
      case "decision.number", "number" -> DEC_NUMBER;
      case "decision.date", "date" -> DEC_DATE;
      case "decision.issuer", "issuer" -> DEC_ISSUER;
      case "decision.signer", "signer" -> DEC_SIGNER;
      case "decision.kind", "kind" -> DEC_KIND;
      default -> null;
    };
  }
}
