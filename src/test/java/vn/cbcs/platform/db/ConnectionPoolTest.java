package vn.cbcs.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.ConnectionGuard;
import vn.cbcs.support.PersonJsonMother;

/**
 * The pool under load (issue 11, finding 6), on a pool of 4 connections in a context of its own: 4×
 * as many clients signed in with the form (session cookie and CSRF token), and HTTP Basic clients
 * beside them, ask for pages, JSON and writes without pausing. Every request is answered (no 5xx,
 * no client time-out; a 409 for a stale version is an answer), the pool is idle again afterwards,
 * and the application still answers and signs people in. And a transaction whose audit settings
 * cannot be set is refused as a whole, without leaving its connection behind. Not a timing test:
 * nothing is measured, every count is fixed.
 */
@Tag("concurrency")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"cbcs.embedded-db.pool-size=4", "spring.datasource.hikari.maximum-pool-size=4"})
class ConnectionPoolTest {

  private static final int POOL = 4;
  private static final int FORM_CLIENTS = Integer.getInteger("concurrency.clients", 4 * POOL);
  private static final int BASIC_CLIENTS = 4;
  private static final int REQUESTS = Integer.getInteger("concurrency.requests", 48);
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ADMIN_PASSWORD = "admin-test-password";

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  private final List<Long> people = new ArrayList<>();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger answered = new AtomicInteger();

  @BeforeEach
  void somePeopleInOneCommune() {
    Api admin = new Api(port, "admin", ADMIN_PASSWORD);
    for (int i = 0; i < 6; i++) {
      ObjectNode p = PersonJsonMother.person("Hoàng Thị Tải " + i, i % 2 == 0, 1980 + i);
      p.set(
          "assignments",
          PersonJsonMother.array(
              PersonJsonMother.assignment(
                  "01840", "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
      Api.Response r = admin.post("/api/people", p);
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      people.add(r.json().get("id").asLong());
    }
  }

  @AfterEach
  void noFaultLeftArmed() {
    ConnectionGuard.noFaults();
  }

  @Test
  void signedInClientsWithoutPausesAreAllAnsweredAndThePoolComesBackToIdle() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < FORM_CLIENTS; c++) {
      Client client = Client.signedIn(port, c % 4 == 3 ? "tinh" : "admin");
      int n = c;
      threads.add(new Thread(() -> run(start, () -> formClient(client, n)), "form-client-" + c));
    }
    for (int c = 0; c < BASIC_CLIENTS; c++) {
      Client client = Client.basic(port, "admin", ADMIN_PASSWORD);
      int n = c;
      threads.add(new Thread(() -> run(start, () -> basicClient(client, n)), "basic-client-" + c));
    }
    threads.forEach(Thread::start);
    start.countDown();
    for (Thread t : threads) {
      t.join(Duration.ofMinutes(10).toMillis());
      assertThat(t.isAlive()).as(t.getName() + " finished").isFalse();
    }

    assertThat(failures).as("requests not answered as expected").isEmpty();
    assertThat(answered.get())
        .as("every request had its answer")
        .isGreaterThanOrEqualTo(FORM_CLIENTS * REQUESTS + BASIC_CLIENTS * (REQUESTS / 2));
    assertPoolIdleAndApplicationWell();
  }

  @Test
  void aTransactionWhoseAuditSettingsFailIsRefusedAndLeavesNoConnectionBehind() throws Exception {
    Client client = Client.signedIn(port, "admin");
    long person = people.get(0);
    for (boolean unchecked : new boolean[] {false, true}) {
      long before = qualifications(person);
      // every transaction begun now fails to set its audit context: 3× the pool, one after another
      ConnectionGuard.failStatements("set_config('cbcs.actor'", Integer.MAX_VALUE, unchecked);
      for (int i = 0; i < 3 * POOL; i++) {
        HttpResponse<String> r = client.send(qualification(client, person, 2000 + i));
        assertThat(r.statusCode())
            .as(
                "a write whose audit context could not be set is not reported as saved: "
                    + r.body())
            .isGreaterThanOrEqualTo(400);
      }
      ConnectionGuard.noFaults();
      assertThat(qualifications(person))
          .as("nothing of the refused writes was kept")
          .isEqualTo(before);
      assertThat(idleWithin(Duration.ofSeconds(30)))
          .as("no connection left bound (" + (unchecked ? "exception" : "SQL error") + ")")
          .isTrue();
      HttpResponse<String> ok = client.send(qualification(client, person, 1999));
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
      assertThat(qualifications(person)).isEqualTo(before + 1);
    }
    assertPoolIdleAndApplicationWell();
  }

  private long qualifications(long person) {
    return jdbc.sql(
            "SELECT count(*) FROM qualification WHERE person_id = ? AND superseded_at IS NULL")
        .param(person)
        .query(Long.class)
        .single();
  }

  private void assertPoolIdleAndApplicationWell() throws Exception {
    assertThat(idleWithin(Duration.ofSeconds(30))).as("the pool back to idle").isTrue();
    HikariPoolMXBean pool = pool();
    assertThat(pool.getActiveConnections()).as("connections in use").isZero();
    assertThat(pool.getThreadsAwaitingConnection()).as("threads waiting").isZero();
    assertThat(pool.getTotalConnections()).isLessThanOrEqualTo(POOL);

    Client anonymous = Client.anonymous(port);
    HttpResponse<String> health = anonymous.send(anonymous.get("/actuator/health"));
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
    Client fresh = Client.signedIn(port, "admin");
    HttpResponse<String> page = fresh.send(fresh.get("/people/" + people.get(1)));
    assertThat(page.statusCode()).isEqualTo(200);
  }

  private HikariPoolMXBean pool() throws Exception {
    return dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
  }

  /** Whether no connection is in use and nobody waits, now or within {@code wait}. */
  private boolean idleWithin(Duration wait) throws Exception {
    long deadline = System.nanoTime() + wait.toNanos();
    HikariPoolMXBean pool = pool();
    while (pool.getActiveConnections() > 0 || pool.getThreadsAwaitingConnection() > 0) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(50);
    }
    return true;
  }

