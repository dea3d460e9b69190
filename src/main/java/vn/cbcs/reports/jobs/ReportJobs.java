package vn.cbcs.reports.jobs;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.CurrentActor;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.MessageException;
import vn.cbcs.platform.NotFoundException;

/**
 * Runs large reports in the background on a small pool of its own threads ({@code
 * cbcs.reports.workers}, default 2), so that a province's or the country's report never holds a
 * request thread and at most that many run at once; the rest wait their turn in order. Jobs live in
 * memory: finished ones are forgotten after {@code cbcs.reports.keep-minutes} (default 60), and all
 * of them when the application stops. Each job is seen only by the user who started it.
 */
@Service
public class ReportJobs {

  /** What a job runs: it reports its progress and returns its files. */
  @FunctionalInterface
  public interface Task {
    ReportJob.Result run(Progress progress) throws Exception;
  }

  private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

  private final ExecutorService workers;
  private final Map<String, ReportJob> jobs = new ConcurrentHashMap<>();
  private final Duration keep;
  private final int maxWaiting;

  ReportJobs(
      @Value("${cbcs.reports.workers:2}") int workers,
      @Value("${cbcs.reports.keep-minutes:60}") long keepMinutes,
      @Value("${cbcs.reports.max-waiting:50}") int maxWaiting) {
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            Math.max(1, workers),
            r -> {
              Thread t = new Thread(r, "report-" + n.incrementAndGet());
              t.setDaemon(true);
              t.setPriority(Thread.NORM_PRIORITY - 1);
              return t;
            });
    this.keep = Duration.ofMinutes(keepMinutes);
    this.maxWaiting = maxWaiting;
  }

  /**
   * Queues a job for {@code owner}.
   *
   * @throws ConflictException ({@code report.job.busy}) when too many jobs are waiting
   */
  public ReportJob submit(String type, String title, Actor actor, Task task) {
    actor.require(Capability.READ_FIGURES);
    String owner = actor.username();
    forgetOld();
    long waiting = jobs.values().stream().filter(j -> !j.status().finished()).count();
    if (waiting >= maxWaiting) {
      throw new ConflictException("report.job.busy");
    }
    ReportJob job = new ReportJob(UUID.randomUUID().toString(), type, title, owner);
    jobs.put(job.id(), job);
    workers.submit(() -> CurrentActor.runAs(actor, () -> run(job, task)));
    return job;
  }

  private void run(ReportJob job, Task task) {
    job.running();
    try {
      job.done(task.run(job::progress));
    } catch (MessageException e) {
      job.failed(e.messageKey());
    } catch (vn.cbcs.platform.BadRequestException e) {
      job.failed(e.messageKey());
    } catch (Exception | LinkageError e) {
      log.error("Report job {} ({}) failed", job.id(), job.title(), e);
      job.failed("report.job.failed");
    }
  }

  /**
   * The job, if {@code user} started it.
   *
   * @throws NotFoundException ({@code report.job.unknown}) otherwise, or once forgotten
   */
  public ReportJob require(String id, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    ReportJob job = jobs.get(id);
    if (job == null) {
      throw new NotFoundException("report.job.unknown", id);
    }
    if (!job.owner().equals(actor.username())) {
      throw new ForbiddenException("report.job.notYours");
    }
    return job;
  }

  /** The actor's jobs, newest first. */
  public List<ReportJob> of(Actor actor) {
    actor.require(Capability.READ_FIGURES);
    return jobs.values().stream()
        .filter(j -> j.owner().equals(actor.username()))
        .sorted(Comparator.comparing(ReportJob::createdAt).reversed())
        .toList();
  }

  private void forgetOld() {
    Instant limit = Instant.now().minus(keep);
    jobs.values().removeIf(j -> j.finishedAt() != null && j.finishedAt().isBefore(limit));
  }

  @PreDestroy
  void stop() {
    workers.shutdownNow();
  }
}
