package vn.cbcs.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.reports.jobs.Progress;
import vn.cbcs.reports.jobs.ReportFile;
import vn.cbcs.reports.quality.QualityDocuments;
import vn.cbcs.reports.review.ReviewData;
import vn.cbcs.reports.review.ReviewDocuments;
import vn.cbcs.reports.review.ReviewKind;
import vn.cbcs.reports.review.Reviews;
import vn.cbcs.resolutions.Resolution;
import vn.cbcs.resolutions.Resolutions;

/**
 * The review of a resolution ("Báo cáo sơ kết / tổng kết việc thực hiện Nghị quyết …"): the page to
 * choose the kind and the two dates, the DOCX and PDF (made while the request waits), and the
 * numbers as JSON. {@code kind} is {@code so-ket} (default) or {@code tong-ket}; {@code from}
 * defaults to the resolution's date, {@code to} to its mid-term or last milestone; {@code body}
 * {@code ubnd} (the province's People's Committee, default) or {@code snv} (its Sở Nội vụ).
 */
@Controller
@Tag(name = "Báo cáo / Reports")
class ReviewController {

  private final ReviewDocuments documents;
  private final Reviews reviews;
  private final Resolutions resolutions;
  private final QualityDocuments quality;

  ReviewController(
      ReviewDocuments documents,
      Reviews reviews,
      Resolutions resolutions,
      QualityDocuments quality) {
    this.documents = documents;
    this.reviews = reviews;
    this.resolutions = resolutions;
    this.quality = quality;
  }

  @GetMapping("/reports/review/{id}")
  String page(
      @PathVariable long id,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String body,
      Model model,
      Actor actor) {
    Resolution r = resolutions.require(id, actor);
    ReviewKind k = ReviewKind.parse(kind);
    Reviews.Period period = reviews.period(r, k, date("from", from), date("to", to));
    boolean large = quality.large(quality.scope(r.unitCode(), period.to(), r.unitOn(), actor));
    model.addAttribute(
        "view",
        new ReportPages.Review(
            r,
            k,
            period.from(),
            period.to(),
            homeAffairs(body) ? "snv" : "ubnd",
            large,
            List.of(ReviewKind.values())));
    return "reports/review";
  }

  @GetMapping("/resolutions/{id}/report.docx")
  @Operation(
      summary = "The review of a resolution as DOCX (NĐ 30/2020 layout), to edit and sign",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      mediaType = ReportFile.DOCX,
                      schema = @Schema(type = "string", format = "binary"))))
  ResponseEntity<byte[]> docx(
      @PathVariable long id,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String body,
      Actor actor) {
    return Downloads.of(documents.docx(data(id, kind, from, to, body, actor)));
  }

  @GetMapping("/resolutions/{id}/report.pdf")
  @Operation(
      summary = "The review of a resolution as PDF (NĐ 30/2020 layout)",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      mediaType = ReportFile.PDF,
                      schema = @Schema(type = "string", format = "binary"))))
  ResponseEntity<byte[]> pdf(
      @PathVariable long id,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String body,
      Actor actor) {
    return Downloads.of(documents.pdf(data(id, kind, from, to, body, actor)));
  }

  @GetMapping("/api/resolutions/{id}/report-data")
  @ResponseBody
  @Operation(
      summary =
          "The numbers of a review: each target judged with its sentence, the indicators on two"
              + " dates, the child units")
  ReviewData json(
      @PathVariable long id,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String body,
      Actor actor) {
    return data(id, kind, from, to, body, actor);
  }

  private ReviewData data(long id, String kind, String from, String to, String body, Actor actor) {
    return documents.data(request(id, kind, from, to, body), Progress.NONE, actor);
  }

  static ReviewDocuments.Request request(
      long id, String kind, String from, String to, String body) {
    return new ReviewDocuments.Request(
        id, ReviewKind.parse(kind), date("from", from), date("to", to), homeAffairs(body));
  }

  static LocalDate date(String name, String value) {
    return value == null || value.isBlank() ? null : AsOf.parseLenient(name, value);
  }

  static boolean homeAffairs(String body) {
    if (body == null || body.isBlank() || body.equalsIgnoreCase("ubnd")) {
      return false;
    }
    if (body.equalsIgnoreCase("snv")) {
      return true;
    }
    throw new BadRequestException("body", "report.review.body.invalid", body);
  }
}
