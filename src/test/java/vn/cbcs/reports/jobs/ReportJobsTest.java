package vn.cbcs.reports.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.cbcs.reports.ReportReadBack;
import vn.cbcs.reports.TuaChuaDistrict;
import vn.cbcs.reports.quality.QualityDocuments;
import vn.cbcs.reports.quality.QualityTable;
import vn.cbcs.resolutions.Resolution;
import vn.cbcs.resolutions.Resolutions;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * Large reports run in the background: the application keeps answering while one runs, the job
 * reports its progress, and its files download when done — for the user who started it only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportJobsTest {

  @LocalServerPort int port;
  @Autowired ReportJobs jobs;
  @Autowired QualityDocuments quality;
  @Autowired Resolutions resolutions;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  void build() {
    TuaChuaDistrict.build(port, jdbc);
  }

  /** Polls the job's status through the API until it is finished (at most a minute). */
  private JsonNode awaitFinished(Api api, String id) throws InterruptedException {
    Instant limit = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      JsonNode job = api.get("/api/reports/jobs/" + id).json();
      String status = job.get("status").asString();
      if (status.equals("DONE") || status.equals("FAILED")) {
        return job;
      }
      assertThat(Instant.now()).as("job " + id + " still " + status).isBefore(limit);
      Thread.sleep(200);
    }
  }

  @Test
  void otherRequestsAreServedWhileAJobRunsAndItsFileDownloadsWhenDone() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    var scope =
        quality.scope(TuaChuaDistrict.PROVINCE, TuaChuaDistrict.END_2020, null, TestActors.SYSTEM);
    ReportJob job =
        jobs.submit(
            "quality",
            "held",
            TestActors.ADMIN,
            progress -> {
              progress.update(10, "report.progress.loading");
              started.countDown();
              assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
              QualityTable t = quality.table(scope, TestActors.SYSTEM);
              return new ReportJob.Result(List.of(quality.xlsx(t)), t);
            });
    assertThat(started.await(30, TimeUnit.SECONDS)).as("the job started").isTrue();
    Api api = Api.admin(port);
    // the job holds its worker thread; the application answers other requests meanwhile
    long t0 = System.nanoTime();
    var other =
        api.get("/api/reports/quality?unit=" + TuaChuaDistrict.DISTRICT + "&asOf=2020-12-31");
    assertThat(other.status()).isEqualTo(200);
    assertThat(api.get("/api/units/stats?asOf=2020-12-31").status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
    JsonNode running = api.get("/api/reports/jobs/" + job.id()).json();
    assertThat(running.get("status").asString()).isEqualTo("RUNNING");
    assertThat(running.get("percent").asInt()).isEqualTo(10);
    assertThat(running.get("files")).isEmpty();
    release.countDown();
    JsonNode done = awaitFinished(api, job.id());
    assertThat(done.get("status").asString()).isEqualTo("DONE");
    assertThat(done.get("percent").asInt()).isEqualTo(100);
    var file = api.download("/api/reports/jobs/" + job.id() + "/file.xlsx");
    assertThat(file.status()).isEqualTo(200);
    assertThat(ReportReadBack.xlsxRows(file.bytes())).containsKey("Tổng cộng");
  }

  @Test
  void aProvinceQualityTableMadeInTheBackgroundSaysWhatTheApiSays() throws Exception {
    Api api = Api.admin(port);
    var started =
        api.post(
            "/api/reports/jobs",
            Map.of("type", "quality", "unit", TuaChuaDistrict.PROVINCE, "asOf", "2020-12-31"));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = started.json().get("id").asString();
    JsonNode done = awaitFinished(api, id);
    assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
    List<String> formats = new ArrayList<>();
    done.get("files").forEach(f -> formats.add(f.get("format").asString()));
    assertThat(formats).containsExactly("xlsx", "pdf");
    JsonNode json =
        api.get("/api/reports/quality?unit=" + TuaChuaDistrict.PROVINCE + "&asOf=2020-12-31")
            .json();
    Map<String, List<Long>> sheet =
        ReportReadBack.xlsxRows(api.download("/api/reports/jobs/" + id + "/file.xlsx").bytes());
    List<String> keys = new ArrayList<>();
    json.get("columns").forEach(c -> keys.add(c.get("key").asString()));
    assertThat(json.get("rows").size()).as("the districts of Điện Biên in 2020").isEqualTo(10);
    for (JsonNode row : json.get("rows")) {
      List<Long> cells = sheet.get(row.get("name").asString());
      for (int i = 0; i < keys.size(); i++) {
        assertThat(cells.get(i))
            .as(row.get("name").asString() + " " + keys.get(i))
            .isEqualTo(row.get("counts").get(keys.get(i)).asLong());
      }
    }
    assertThat(sheet.get("Huyện Tủa Chùa").get(0)).isEqualTo(6);
    var pdf = api.download("/api/reports/jobs/" + id + "/file.pdf");
    assertThat(ReportReadBack.pdfText(pdf.bytes())).contains("SỞ NỘI VỤ", "UBND TỈNH ĐIỆN BIÊN");
  }

  @Test
  void aReviewMadeInTheBackground() throws Exception {
    Resolution r = TuaChuaDistrict.resolution(resolutions);
    Api api = Api.admin(port);
    var started =
        api.post(
            "/api/reports/jobs",
            Map.of("type", "review", "resolution", r.id(), "kind", "tong-ket"));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    JsonNode done = awaitFinished(api, started.json().get("id").asString());
    assertThat(done.get("status").asString()).isEqualTo("DONE");
    JsonNode data = api.get("/api/resolutions/" + r.id() + "/report-data?kind=tong-ket").json();
    String text =
        ReportReadBack.docxText(
            api.download(done.get("files").get(0).get("download").asString()).bytes());
    assertThat(text).contains("Tổng kết việc thực hiện Nghị quyết số " + r.number());
    data.get("targets").forEach(t -> assertThat(text).contains(t.get("sentence").asString()));
  }

  @Test
  void aJobIsSeenOnlyByWhoStartedIt() throws Exception {
    Api admin = Api.admin(port);
    var started =
        admin.post(
            "/api/reports/jobs",
            Map.of("type", "quality", "unit", TuaChuaDistrict.DISTRICT, "asOf", "2020-12-31"));
    String id = started.json().get("id").asString();
    awaitFinished(admin, id);
    Api other = new Api(port, "tinh", "demo-cbcs-2025");
    assertThat(other.get("/api/reports/jobs/" + id).status()).as("another's job").isEqualTo(403);
    assertThat(other.download("/api/reports/jobs/" + id + "/file.xlsx").status()).isEqualTo(403);
    assertThat(other.get("/api/reports/jobs/no-such-job").status()).isEqualTo(404);
    assertThat(admin.download("/api/reports/jobs/" + id + "/file.docx").status()).isEqualTo(404);
  }

  @Test
  void aWrongRequestIsRefusedWithItsReason() {
    Api api = Api.admin(port);
    var type = api.post("/api/reports/jobs", Map.of("type", "salary"));
    assertThat(type.status()).isEqualTo(400);
    assertThat(type.json().get("parameter").asString()).isEqualTo("type");
    var unit = api.post("/api/reports/jobs", Map.of("type", "quality", "unit", "99999"));
    assertThat(unit.status()).isEqualTo(404);
    var review = api.post("/api/reports/jobs", Map.of("type", "review"));
    assertThat(review.status()).isEqualTo(400);
  }
}
