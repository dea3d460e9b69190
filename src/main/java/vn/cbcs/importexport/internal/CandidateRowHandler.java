package vn.cbcs.importexport.internal;

import static vn.cbcs.importexport.internal.RecruitmentColumns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.cbcs.importexport.RowOutcome;
import vn.cbcs.importexport.RowReport.Change;
import vn.cbcs.people.Sex;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.FieldError;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Track;
import vn.cbcs.recruitment.Candidate;
import vn.cbcs.recruitment.NewCandidate;
import vn.cbcs.recruitment.PriorityCategory;
import vn.cbcs.recruitment.RecruitmentRules;
import vn.cbcs.recruitment.Rounds;

/**
 * An application row (issue 16): one candidate of a round, recorded by {@link Rounds#addCandidates}
 * with the importing actor — the same call as the round page's form and {@code POST
 * /api/recruitment/rounds/{id}/candidates} (ADR 13: one implementation of the rules), so the round
 * must be open and in the actor's ground ({@code RECRUIT}), the position offered by the round, the
 * candidate 18 or older on the closing day, the personal ID once per round. A candidate already in
 * the round with the same name, birth date and position is unchanged; with other data, refused by
 * the service as a duplicate (an application is not overwritten).
 */
final class CandidateRowHandler implements RowHandler {

  private final Rounds rounds;
  private final Lookups lookups;
  private final Actor actor;
  private final List<Column> columns = RecruitmentColumns.CANDIDATES;

  CandidateRowHandler(ImportServices s, Lookups lookups, Actor actor) {
    this.rounds = s.rounds;
    this.lookups = lookups;
    this.actor = actor;
  }

  @Override
  public RowResult apply(RawRow row) {
    CellParser p = new CellParser(row, columns);
    Long roundId = RecruitmentCells.round(p);
    String position = p.required(POSITION, "import.recruitment.positionRequired");
    String pid = p.personalId(Columns.PERSONAL_ID);
    String name = p.required(Columns.FULL_NAME, "import.recruitment.nameRequired");
    Sex sex = p.sex(Columns.SEX);
    if (sex == null && p.text(Columns.SEX) == null) {
      p.error(Columns.SEX, "person.sex.required");
    }
    LocalDate birth = p.date(Columns.BIRTH);
    if (birth == null && p.text(Columns.BIRTH) == null) {
      p.error(Columns.BIRTH, "import.recruitment.birthRequired");
    }
    List<FieldError> readErrors = new ArrayList<>();
    Set<PriorityCategory> priority =
        RecruitmentRules.priorities(priorities(p.text(PRIORITY)), PRIORITY, readErrors);
    readErrors.forEach(e -> p.error(e.field(), e.key(), e.args()));
    String level = p.text(PRO_LEVEL);
    if (level != null) {
      level =
          lookups
              .level(Track.PROFESSIONAL, level)
              .map(QualificationLevel::level)
              .orElse(Lookups.codeOf(level));
    }
    if (!p.errors().isEmpty() || roundId == null) {
      return RowResult.rejected(pid, name, p.errors());
    }
    NewCandidate c =
        new NewCandidate(
            Lookups.codeOf(position),
            pid,
            name,
            sex,
            birth,
            p.text(PHONE),
            priority,
            p.text(GENERAL_EDUCATION),
            level,
            p.text(MAJOR));
    try {
      Optional<Candidate> same =
          RecruitmentCells.call(roundId, () -> rounds.candidates(roundId, actor)).stream()
              .filter(x -> pid.equals(x.personalId()))
              .findFirst();
      if (same.isPresent()
          && Text.key(same.get().fullName()).equals(Text.key(name))
          && Objects.equals(same.get().birthDate(), birth)
          && Objects.equals(same.get().positionCode(), c.positionCode())) {
        return new RowResult(RowOutcome.UNCHANGED, null, pid, name, List.of(), List.of());
      }
      long id =
          RecruitmentCells.call(roundId, () -> rounds.addCandidates(roundId, List.of(c), actor))
              .get(0);
      return new RowResult(
          RowOutcome.NEW,
          null,
          pid,
          name,
          List.of(),
          List.of(
              new Change(
                  "Thí sinh", null, "Đợt " + roundId + ", mã thí sinh " + id + ", " + position)));
    } catch (RecruitmentCells.Refused r) {
      return RowResult.rejected(pid, name, r.errors);
    }
  }

  /**
   * "ETHNIC_MINORITY; YOUTH_VOLUNTEER" or "ETHNIC_MINORITY – Người dân tộc thiểu số": the codes,
   * comma-separated, as {@link RecruitmentRules#priorities} reads them.
   */
  static String priorities(String cell) {
    if (cell == null) {
      return null;
    }
    List<String> codes = new ArrayList<>();
    for (String part : cell.split("[;\\n]")) {
      if (part.contains("–") || part.contains(" - ")) {
        codes.add(Lookups.codeOf(part));
      } else {
        codes.add(part);
      }
    }
    return String.join(",", codes);
  }

  @Override
  public String column(String field) {
    int dot = field.indexOf("].");
    return dot >= 0 ? field.substring(dot + 2) : field;
  }
}
