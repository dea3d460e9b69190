package vn.cbcs.recruitment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.FieldError;
import vn.cbcs.recruitment.RecruitmentRules;
import vn.cbcs.recruitment.Results;
import vn.cbcs.recruitment.Round;
import vn.cbcs.recruitment.RoundDecisions;
import vn.cbcs.recruitment.Rounds;
import vn.cbcs.units.Units;

/**
 * The round's drafts as Word documents in the layout of NĐ 30/2020/NĐ-CP: the recruitment decision
 * with the list of those recruited (NĐ 170/2025/NĐ-CP Điều 19; filled in once the decision is
 * recorded, blanks before) and the results list (Điều 10, 12: ranked per position). Reading needs
 * what the round page needs ({@code READ_RECORDS}, the round's commune in the ground).
 */
@Controller
class RoundDocsController {

  static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  private static final Locale VI = Locale.forLanguageTag("vi");

  private final Rounds rounds;
  private final RoundDecisions decisions;
  private final Units units;
  private final MessageSource messages;

  RoundDocsController(
      Rounds rounds, RoundDecisions decisions, Units units, MessageSource messages) {
    this.rounds = rounds;
    this.decisions = decisions;
    this.units = units;
    this.messages = messages;
  }

  @GetMapping("/recruitment/rounds/{id}/decision.docx")
  ResponseEntity<byte[]> decision(@PathVariable long id, Actor actor) {
    DecisionDraft draft = decisionDraft(id, actor);
    RoundDocx d =
        new RoundDocx("Quyết định tuyển dụng công chức")
            .letterhead(null, draft.issuer(), draft.number(), draft.dateLine())
            .title("QUYẾT ĐỊNH", draft.subject())
            .centredBold(draft.issuer().toUpperCase(Locale.ROOT));
    draft.bases().forEach(b -> d.para(b, true));
    d.centredBold("QUYẾT ĐỊNH:");
    draft.articles().forEach(a -> d.article(a.get(0), a.get(1)));
    byte[] docx =
        d.signature(draft.recipients(), draft.capacity(), draft.signer())
            .grid(
                draft.listTitle(), draft.header(), new int[] {6, 26, 13, 10, 30, 12}, draft.rows())
            .bytes();
    return file(docx, "quyet-dinh-tuyen-dung-" + id + ".docx");
  }

