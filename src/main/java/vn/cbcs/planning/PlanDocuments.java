package vn.cbcs.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;

/**
 * The planning list of a plan (danh sách quy hoạch: candidates per post with đối tượng, ballots,
 * additions and removals, the approval decision) and the annual review report (báo cáo kết quả rà
 * soát quy hoạch, QĐ 377-QĐ/TW Điều 29; HD 45-HD/BTCTW mục II.8) as one {@link PlanDocument}, which
 * the web layer writes as DOCX and PDF. HD 45's annex forms are not in the legal brief, so the
 * layout is a clean official one (NĐ 30/2020/NĐ-CP Phụ lục I: A4, the header block, the title in
 * capitals, the signature block) with the Party's header, since the Party committee approves the
 * plans. Reading is as for the plan (READ_RECORDS or PLAN_SUCCESSION, the plan's unit in ground).
 */
@Service
public class PlanDocuments {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Plans plans;
  private final PlanReviews reviews;
  private final PlanningFacts facts;
  private final PositionCatalogue positions;
  private final MessageSource messages;
  private final vn.cbcs.units.Units units;
  private final CandidateBallots ballots;

  PlanDocuments(
      CandidateBallots ballots,
      vn.cbcs.units.Units units,
      Plans plans,
      PlanReviews reviews,
      PlanningFacts facts,
      PositionCatalogue positions,
      MessageSource messages) {
    this.plans = plans;
    this.reviews = reviews;
    this.facts = facts;
    this.positions = positions;
    this.messages = messages;
    this.units = units;
    this.ballots = ballots;
  }

  /** "ĐẢNG BỘ TỈNH CAO BẰNG": the province of the plan's commune on the plan's date. */
  private String above(Plan plan) {
    String province =
        units
            .find(plan.unitCode(), plan.planDate())
            .or(() -> units.nearest(plan.unitCode(), plan.planDate()))
            .flatMap(u -> units.find(u.provinceCode(), plan.planDate()))
            .map(u -> u.fullName().toUpperCase(VI))
            .orElse("");
    return t("planning.doc.issuerAbove", province);
  }

  /** The planning list of a plan, as of its approval (or the plan's date for a draft). */
  @Transactional(readOnly = true)
  public PlanDocument list(long planId, Actor actor) {
    Plan plan = plans.require(planId, actor);
    LocalDate on = plan.approved() ? plan.decisionDate() : plan.planDate();
    List<List<String>> rows = new ArrayList<>();
    List<Candidate> ordered = new ArrayList<>(plan.candidates());
    ordered.sort(
        java.util.Comparator.comparing(Candidate::targetPost)
            .thenComparing(Candidate::target)
            .thenComparing(Candidate::personName));
    int n = 0;
    for (Candidate c : ordered) {
      var person = facts.person(c.personId()).orElse(null);
      List<String> held = new ArrayList<>();
      for (PlanningFacts.Held h : facts.held(c.personId(), on)) {
        held.add(postName(h.positionCode(), on));
      }
      String note = t("planning.doc.added", c.addedOn().format(DMY));
      if (c.removedOn() != null) {
        note +=
            "; "
                + t(
                    "planning.doc.removed",
                    c.removedOn().format(DMY),
                    c.removedReason() == null ? "" : c.removedReason());
      }
      rows.add(
          List.of(
              String.valueOf(++n),
              c.personName(),
              person == null || person.birthDate() == null
                  ? ""
                  : String.valueOf(person.birthDate().getYear()),
              String.join(", ", held),
              postName(c.targetPost(), on),
              String.valueOf(c.target()),
              ballot(c.introVotes(), c.introVoters()),
              ballot(c.voteVotes(), c.voteVoters()),
              note));
    }
    List<String> intro = new ArrayList<>();
    intro.add(t("planning.doc.list.basis"));
    intro.add(
        plan.approved()
            ? t(
                "planning.doc.list.approved",
                plan.decisionNumber(),
                plan.decisionDate().format(DMY),
                plan.decisionSigner() == null ? "" : plan.decisionSigner())
            : t("planning.doc.list.draft"));
    intro.add(t("planning.doc.list.reference", plan.referenceDate().format(DMY)));
    PlanDocument.Section table =
        new PlanDocument.Section(
            null,
            List.of(
                t("planning.doc.col.no"),
                t("planning.doc.col.name"),
                t("planning.doc.col.born"),
                t("planning.doc.col.held"),
                t("planning.doc.col.post"),
                t("planning.doc.col.target"),
                t("planning.doc.col.intro"),
                t("planning.doc.col.vote"),
                t("planning.doc.col.note")),
            new float[] {0.5f, 2.4f, 0.8f, 2.2f, 2.2f, 0.8f, 1.3f, 1.3f, 2.5f},
            rows);
    List<String> closing =
        List.of(
            t(
                "planning.doc.list.total",
                plan.active().size(),
                plan.candidates().size() - plan.active().size()));
    return new PlanDocument(
        "quy-hoach-" + plan.unitCode() + "-" + plan.termFrom() + "-" + plan.termTo(),
        above(plan),
        t("planning.doc.issuer", plan.unitName().toUpperCase(VI)),
        t("planning.doc.national"),
        PlanDocument.placeAndDate(place(plan.unitName()), on),
        t("planning.doc.list.title"),
        t(
            "planning.doc.list.subtitle",
            t("planning.body." + plan.bodyKind().name()),
            plan.unitName(),
            String.valueOf(plan.termFrom()),
            String.valueOf(plan.termTo())),
        intro,
        ballotSteps(plan, ordered, on, table),
        closing,
        t("planning.doc.signerTitle"),
        plan.decisionSigner() == null ? "" : plan.decisionSigner());
  }

