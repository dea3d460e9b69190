package vn.cbcs.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.reports.jobs.ReportFile;
import vn.cbcs.reports.jobs.ReportJob;
import vn.cbcs.reports.jobs.ReportJobs;
import vn.cbcs.reports.quality.QualityDocuments;
import vn.cbcs.reports.quality.QualityTable;
import vn.cbcs.reports.review.ReviewData;
import vn.cbcs.reports.review.ReviewDocuments;
import vn.cbcs.resolutions.Resolutions;

/**
 * Reports made in the background: start one (the page's form, or the API), follow its progress (the
 * page polls a fragment with htmx), download its files when done. A job is seen only by the user
 * who started it.
 */
@Controller
@Tag(name = "Báo cáo / Reports")
class ReportJobController {

  private final ReportJobs jobs;
  private final QualityDocuments quality;
  private final ReviewDocuments reviews;
  private final Resolutions resolutions;

  ReportJobController(
      ReportJobs jobs, QualityDocuments quality, ReviewDocuments reviews, Resolutions resolutions) {
    this.jobs = jobs;
    this.quality = quality;
    this.reviews = reviews;
    this.resolutions = resolutions;
  }

  /** What starts a job: {@code type} quality (unit, asOf, unitOn) or review (resolution, …). */
  record JobRequest(
      String type,
      String unit,
      String asOf,
      String unitOn,
      Long resolution,
      String kind,
      String from,
      String to,
      String body) {}

  @PostMapping("/reports/jobs")
  String start(@RequestParam Map<String, String> form, Actor actor) {
    Long resolution =
        form.get("resolution") == null || form.get("resolution").isBlank()
            ? null
            : parseId(form.get("resolution"));
    ReportJob job =
        submit(
            new JobRequest(
                form.get("type"),
                form.get("unit"),
                form.get("asOf"),
                form.get("unitOn"),
                resolution,
                form.get("kind"),
                form.get("from"),
                form.get("to"),
                form.get("body")),
            actor);
    return "redirect:/reports/jobs/" + job.id();
  }

  @PostMapping("/api/reports/jobs")
  @ResponseBody
  @Operation(
      summary =
          "Starts a report in the background: {type: quality, unit, asOf, unitOn} or {type:"
              + " review, resolution, kind, from, to, body}; 202 with the job to follow")
  ResponseEntity<Map<String, Object>> startApi(@RequestBody JobRequest request, Actor actor) {
    ReportJob job = submit(request, actor);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .location(URI.create("/api/reports/jobs/" + job.id()))
        .body(job.summary());
  }

  /**
   * Checks the request with the actor (its unit or resolution in the actor's ground, 403) before
   * queueing it; the job runs with the same actor, so the services check again on its thread.
   */
  private ReportJob submit(JobRequest r, Actor actor) {
    String type = r.type() == null ? "" : r.type().trim();
    if (type.equals("quality")) {
      LocalDate asOf = AsOf.parseLenient("asOf", r.asOf());
      LocalDate unitOn =
          r.unitOn() == null || r.unitOn().isBlank()
              ? null
              : AsOf.parseLenient("unitOn", r.unitOn());
      IndicatorScope scope = quality.scope(r.unit(), asOf, unitOn, actor);
      String title =
          "Số lượng, chất lượng CBCC cấp xã – "
              + (scope.national() ? "Toàn quốc" : scope.unit().fullName())
              + " – "
              + vn.cbcs.reports.review.TargetPhrases.date(asOf);
      return jobs.submit("quality", title, actor, quality.task(scope, actor));
    }
    if (type.equals("review")) {
      if (r.resolution() == null) {
        throw new BadRequestException("resolution", "report.job.resolution.required");
      }
      var request = ReviewController.request(r.resolution(), r.kind(), r.from(), r.to(), r.body());
      var resolution = resolutions.require(r.resolution(), actor);
      String title = "Báo cáo " + request.kind().lower() + " Nghị quyết " + resolution.number();
      return jobs.submit("review", title, actor, reviews.task(request, actor));
    }
    throw new BadRequestException("type", "report.job.type.invalid", type);
  }

  @GetMapping("/reports/jobs/{id}")
  String page(@PathVariable String id, Actor actor, Model model) {
    model.addAttribute("view", view(jobs.require(id, actor)));
    return "reports/job";
  }

  @GetMapping("/reports/jobs/{id}/progress")
  String progress(@PathVariable String id, Actor actor, Model model) {
    model.addAttribute("view", view(jobs.require(id, actor)));
    return "reports/jobProgress";
  }

  @GetMapping({"/reports/jobs/{id}/file.{format}", "/api/reports/jobs/{id}/file.{format}"})
  ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String format, Actor actor) {
    ReportJob job = jobs.require(id, actor);
    ReportFile file =
        job.file(format).orElseThrow(() -> new NotFoundException("report.job.noFile", format));
    return Downloads.of(file);
  }

  @GetMapping("/api/reports/jobs/{id}")
  @ResponseBody
  @Operation(summary = "Where a background report stands: status, percent, step, files when done")
  Map<String, Object> status(@PathVariable String id, Actor actor) {
    return jobs.require(id, actor).summary();
  }

  private static ReportPages.Job view(ReportJob job) {
    Object model = job.model();
    return new ReportPages.Job(
        job, model instanceof QualityTable q ? q : null, model instanceof ReviewData d ? d : null);
  }

  private static long parseId(String value) {
    String v = value == null ? "" : value.trim();
    if (!vn.cbcs.platform.Ids.valid(v)) {
      throw new BadRequestException("resolution", "report.job.resolution.required");
    }
    return Long.parseLong(v);
  }
}
