package vn.cbcs.reports.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cbcs.indicators.QuickDates;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.reports.jobs.ReportJobs;
import vn.cbcs.resolutions.Resolutions;

/** The reports page: what can be printed, and the user's background reports. */
@Controller
class ReportsPageController {

  private final Resolutions resolutions;
  private final ReportJobs jobs;
  private final QuickDates quickDates;

  ReportsPageController(Resolutions resolutions, ReportJobs jobs, QuickDates quickDates) {
    this.resolutions = resolutions;
    this.jobs = jobs;
    this.quickDates = quickDates;
  }

  /** The milestones of the targets of the resolutions the actor reads. */
  private List<QuickDates.Milestone> milestones(Actor actor) {
    List<QuickDates.Milestone> out = new java.util.ArrayList<>();
    for (vn.cbcs.resolutions.Resolution r : resolutions.all(actor)) {
      for (vn.cbcs.resolutions.Target t : r.targets()) {
        out.add(new QuickDates.Milestone(r.unitCode(), t.milestone(), r.unitOn()));
      }
    }
    return out;
  }

  @GetMapping("/reports")
  String index(Actor actor, Model model) {
    model.addAttribute(
        "view",
        new ReportPages.Index(
            AsOf.today(),
            resolutions.all(actor),
            jobs.of(actor),
            quickDates.of(actor, AsOf.today(), milestones(actor))));
    return "reports/index";
  }
}