  /** The list's table, then the further ballot steps of its candidates when there are any. */
  private List<PlanDocument.Section> ballotSteps(
      Plan plan, List<Candidate> ordered, LocalDate on, PlanDocument.Section table) {
    var steps = ballots.of(plan);
    if (steps.isEmpty()) {
      return List.of(table);
    }
    List<List<String>> rows = new ArrayList<>();
    int n = 0;
    for (Candidate c : ordered) {
      for (Ballot b : steps.getOrDefault(c.id(), List.of())) {
        rows.add(
            List.of(
                String.valueOf(++n),
                c.personName(),
                postName(c.targetPost(), on),
                t("planning.ballot.kind." + b.kind().name(), b.round()),
                b.body(),
                b.heldOn().format(DMY),
                ballot(b.votesFor(), b.voters())));
      }
    }
    PlanDocument.Section section =
        new PlanDocument.Section(
            t("planning.doc.ballots.title"),
            List.of(
                t("planning.doc.col.no"),
                t("planning.doc.col.name"),
                t("planning.doc.col.post"),
                t("planning.doc.ballots.step"),
                t("planning.doc.ballots.body"),
                t("planning.doc.ballots.day"),
                t("planning.doc.ballots.result")),
            new float[] {0.5f, 2.4f, 2.2f, 1.6f, 2.4f, 1.0f, 1.6f},
            rows);
    return List.of(table, section);
  }

  /** The report of a plan's annual review of {@code year}. */
  @Transactional(readOnly = true)
  public PlanDocument reviewReport(long planId, int year, Actor actor) {
    Plan plan = plans.require(planId, actor);
    Review review = reviews.of(planId, year, actor);
    LocalDate on = review.reviewDate();
    List<PlanDocument.Section> sections = new ArrayList<>();
    long accepted = 0;
    long refused = 0;
    for (Review.Kind kind : Review.Kind.values()) {
      List<List<String>> rows = new ArrayList<>();
      int n = 0;
      for (Review.Proposal p : review.proposals()) {
        if (p.kind() != kind) {
          continue;
        }
        List<String> grounds = new ArrayList<>();
        for (CheckVerdict v : p.grounds()) {
          if (v.outcome() != CheckVerdict.Outcome.PASS || kind == Review.Kind.IN) {
            grounds.add(messages.getMessage(v.key(), v.messageArgs(), v.key(), VI));
          }
        }
        String decision =
            p.decision() == null
                ? t("planning.doc.review.open")
                : t("planning.doc.review.decision." + p.decision())
                    + (p.decidedOn() == null ? "" : " (" + p.decidedOn().format(DMY) + ")");
        if ("ACCEPTED".equals(p.decision())) {
          accepted++;
        } else if (p.decision() != null) {
          refused++;
        }
        rows.add(
            List.of(
                String.valueOf(++n),
                p.personName(),
                postName(p.targetPost(), on),
                String.valueOf(p.target()),
                String.join("; ", grounds),
                decision,
                p.reason() == null ? "" : p.reason()));
      }
      sections.add(
          new PlanDocument.Section(
              t("planning.doc.review.section." + kind.name()),
              List.of(
                  t("planning.doc.col.no"),
                  t("planning.doc.col.name"),
                  t("planning.doc.col.post"),
                  t("planning.doc.col.target"),
                  t("planning.doc.col.grounds"),
                  t("planning.doc.col.decision"),
                  t("planning.doc.col.reason")),
              new float[] {0.5f, 2.3f, 2.2f, 0.8f, 4.5f, 1.8f, 2.4f},
              rows));
    }
    List<String> intro =
        List.of(
            t("planning.doc.review.basis"),
            t(
                "planning.doc.review.lead",
                on.format(DMY),
                t("planning.body." + plan.bodyKind().name()),
                plan.unitName(),
                String.valueOf(plan.termFrom()),
                String.valueOf(plan.termTo()),
                plan.decisionNumber() == null ? "" : plan.decisionNumber()));
    List<String> closing =
        List.of(
            t(
                "planning.doc.review.total",
                review.proposals().size(),
                accepted,
                refused,
                review.open(),
                plan.active().size()));
    return new PlanDocument(
        "ra-soat-quy-hoach-" + plan.unitCode() + "-" + year,
        above(plan),
        t("planning.doc.issuer", plan.unitName().toUpperCase(VI)),
        t("planning.doc.national"),
        PlanDocument.placeAndDate(place(plan.unitName()), AsOf.today()),
        t("planning.doc.review.title", String.valueOf(year)),
        t(
            "planning.doc.list.subtitle",
            t("planning.body." + plan.bodyKind().name()),
            plan.unitName(),
            String.valueOf(plan.termFrom()),
            String.valueOf(plan.termTo())),
        intro,
        sections,
        closing,
        t("planning.doc.signerTitle"),
        "");
  }

  private String postName(String code, LocalDate on) {
    if (Candidate.committee(code)) {
      return t("planning.doc.committee." + code);
    }
    return positions.find(code, on).map(Position::nameVi).orElse(code);
  }

  /** "Xã Thành Công" → "Thành Công" (the place of the date line). */
  private static String place(String unitName) {
    for (String prefix : List.of("Xã ", "Phường ", "Thị trấn ", "Đặc khu ")) {
      if (unitName.startsWith(prefix)) {
        return unitName.substring(prefix.length());
      }
    }
    return unitName;
  }

  private static String ballot(Integer votes, Integer voters) {
    if (votes == null || voters == null || voters == 0) {
      return "";
    }
    BigDecimal share =
        BigDecimal.valueOf(votes * 100L)
            .divide(BigDecimal.valueOf(voters), 1, RoundingMode.HALF_UP);
    return votes + "/" + voters + " (" + share.toPlainString().replace('.', ',') + "%)";
  }

  private String t(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }
}
