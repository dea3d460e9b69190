package vn.cbcs.bench;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.audit.AuditLog;
import vn.cbcs.audit.AuditVerification;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.demo.DemoSettings;
import vn.cbcs.people.People;
import vn.cbcs.platform.AsOf;
import vn.cbcs.support.TestActors;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * Load run, not a test (excluded from {@code ./mvnw verify}): 50 simulated users on loopback, each
 * signed in with its own session and thinking 0.5–1.5 s between requests, for 3 minutes after 20 s
 * of warm-up, on the demo province. 45 province officers search by name, list a commune, open
 * records (page, compliance fragment, JSON, CV PDF), record qualifications and now and then import
 * a 5-row Excel file; 5 inspectors also read the audit log of a record. Every response other than
 * the expected status is an error. Run: {@code ./mvnw test -Dtest=LoadBenchmark#run} ({@code
 * -Dbench.users=}, {@code -Dbench.seconds=}). Results: {@code target/benchmarks/load.md}.
 *
 * <p>{@code -Dtest=LoadBenchmark#withoutThinkTime}: the same mix, and the login page alone as a
 * floor, with 20 and then 50 connections that send their next request as soon as the last is
 * answered ({@code -Dbench.seconds=}, default 45, after 10 s of warm-up each); with the pool's
 * highest use and the machine's load. Results: {@code target/benchmarks/load-no-think.md}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // the application as it runs, without the tests' connection guard
    properties = "cbcs.test.connection-guard=false")
class LoadBenchmark {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String BOUNDARY = "----cbcs-load-boundary";

  @LocalServerPort int port;
  @Autowired DemoDataGenerator demo;
  @Autowired People people;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;
  @Autowired javax.sql.DataSource dataSource;

  private final Map<String, List<Double>> timings = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
  private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger importNo = new AtomicInteger();
  private volatile long measureFrom;
  private volatile long measureTo;
  private volatile boolean think = true;
  private volatile boolean loginOnly;
  private List<Long> ids;
  private List<String> names;
  private List<String> communes;
  private List<Unit> importCommunes;

