package vn.cbcs.reports.review;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.cbcs.platform.Actor;
import vn.cbcs.reports.jobs.Progress;
import vn.cbcs.reports.jobs.ReportFile;
import vn.cbcs.reports.jobs.ReportJob;
import vn.cbcs.reports.jobs.ReportJobs;

/** A resolution's review as files: DOCX to edit and sign, and PDF, from one computation. */
@Service
public class ReviewDocuments {

  private final Reviews reviews;

  ReviewDocuments(Reviews reviews) {
    this.reviews = reviews;
  }

  /** What a review is asked for: the resolution, the kind, the two dates, the issuing body. */
  public record Request(
      long resolutionId, ReviewKind kind, LocalDate from, LocalDate to, boolean homeAffairs) {}

  public ReviewData data(Request r, Progress progress, Actor actor) {
    return reviews.data(
        r.resolutionId(), r.kind(), r.from(), r.to(), r.homeAffairs(), progress, actor);
  }

  public ReportFile docx(ReviewData d) {
    return new ReportFile(
        fileName(d, "docx"), ReportFile.DOCX, new ReviewDocxWriter().write(content(d)));
  }

  public ReportFile pdf(ReviewData d) {
    return new ReportFile(
        fileName(d, "pdf"), ReportFile.PDF, new ReviewPdfWriter().write(content(d)));
  }

  public ReviewContent content(ReviewData d) {
    return ReviewContentFactory.build(d);
  }

  /** "bao-cao-so-ket-nq-7-2020-12-31.docx" */
  static String fileName(ReviewData d, String extension) {
    return "bao-cao-" + d.kind() + "-nq-" + d.resolution().id() + "-" + d.to() + "." + extension;
  }

  /** The whole review as a background task: the numbers, then both files. */
  public ReportJobs.Task task(Request request, Actor actor) {
    return progress -> {
      ReviewData d = data(request, progress, actor);
      progress.update(75, "report.progress.docx");
      ReviewContent content = content(d);
      ReportFile docx =
          new ReportFile(
              fileName(d, "docx"), ReportFile.DOCX, new ReviewDocxWriter().write(content));
      progress.update(88, "report.progress.pdf");
      ReportFile pdf =
          new ReportFile(fileName(d, "pdf"), ReportFile.PDF, new ReviewPdfWriter().write(content));
      return new ReportJob.Result(List.of(docx, pdf), d);
    };
  }
}