  /** The same draft as a PDF (A4, Liberation Serif embedded), for reading and printing. */
  @GetMapping("/recruitment/rounds/{id}/decision.pdf")
  ResponseEntity<byte[]> decisionPdf(@PathVariable long id, Actor actor) {
    byte[] pdf = DecisionPdf.write(decisionDraft(id, actor));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            "Content-Disposition", "attachment; filename=\"quyet-dinh-tuyen-dung-" + id + ".pdf\"")
        .body(pdf);
  }

  /**
   * The recruitment decision with the list of those recruited: before the decision, blanks for its
   * number and date and the candidates within the seats; after it, the recorded decision and the
   * people it recruited. The bases are those of the regime of the round's notice date.
   */
  private DecisionDraft decisionDraft(long id, Actor actor) {
    Results results = rounds.results(id, actor);
    Round round = results.round();
    var decided = decisions.of(id, actor);
    Map<Long, Long> people = rounds.recruitedPeople(id, actor);
    String commune = communeName(round);
    String issuer =
        decided.map(RoundDecisions.Decision::issuer).orElse("Ủy ban nhân dân " + commune);
    List<List<String>> rows = new ArrayList<>();
    for (Results.PositionResult p : results.positions()) {
      for (Results.Ranked c : p.candidates()) {
        boolean in =
            decided.isPresent()
                ? people.containsKey(c.candidate().id())
                : c.outcome() == Results.Outcome.RECRUITED;
        if (in) {
          rows.add(
              List.of(
                  String.valueOf(rows.size() + 1),
                  c.candidate().fullName(),
                  RoundDocx.date(c.candidate().birthDate()),
                  c.candidate().sex() == null ? "" : t("person.sex." + c.candidate().sex().name()),
                  p.positionCode(),
                  num(c.score() == null ? null : c.score().total())));
        }
      }
    }
    String start = decided.map(d -> RoundDocx.date(d.startOn())).orElse("……/……/……");
    // the bases of the regime of the round's notice date (as its rule set), then the plan's
    List<String> bases = new ArrayList<>(DecisionBases.laws(round.noticeDate()));
    bases.add(
        "Căn cứ Kế hoạch số "
            + round.planNumber()
            + " ngày "
            + RoundDocx.date(round.planDate())
            + " của "
            + round.planIssuer()
            + " về "
            + round.title()
            + ";");
    bases.add("Căn cứ kết quả tuyển dụng công chức của kỳ tuyển dụng nêu trên;");
    List<List<String>> articles =
        List.of(
            List.of(
                "Điều 1.",
                "Tuyển dụng "
                    + rows.size()
                    + " người có tên trong danh sách kèm theo vào làm công chức tại "
                    + commune
                    + " theo hình thức "
                    + t("recruitment.method." + round.method().name()).toLowerCase(VI)
                    + ", kể từ ngày "
                    + start
                    + "."),
            List.of(
                "Điều 2.",
                "Người được tuyển dụng phải đến nhận việc theo thời hạn ghi tại Điều 1 (không quá"
                    + " 30 ngày kể từ ngày quyết định; "
                    + DecisionBases.reportForWork(round.noticeDate())
                    + ");"
                    + " thực hiện chế độ tập sự theo quy định."),
            List.of(
                "Điều 3.",
                "Quyết định có hiệu lực kể từ ngày ký. Văn phòng, người đứng đầu cơ quan sử dụng"
                    + " công chức và những người có tên tại Điều 1 chịu trách nhiệm thi hành Quyết"
                    + " định này."));
    return new DecisionDraft(
        issuer,
        "Số: " + decided.map(RoundDecisions.Decision::number).orElse("……/QĐ-UBND"),
        RoundDocx.dateLine(commune, decided.map(RoundDecisions.Decision::decidedOn).orElse(null)),
        "Về việc tuyển dụng công chức",
        bases,
        articles,
        List.of("Như Điều 3;", "Lưu: VT, hồ sơ tuyển dụng."),
        "CHỦ TỊCH",
        decided.map(RoundDecisions.Decision::signer).orElse(""),
        "DANH SÁCH NGƯỜI ĐƯỢC TUYỂN DỤNG",
        List.of("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Vị trí việc làm", "Tổng điểm"),
        rows);
  }

  @GetMapping("/recruitment/rounds/{id}/results.docx")
  ResponseEntity<byte[]> results(@PathVariable long id, Actor actor) {
    Results results = rounds.results(id, actor);
    Round round = results.round();
    Map<Long, List<FieldError>> ineligible = rounds.ineligible(id, actor);
    String commune = communeName(round);
    RoundDocx d =
        new RoundDocx("Danh sách kết quả tuyển dụng")
            .letterhead(null, "Hội đồng tuyển dụng", "", RoundDocx.dateLine(commune, null))
            .title("DANH SÁCH", "Kết quả tuyển dụng công chức — " + round.title())
            .para(
                "Kế hoạch số "
                    + round.planNumber()
                    + " ngày "
                    + RoundDocx.date(round.planDate())
                    + " của "
                    + round.planIssuer()
                    + "; hình thức "
                    + t("recruitment.method." + round.method().name()).toLowerCase(VI)
                    + ". Xếp theo tổng điểm, điểm vòng 2, điểm thi viết ("
                    + DecisionBases.ranking(round.noticeDate())
                    + ").",
                false);
    for (Results.PositionResult p : results.positions()) {
      List<List<String>> rows = new ArrayList<>();
      for (Results.Ranked c : p.candidates()) {
        StringBuilder why = new StringBuilder(t("recruitment.outcome." + c.outcome().name()));
        for (FieldError e : ineligible.getOrDefault(c.candidate().id(), List.of())) {
          why.append(" — ").append(messages.getMessage(e.key(), e.args(), e.key(), VI));
        }
        var s = c.score();
        rows.add(
            List.of(
                c.rank() == null ? "" : String.valueOf(c.rank()),
                c.candidate().erased() ? t("recruitment.page.erased") : c.candidate().fullName(),
                RoundDocx.date(c.candidate().birthDate()),
                num(s == null ? null : s.round2()),
                num(s == null ? null : s.priorityPoints()),
                num(s == null ? null : s.total()),
                why.toString()));
      }
      d.grid(
          p.positionCode() + " — " + t("recruitment.page.seats") + " " + p.seats(),
          List.of("TT", "Họ và tên", "Ngày sinh", "Vòng 2", "Ưu tiên", "Tổng", "Kết quả"),
          new int[] {5, 24, 12, 9, 9, 9, 32},
          rows);
    }
    d.signature(List.of("Lưu: hồ sơ tuyển dụng."), "CHỦ TỊCH HỘI ĐỒNG", "");
    return file(d.bytes(), "ket-qua-tuyen-dung-" + id + ".docx");
  }

  private String communeName(Round round) {
    return units
        .find(round.unitCode(), round.noticeDate())
        .map(u -> u.fullName())
        .orElse(round.unitCode());
  }

  private String t(String key) {
    return messages.getMessage(key, null, key, VI);
  }

  private static String num(java.math.BigDecimal v) {
    return v == null ? "—" : RecruitmentRules.plain(v).replace('.', ',');
  }

  private static ResponseEntity<byte[]> file(byte[] body, String name) {
    return ResponseEntity.ok()
        .contentType(DOCX)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .body(body);
  }
}