  private void run(CountDownLatch start, ThrowingRunnable work) {
    try {
      start.await();
      work.run();
    } catch (Exception e) {
      failures.add(Thread.currentThread().getName() + ": " + e);
    }
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  private void formClient(Client c, int n) throws Exception {
    for (int i = 0; i < REQUESTS; i++) {
      long id = people.get((n + i) % people.size());
      switch ((n + i) % 8) {
        case 0 -> expect(c, c.get("/people?unit=01840"), 200);
        case 1 -> expect(c, c.get("/people/" + id), 200);
        case 2 -> expect(c, c.get("/dashboard?unit=19"), 200);
        case 3 -> expect(c, c.get("/api/people/" + id), 200);
        case 4 -> expect(c, c.get("/actuator/health"), 200);
        case 5 -> edit(c, id, n, i);
        case 6 -> expect(c, qualification(c, id, 1990 + i % 30), 201);
        default -> expect(c, c.get("/people?q=" + enc("Hoàng Thị Tải")), 200);
      }
    }
  }

  private void basicClient(Client c, int n) throws Exception {
    for (int i = 0; i < REQUESTS / 2; i++) {
      long id = people.get((n + i) % people.size());
      switch ((n + i) % 4) {
        case 0 -> expect(c, c.get("/api/people/" + id), 200);
        case 1 -> edit(c, id, 100 + n, i);
        case 2 -> expect(c, qualification(c, id, 1990 + i % 30), 201);
        default -> expect(c, c.get("/actuator/health"), 200);
      }
    }
  }

  /** Reads the record and writes it back with a change: 200, or 409 when another came first. */
  private void edit(Client c, long id, int n, int i) throws Exception {
    HttpResponse<String> read = c.send(c.get("/api/people/" + id));
    if (!expected(read, "GET /api/people/" + id, Set.of(200))) {
      return;
    }
    ObjectNode record = (ObjectNode) JSON.readTree(read.body());
    record.put("residence", "Tổ " + n + ", lượt " + i);
    record.put("reason", "Kiểm tra tải");
    HttpRequest put = c.json("PUT", "/api/people/" + id, record.toString());
    expected(c.send(put), "PUT /api/people/" + id, Set.of(200, 409));
  }

  private HttpRequest qualification(Client c, long id, int year) {
    String body =
        "{\"track\": \"IT\", \"level\": \"CO_BAN\", \"awardedOn\": \"" + year + "-06-30\"}";
    return c.json("POST", "/api/people/" + id + "/qualifications", body);
  }

  private void expect(Client c, HttpRequest request, int status) throws Exception {
    expected(c.send(request), request.method() + " " + request.uri().getPath(), Set.of(status));
  }

  private boolean expected(HttpResponse<String> r, String what, Set<Integer> statuses) {
    answered.incrementAndGet();
    if (statuses.contains(r.statusCode())) {
      return true;
    }
    String body = r.body();
    failures.add(
        what + " → " + r.statusCode() + " " + body.substring(0, Math.min(300, body.length())));
    return false;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** One client: a browser with its session and CSRF token, or a script with HTTP Basic. */
  private static final class Client {

    private final String base;
    private final HttpClient http;
    private final String basic;
    private String csrf;

    private Client(int port, String basic) {
      this.base = "http://localhost:" + port;
      this.basic = basic;
      this.http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
    }

    static Client anonymous(int port) {
      return new Client(port, null);
    }

    static Client basic(int port, String user, String password) {
      return new Client(
          port,
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static Client signedIn(int port, String user) throws Exception {
      Client c = new Client(port, null);
      c.csrf = c.token(c.send(c.get("/login")).body());
      String password = user.equals("admin") ? ADMIN_PASSWORD : "demo-cbcs-2025";
      String form =
          "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(c.csrf);
      HttpResponse<String> r =
          c.send(
              c.request("/login")
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build());
      String location = r.headers().firstValue("Location").orElse("");
      assertThat(r.statusCode()).isEqualTo(302);
      assertThat(location).doesNotContain("error", "locked");
      c.csrf = c.token(c.send(c.get("/")).body());
      return c;
    }

    private String token(String page) {
      Matcher m = CSRF.matcher(page);
      assertThat(m.find()).as("a CSRF token in the page").isTrue();
      return m.group(1);
    }

    HttpRequest.Builder request(String path) {
      return request(path, "text/html,application/json;q=0.9,*/*;q=0.8");
    }

    HttpRequest.Builder request(String path, String accept) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(90))
              .header("Accept", accept);
      if (basic != null) {
        b.header("Authorization", basic);
      }
      return b;
    }

    HttpRequest get(String path) {
      return request(path).GET().build();
    }

    HttpRequest json(String method, String path, String body) {
      HttpRequest.Builder b =
          request(path, "application/json")
              .header("Content-Type", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString(body));
      if (csrf != null) {
        b.header("X-CSRF-TOKEN", csrf);
      }
      return b.build();
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }
}
