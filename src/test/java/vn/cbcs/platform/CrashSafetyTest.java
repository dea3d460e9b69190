package vn.cbcs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Crash safety of the embedded database (issue 7): CBCS runs in its own JVM on a kept data
 * directory while four clients record people (each with a qualification and a post, one transaction
 * each); the JVM is killed with SIGKILL mid-write, then, in a second round, the JVM and every
 * PostgreSQL process with it. After each restart on the same directory the application comes back
 * by itself, every write it acknowledged is there whole, no write is there in part, and the audit
 * log's chain verifies.
 */
class CrashSafetyTest {

  private static final String PASSWORD = "crash-test-password";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path dir;

  /** Personal IDs of the people the application answered 201 for, with their record ids. */
  private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();

  private final List<String> attempted = java.util.Collections.synchronizedList(new ArrayList<>());

  @Test
  void acknowledgedWritesSurviveKill9OfTheApplicationAndOfPostgres() throws Exception {
    Path data = dir.resolve("pg");
    int http = freePort();
    int pg = freePort();

    Process app = start(data, http, pg, 1);
    writeThenKill(http, () -> app.destroyForcibly());
    waitFor(app);

    Process again = start(data, http, pg, 2);
    check(http, pg);
    int firstRound = acknowledged.size();

    writeThenKill(
        http,
        () -> {
          killPostgres(data);
          again.destroyForcibly();
        });
    waitFor(again);

    Process last = start(data, http, pg, 3);
    try {
      check(http, pg);
      assertThat(acknowledged.size()).as("the second round wrote too").isGreaterThan(firstRound);
    } finally {
      last.destroy(); // SIGTERM: a clean stop
      if (!last.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        last.destroyForcibly();
        killPostgres(data);
      }
    }
  }

  private Process start(Path data, int http, int pg, int run) throws Exception {
    Path log = Path.of("target", "crash-test", "app-" + run + ".log");
    Files.createDirectories(log.getParent());
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            "vn.cbcs.CbcsApplication",
            "--server.port=" + http,
            "--cbcs.embedded-db.data-dir=" + data,
            "--cbcs.embedded-db.port=" + pg,
            "--cbcs.demo.generate=false",
            "--cbcs.demo.admin-password=" + PASSWORD,
            "--logging.level.root=WARN",
            "--logging.level.vn.cbcs=INFO");
    // the embedded database is what is tested, even where CI points the tests at an external one
    pb.environment().keySet().removeIf(k -> k.startsWith("SPRING_DATASOURCE"));
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    Process p = pb.start();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      assertThat(p.isAlive()).as("the application started (see " + log + ")").isTrue();
      try {
        HttpResponse<String> r =
            HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + http + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("UP")) {
          return p;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    p.destroyForcibly();
    throw new AssertionError("The application did not start within 4 minutes; see " + log);
  }

  /** Four clients record people until {@code kill} has run (after 20 acknowledged writes). */
  private void writeThenKill(int http, Runnable kill) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger done = new AtomicInteger();
    int before = acknowledged.size();
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread t =
          new Thread(
              () -> {
                while (!stop.get()) {
                  ObjectNode p = person("Nguyễn Thị Sập Nguồn", true, 1990);
                  p.set(
                      "qualifications",
                      array(qualification("PROFESSIONAL", "DAI_HOC", "2012-06-30")));
                  p.set(
                      "assignments",
                      array(assignment("02023", "VAN_HOA_XA_HOI", "2018-01-01", "2025-06-30")));
                  String personalId = p.get("personalId").asString();
                  attempted.add(personalId);
                  try {
                    HttpResponse<String> r = post(http, p);
                    if (r.statusCode() == 201) {
                      acknowledged.put(personalId, JSON.readTree(r.body()).get("id").asLong());
                      done.incrementAndGet();
                    }
                  } catch (IOException | InterruptedException e) {
                    // the server went away mid-request: the outcome is unknown, either is fine
                  }
                }
              },
              "crash-client-" + i);
      t.start();
      clients.add(t);
    }
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (done.get() < 20 && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertThat(done.get())
        .as("writes were acknowledged before the kill")
        .isGreaterThanOrEqualTo(20);
    kill.run(); // while the clients are still writing
    stop.set(true);
    for (Thread t : clients) {
      t.join(30_000);
    }
    assertThat(acknowledged.size()).isGreaterThan(before);
  }

  private static HttpResponse<String> post(int http, JsonNode body)
      throws IOException, InterruptedException {
    String auth =
        Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + http + "/api/people"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Basic " + auth)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** SIGKILL to the postmaster and every backend, as the OOM killer or a power cut would. */
  private static void killPostgres(Path data) {
    try {
      String pid = Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim();
      ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(pid)).orElseThrow();
      List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
      all.add(postmaster);
      all.forEach(ProcessHandle::destroyForcibly);
      for (ProcessHandle h : all) {
        h.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      throw new IllegalStateException("Could not kill PostgreSQL", e);
    }
  }

  private static void waitFor(Process p) throws InterruptedException {
    assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
  }

  /** The application role's password, from the file kept with the cluster. */
  private String appPassword() throws IOException {
    return Files.readAllLines(dir.resolve("pg").resolve("cbcs.pgpass")).stream()
        .filter(l -> l.startsWith("localhost:*:*:cbcs:"))
        .map(l -> l.substring("localhost:*:*:cbcs:".length()))
        .findFirst()
        .orElseThrow();
  }

  private void check(int http, int pg) throws Exception {
    try (Connection c =
        DriverManager.getConnection(
            "jdbc:postgresql://localhost:" + pg + "/cbcs", "cbcs", appPassword())) {
      // every acknowledged write is there, whole
      for (Map.Entry<String, Long> e : acknowledged.entrySet()) {
        assertThat(parts(c, e.getKey()))
            .as("person %s (record %d), acknowledged before the kill", e.getKey(), e.getValue())
            .isEqualTo("1 1 1 1 1");
      }
      // no write is there in part: every person a client sent is all there or not at all
      for (String personalId : new ArrayList<>(attempted)) {
        assertThat(parts(c, personalId)).as(personalId).isIn("1 1 1 1 1", "0 0 0 0 0");
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT ok, problem FROM audit_verify()");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getBoolean(1)).as(rs.getString(2)).isTrue();
      }
    }
    Long any = acknowledged.values().iterator().next();
    String auth =
        Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + http + "/api/people/" + any))
                .header("Authorization", "Basic " + auth)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  /** Person, creation revision, qualification, post and audit event of one personal ID. */
  private static String parts(Connection c, String personalId) throws Exception {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT count(DISTINCT p.id) || ' ' || count(DISTINCT r.id) || ' '"
                + " || count(DISTINCT q.id) || ' ' || count(DISTINCT a.id) || ' '"
                + " || count(DISTINCT l.id)"
                + " FROM (SELECT ?::char(12) AS pid) k"
                + " LEFT JOIN person p ON p.personal_id = k.pid"
                + " LEFT JOIN person_revision r ON r.person_id = p.id"
                + " LEFT JOIN qualification q ON q.person_id = p.id"
                + " LEFT JOIN assignment a ON a.person_id = p.id"
                + " LEFT JOIN audit_log l ON l.person_id = p.id AND l.table_name = 'person'"
                + " AND l.kind = 'INSERT'")) {
      ps.setString(1, personalId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
