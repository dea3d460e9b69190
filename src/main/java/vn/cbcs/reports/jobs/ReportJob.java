package vn.cbcs.reports.jobs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report being generated in the background: who asked, where it stands, and when done its files
 * (and what they were made from, to show on the page). Updated by one worker thread, read by the
 * pages: every field that changes is volatile or replaced as a whole.
 */
public final class ReportJob {

  /** Where a job stands. */
  public enum Status {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public boolean finished() {
      return this == DONE || this == FAILED;
    }

    public String messageKey() {
      return "report.job.status." + name();
    }
  }

  /** What a finished job gives: its files in the order offered, and the model they show. */
  public record Result(List<ReportFile> files, Object model) {

    public Result {
      files = List.copyOf(files);
    }
  }

  private final String id;
  private final String type;
  private final String title;
  private final String owner;
  private final Instant createdAt = Instant.now();
  private volatile Status status = Status.QUEUED;
  private volatile int percent;
  private volatile String stepKey = "report.progress.queued";
  private volatile Result result;
  private volatile Instant finishedAt;

  ReportJob(String id, String type, String title, String owner) {
    this.id = id;
    this.type = type;
    this.title = title;
    this.owner = owner;
  }

  public String id() {
    return id;
  }

  /** "quality" or "review". */
  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public String owner() {
    return owner;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Status status() {
    return status;
  }

  public int percent() {
    return percent;
  }

  public String stepKey() {
    return stepKey;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public List<ReportFile> files() {
    Result r = result;
    return r == null ? List.of() : r.files();
  }

  public Optional<ReportFile> file(String format) {
    return files().stream().filter(f -> f.format().equals(format)).findFirst();
  }

  /** The model the files were made from (e.g. the quality table), once done. */
  public Object model() {
    Result r = result;
    return r == null ? null : r.model();
  }

  /** A summary for the JSON API (no file contents). */
  public Map<String, Object> summary() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("type", type);
    m.put("title", title);
    m.put("status", status.name());
    m.put("percent", percent);
    m.put("step", stepKey);
    m.put("createdAt", createdAt.toString());
    m.put("finishedAt", finishedAt == null ? null : finishedAt.toString());
    m.put(
        "files",
        files().stream()
            .map(
                f ->
                    Map.of(
                        "format",
                        f.format(),
                        "fileName",
                        f.fileName(),
                        "size",
                        f.bytes().length,
                        "download",
                        "/api/reports/jobs/" + id + "/file." + f.format()))
            .toList());
    return m;
  }

  void running() {
    status = Status.RUNNING;
  }

  void progress(int percent, String stepKey) {
    this.percent = Math.max(this.percent, Math.min(99, Math.max(0, percent)));
    this.stepKey = stepKey;
  }

  void done(Result result) {
    this.result = result;
    this.percent = 100;
    this.stepKey = "report.progress.done";
    this.finishedAt = Instant.now();
    this.status = Status.DONE;
  }

  void failed(String stepKey) {
    this.stepKey = stepKey;
    this.finishedAt = Instant.now();
    this.status = Status.FAILED;
  }
}
