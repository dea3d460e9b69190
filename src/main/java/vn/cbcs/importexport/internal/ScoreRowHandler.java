package vn.cbcs.importexport.internal;

import static vn.cbcs.importexport.internal.RecruitmentColumns.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.cbcs.importexport.RowOutcome;
import vn.cbcs.importexport.RowReport.Change;
import vn.cbcs.platform.Actor;
import vn.cbcs.recruitment.Candidate;
import vn.cbcs.recruitment.RecruitmentRules;
import vn.cbcs.recruitment.Rounds;
import vn.cbcs.recruitment.ScoreEntry;

/**
 * A score row (issue 16): the scores of one candidate of a round — round 1 correct answers and
 * total, round 2 written and interview — recorded by {@link Rounds#recordScores} with the importing
 * actor, the same call as the round page's score table and {@code POST
 * /api/recruitment/rounds/{id}/scores} (ADR 13), so the checks of the round's method apply (NĐ
 * 170/2025/NĐ-CP Điều 9–12: the parts the method has, the scales, two decimals). The candidate is
 * found by personal ID or candidate number within the round; a name given must match. As on the
 * page, the row gives all four scores: a blank cell is "no score". The same scores again are
 * unchanged.
 */
final class ScoreRowHandler implements RowHandler {

  private final Rounds rounds;
  private final Actor actor;
  private final List<Column> columns = RecruitmentColumns.SCORES;

  ScoreRowHandler(ImportServices s, Actor actor) {
    this.rounds = s.rounds;
    this.actor = actor;
  }

  @Override
  public RowResult apply(RawRow row) {
    CellParser p = new CellParser(row, columns);
    Long roundId = RecruitmentCells.round(p);
    String pid = p.text(Columns.PERSONAL_ID) == null ? null : p.personalId(Columns.PERSONAL_ID);
    Integer candidateNo = RecruitmentCells.whole(p, CANDIDATE);
    if (pid == null && candidateNo == null && p.text(CANDIDATE) == null) {
      p.error(Columns.PERSONAL_ID, "import.recruitment.candidateRequired");
    }
    String name = p.text(Columns.FULL_NAME);
    Integer correct = RecruitmentCells.whole(p, ROUND1_CORRECT);
    Integer total = RecruitmentCells.whole(p, ROUND1_TOTAL);
    BigDecimal written = RecruitmentCells.points(p, WRITTEN);
    BigDecimal interview = RecruitmentCells.points(p, INTERVIEW);
    if (correct == null && total == null && written == null && interview == null) {
      p.error(ROUND1_CORRECT, "import.recruitment.noScores");
    }
    if (!p.errors().isEmpty() || roundId == null) {
      return RowResult.rejected(pid, name, p.errors());
    }
    try {
      List<Candidate> all = RecruitmentCells.call(roundId, () -> rounds.candidates(roundId, actor));
      Optional<Candidate> found =
          all.stream()
              .filter(
                  c -> pid != null ? pid.equals(c.personalId()) : c.id() == candidateNo.longValue())
              .findFirst();
      if (found.isEmpty()) {
        return RowResult.rejected(
            pid,
            name,
            List.of(
                pid != null
                    ? new vn.cbcs.platform.FieldError(
                        Columns.PERSONAL_ID,
                        "import.recruitment.candidateNotFound",
                        pid,
                        String.valueOf(roundId))
                    : new vn.cbcs.platform.FieldError(
                        CANDIDATE,
                        "import.recruitment.candidateNoNotFound",
                        String.valueOf(candidateNo),
                        String.valueOf(roundId))));
      }
      Candidate c = found.get();
      if (name != null && !Text.key(name).equals(Text.key(c.fullName()))) {
        return RowResult.rejected(
            pid,
            name,
            List.of(
                new vn.cbcs.platform.FieldError(
                    Columns.FULL_NAME,
                    "import.recruitment.nameMismatch",
                    name,
                    c.fullName(),
                    String.valueOf(c.id()))));
      }
      if (Objects.equals(c.round1Correct(), correct)
          && Objects.equals(c.round1Total(), total)
          && same(c.written(), written)
          && same(c.interview(), interview)) {
        return new RowResult(
            RowOutcome.UNCHANGED, null, c.personalId(), c.fullName(), List.of(), List.of());
      }
      RecruitmentCells.call(
          roundId,
          () -> {
            rounds.recordScores(
                roundId,
                List.of(new ScoreEntry(c.id(), correct, total, written, interview)),
                actor);
            return null;
          });
      return new RowResult(
          c.scored() ? RowOutcome.UPDATED : RowOutcome.NEW,
          null,
          c.personalId(),
          c.fullName(),
          List.of(),
          List.of(
              new Change(
                  "Điểm",
                  c.scored()
                      ? text(c.round1Correct(), c.round1Total(), c.written(), c.interview())
                      : null,
                  text(correct, total, written, interview))));
    } catch (RecruitmentCells.Refused r) {
      return RowResult.rejected(pid, name, r.errors);
    }
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? a == null && b == null : a.compareTo(b) == 0;
  }

  private static String text(
      Integer correct, Integer total, BigDecimal written, BigDecimal interview) {
    return "vòng 1: "
        + (correct == null ? "–" : correct)
        + "/"
        + (total == null ? "–" : total)
        + "; viết: "
        + (written == null ? "–" : RecruitmentRules.plain(written))
        + "; phỏng vấn: "
        + (interview == null ? "–" : RecruitmentRules.plain(interview));
  }

  @Override
  public String column(String field) {
    int dot = field.indexOf("].");
    return dot >= 0 ? field.substring(dot + 2) : field;
  }
}