  @Test
  void run() throws Exception {
    int users = Integer.getInteger("bench.users", 50);
    int seconds = Integer.getInteger("bench.seconds", 180);
    int warmup = Integer.getInteger("bench.warmup", 20);
    prepare();
    long eventsBefore = jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();
    drive(users, seconds, warmup);
    long eventsAfter = jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();
    long t0 = System.nanoTime();
    AuditVerification v = audit.verify(TestActors.SYSTEM);
    double verifyS = (System.nanoTime() - t0) / 1e9;
    String md = report(users, seconds, warmup, eventsAfter - eventsBefore, v, verifyS);
    System.out.println(md);
    Path dir = Path.of("target", "benchmarks");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("load.md"), md);
  }

  /**
   * The same users without think time: each sends its next request when the last is answered. The
   * realistic mix, then the login page alone (the cheapest page: a floor), at 20 and at 50.
   */
  @Test
  void withoutThinkTime() throws Exception {
    int seconds = Integer.getInteger("bench.seconds", 45);
    int warmup = Integer.getInteger("bench.warmup", 10);
    prepare();
    think = false;
    com.zaxxer.hikari.HikariPoolMXBean pool =
        dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean();
    StringBuilder md =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "## Without think time: %d s measured after %d s of warm-up, pool of %d, %d cores%n",
                seconds,
                warmup,
                dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getMaximumPoolSize(),
                Runtime.getRuntime().availableProcessors()));
    for (boolean login : new boolean[] {false, true}) {
      for (int users : new int[] {20, 50}) {
        loginOnly = login;
        timings.clear();
        errors.clear();
        errorSamples.clear();
        String loadBefore = loadAverage();
        int[] peak = new int[2];
        Thread sampler =
            new Thread(
                () -> {
                  while (!Thread.currentThread().isInterrupted()) {
                    peak[0] = Math.max(peak[0], pool.getActiveConnections());
                    peak[1] = Math.max(peak[1], pool.getThreadsAwaitingConnection());
                    try {
                      Thread.sleep(20);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
        sampler.start();
        drive(users, seconds, warmup);
        sampler.interrupt();
        sampler.join();
        md.append(
            String.format(
                Locale.ROOT,
                "%n### %d connections, %s, no think time%n%n",
                users,
                login ? "GET /login only" : "the realistic mix"));
        md.append(table(seconds));
        md.append(
            String.format(
                Locale.ROOT,
                "%nPool: at most %d connections in use and %d threads waiting (sampled every 20"
                    + " ms); afterwards %d in use, %d waiting. Load average before %s, after %s.%n",
                peak[0],
                peak[1],
                pool.getActiveConnections(),
                pool.getThreadsAwaitingConnection(),
                loadBefore,
                loadAverage()));
        errorSamples.forEach(e -> md.append("\n    ").append(e));
        System.out.println(md);
      }
    }
    Path dir = Path.of("target", "benchmarks");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("load-no-think.md"), md.toString());
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  private void prepare() {
    if (people.count() == 0) {
      demo.generate(DemoSettings.bacKan(AsOf.today(), 20160426L), null);
    }
    ids = jdbc.sql("SELECT id FROM person ORDER BY id").query(Long.class).list();
    names =
        jdbc.sql("SELECT DISTINCT cbcs_search_key(given_name) FROM person")
            .query(String.class)
            .list();
    communes =
        jdbc.sql("SELECT DISTINCT unit_code FROM positions_assignments_on(:d)")
            .param("d", AsOf.today())
            .query(String.class)
            .list();
    LocalDate today = AsOf.today();
    importCommunes = units.communesUnder(units.find("19", today).orElseThrow(), today);
  }

  private void drive(int users, int seconds, int warmup) throws InterruptedException {
    long start = System.nanoTime();
    measureFrom = start + warmup * 1_000_000_000L;
    measureTo = measureFrom + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      boolean inspector = u % 10 == 9;
      Thread t = new Thread(() -> user(inspector), "load-user-" + u);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
  }

  private void user(boolean inspector) {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    if (loginOnly) {
      while (System.nanoTime() < measureTo) {
        try {
          get(http, "login page (anonymous)", "/login");
        } catch (Exception e) {
          error("exception", e.toString());
        }
      }
      return;
    }
    String csrf;
    try {
      csrf = signIn(http, inspector ? "thanhtra" : "tinh");
    } catch (Exception e) {
      error("sign in", e.toString());
      return;
    }
    ThreadLocalRandom rnd = ThreadLocalRandom.current();
    while (System.nanoTime() < measureTo) {
      int roll = rnd.nextInt(100);
      long id = ids.get(rnd.nextInt(ids.size()));
      try {
        if (roll < 25) {
          get(http, "search by name", "/people?q=" + enc(names.get(rnd.nextInt(names.size()))));
        } else if (roll < 40) {
          get(http, "list a commune", "/people?unit=" + communes.get(rnd.nextInt(communes.size())));
        } else if (roll < 62) {
          get(http, "open a record (page)", "/people/" + id);
        } else if (roll < 67) {
          get(http, "compliance fragment", "/people/" + id + "/compliance");
        } else if (roll < 77) {
          get(http, "record as JSON", "/api/people/" + id);
        } else if (roll < 82) {
          get(http, "CV as PDF", "/people/" + id + "/cv.pdf");
        } else if (roll < 91 && !inspector) {
          addQualification(http, csrf, id, rnd);
        } else if (roll < 91) {
          get(http, "audit log of a record (inspector)", "/audit?person=" + id);
        } else if (roll < 92 && !inspector) {
          importFile(http, csrf);
        } else {
          get(http, "open a record (page)", "/people/" + id);
        }
      } catch (Exception e) {
        error("exception", e.toString());
      }
      if (think) {
        sleep(500 + rnd.nextInt(1000));
      }
    }
  }

  private String signIn(HttpClient http, String user) throws Exception {
    String login = http.send(req("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
    String form = "username=" + user + "&password=demo-cbcs-2025&_csrf=" + enc(find(CSRF, login));
    HttpResponse<String> r =
        http.send(
            req("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String location = r.headers().firstValue("Location").orElse("");
    if (r.statusCode() != 302 || location.contains("error")) {
      throw new IllegalStateException("sign-in refused: " + r.statusCode() + " " + location);
    }
    return find(CSRF, http.send(req("/").build(), HttpResponse.BodyHandlers.ofString()).body());
  }

  private void get(HttpClient http, String op, String path) throws Exception {
    long t = System.nanoTime();
    HttpResponse<byte[]> r = http.send(req(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    record(op, t, r.statusCode() == 200, r.statusCode() + " " + path);
  }

  private void addQualification(HttpClient http, String csrf, long id, ThreadLocalRandom rnd)
      throws Exception {
    String body =
        String.format(
            "{\"track\": \"IT\", \"level\": \"CO_BAN\", \"awardedOn\": \"%d-%02d-%02d\"}",
            2000 + rnd.nextInt(25), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    long t = System.nanoTime();
    HttpResponse<String> r =
        http.send(
            req("/api/people/" + id + "/qualifications")
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    record("record a qualification", t, r.statusCode() == 201, r.statusCode() + " " + r.body());
  }

  private void importFile(HttpClient http, String csrf) throws Exception {
    int n = importNo.incrementAndGet();
    Path file = Files.createTempFile("cbcs-load-", ".xlsx");
    ImportBenchmark.write(file, 900_000 + n * 5, 5, importCommunes);
    byte[] xlsx = Files.readAllBytes(file);
    Files.delete(file);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (String[] field : new String[][] {{"kind", "PEOPLE"}, {"dryRun", "false"}}) {
      body.writeBytes(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field[0]
                  + "\"\r\n\r\n"
                  + field[1]
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"load-"
                + n
                + ".xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(xlsx);
    body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    long t = System.nanoTime();
    HttpResponse<String> r =
        http.send(
            req("/api/imports")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("X-CSRF-TOKEN", csrf)
                .timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    boolean ok = r.statusCode() == 200 && r.body().contains("\"accepted\":5");
    record("import a 5-row Excel file (commit)", t, ok, r.statusCode() + " " + r.body());
  }

  private HttpRequest.Builder req(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60));
  }

  private void record(String op, long startNanos, boolean ok, String detail) {
    long end = System.nanoTime();
    if (startNanos < measureFrom || end > measureTo) {
      return;
    }
    timings
        .computeIfAbsent(op, k -> Collections.synchronizedList(new ArrayList<>()))
        .add((end - startNanos) / 1e6);
    if (!ok) {
      error(op, detail);
    }
  }

  private void error(String op, String detail) {
    errors.computeIfAbsent(op, k -> new AtomicInteger()).incrementAndGet();
    if (errorSamples.size() < 20) {
      errorSamples.add(op + ": " + (detail.length() > 300 ? detail.substring(0, 300) : detail));
    }
  }

  private String report(
      int users, int seconds, int warmup, long events, AuditVerification v, double verifyS) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "### Load run: %d users, %d s measured after %d s of warm-up, think time 0.5–1.5 s%n%n",
            users,
            seconds,
            warmup));
    b.append(table(seconds));
    b.append(
        String.format(
            Locale.ROOT,
            "Audit events written during the run: %,d; the chain of %,d events verified (%s) in %.1f"
                + " s afterwards.%n",
            events,
            v.events(),
            v.ok() ? "intact" : "NOT intact: " + v.problem(),
            verifyS));
    errorSamples.forEach(s -> b.append("\n    ").append(s));
    return b.toString();
  }

  /** The table of the requests measured, with the throughput and the errors. */
  private String table(int seconds) {
    StringBuilder b = new StringBuilder();
    b.append("| request | count | errors | p50 ms | p90 ms | p95 ms | p99 ms | max ms |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    List<Double> all = new ArrayList<>();
    int totalErrors = 0;
    Map<String, List<Double>> sorted = new LinkedHashMap<>();
    timings.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    for (Map.Entry<String, List<Double>> e : sorted.entrySet()) {
      List<Double> ms = new ArrayList<>(e.getValue());
      all.addAll(ms);
      int err = errors.getOrDefault(e.getKey(), new AtomicInteger()).get();
      totalErrors += err;
      b.append(row(e.getKey(), ms, err));
    }
    int other =
        errors.entrySet().stream()
            .filter(e -> !timings.containsKey(e.getKey()))
            .mapToInt(e -> e.getValue().get())
            .sum();
    totalErrors += other;
    b.append(row("**all requests**", all, totalErrors));
    b.append(
        String.format(
            Locale.ROOT,
            "%nThroughput %.1f requests/s; errors %d (other than per request: %d).%n",
            all.size() / (double) seconds,
            totalErrors,
            other));
    return b.toString();
  }

  private static String row(String op, List<Double> ms, int errors) {
    Collections.sort(ms);
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d | %.0f | %.0f | %.0f | %.0f | %.0f |%n",
        op,
        ms.size(),
        errors,
        pct(ms, 50),
        pct(ms, 90),
        pct(ms, 95),
        pct(ms, 99),
        ms.isEmpty() ? 0 : ms.get(ms.size() - 1));
  }

  private static double pct(List<Double> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  private static String find(Pattern p, String text) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token in the page");
    }
    return m.group(1);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
