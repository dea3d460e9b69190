package vn.cbcs.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.demo.DemoSettings;
import vn.cbcs.importexport.ImportReport;
import vn.cbcs.importexport.Imports;
import vn.cbcs.people.People;
import vn.cbcs.people.PersonDirectory;
import vn.cbcs.people.PersonFilter;
import vn.cbcs.people.PersonPage;
import vn.cbcs.support.TestActors;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * Benchmark, not a test (excluded from {@code ./mvnw verify}): the whole civil service (issue 18, ≈
 * 2.5 million people). Generates the national set of {@code PeopleBenchmark} (every commune of the
 * 63 provinces staffed from 2016 to mid-2026), then grows it to {@code -Dbench.people=} (default
 * 2,500,000) by cloning the generated people in SQL: a few {@code INSERT … SELECT} per batch of
 * {@code -Dbench.cloneBatch=} people (default 100,000, one transaction each, audited and watched by
 * the indicators' generation like any write). A clone is a new synthetic person record (new id, a
 * new personal ID with the original's province, sex and year of birth and a serial above every
 * serial of that prefix, a family name and a given name drawn from other people of the same sex,
 * the original's middle names and other fields) with a creation revision, copies of the original's
 * qualifications and person lists, and copies of its posts under copies of their decisions: clones
 * hold their original's posts, so communes are staffed over their quota. Then it times name search,
 * the largest province's list pages, the indicator PRO_SO_CAP_PLUS (beside the hand-written SQL
 * count of {@code PeopleBenchmark}) and the Excel import of a people file ({@code
 * -Dbench.importRows=}, default 10,000, as {@code ImportBenchmark} builds it) into the large
 * database. {@code -Dbench.provinces=06,01} limits the generated set to some provinces. Run: {@code
 * ./mvnw test -Dtest=LargeScaleBenchmark}. Results: {@code target/benchmarks/large-scale.md}. With
 * a kept data directory ({@code -DtestHeap="-Xmx2g -Dcbcs.embedded-db.data-dir=DIR"}) that already
 * holds the target, a later run measures the same database again without generating anything
 * ("generated in 0 s").
 */
@SpringBootTest
class LargeScaleBenchmark {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final String CLONER = "bench-clone";

  /** Tables of a person's own facts copied with the person (besides posts and decisions). */
  private static final List<String> PERSON_TABLES =
      List.of(
          "qualification",
          "person_family_member",
          "person_work_history",
          "person_reward",
          "person_discipline");

  @Autowired DemoDataGenerator generator;
  @Autowired PersonDirectory directory;
  @Autowired People people;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired vn.cbcs.indicators.Indicators indicators;
  @Autowired Imports imports;

  @Test
  void run() throws Exception {
    String loadBefore = loadAverage();
    String only = System.getProperty("bench.provinces", "");
    long target = Long.getLong("bench.people", 2_500_000L);
    int batch = Integer.getInteger("bench.cloneBatch", 100_000);
    int importRows = Integer.getInteger("bench.importRows", 10_000);
    List<String> provinces =
        only.isBlank()
            ? units.children(null, LocalDate.of(2025, 6, 30)).stream().map(u -> u.code()).toList()
            : Arrays.asList(only.split(","));

    // a kept database (-Dcbcs.embedded-db.data-dir=…) that already holds the target is measured
    // again as it is: no generation, no cloning
    boolean reuse = count("person") >= target;
    long emptySize = databaseSize();
    long t = System.currentTimeMillis();
    if (!reuse) {
      generator.generate(
          new DemoSettings(provinces, LocalDate.of(2016, 1, 1), TODAY, 42, 2, false, false), null);
      jdbc.sql("ANALYZE").update();
    }
    long generation = System.currentTimeMillis() - t;
    long generatedSize = databaseSize();
    // the generated people come before the first clone (a kept database also holds the people
    // its earlier runs imported, after the clones)
    long lastGeneratedId =
        jdbc.sql(
                "SELECT coalesce((SELECT min(id) - 1 FROM person WHERE created_by = :c),"
                    + " (SELECT max(id) FROM person), 0)")
            .param("c", CLONER)
            .query(Long.class)
            .single();
    long generated =
        jdbc.sql("SELECT count(*) FROM person WHERE id <= :id")
            .param("id", lastGeneratedId)
            .query(Long.class)
            .single();
    long huongBefore =
        jdbc.sql(
                "SELECT count(*) FROM person WHERE id <= :id"
                    + " AND search_key LIKE cbcs_search_key('%nguyen thi huong%')")
            .param("id", lastGeneratedId)
            .query(Long.class)
            .single();

    t = System.currentTimeMillis();
    int batches = reuse ? 0 : grow(target, batch);
    if (!reuse) {
      jdbc.sql("ANALYZE").update();
    }
    long cloning = System.currentTimeMillis() - t;

    long total = count("person");
    long clones =
        jdbc.sql("SELECT count(*) FROM person WHERE created_by = :c")
            .param("c", CLONER)
            .query(Long.class)
            .single();
    long posts = count("assignment");
    long quals = count("qualification");
    long decisions = count("decision");
    long auditEvents = count("audit_log");
    String checked = checkClones(lastGeneratedId);
    String province = largestProvince();
    long dbSize = databaseSize();
    samples(lastGeneratedId);

    Measurements m =
        new Measurements(
            String.format(
                Locale.ROOT,
                "Whole civil service, %s: %,d people (%,d generated in %,d s, %,d clones written"
                    + " in %,d s in %d transactions), %,d posts, %,d qualifications, %,d decisions,"
                    + " %,d audit events. Database: %,d MB with the migrations only, %,d MB with the"
                    + " generated set, %,d MB with the clones (%,.1f kB per clone). Clones hold their"
                    + " original's posts, so communes are staffed over their quota. %s",
                only.isBlank() ? "national set" : "provinces " + only,
                total,
                generated,
                generation / 1000,
                clones,
                cloning / 1000,
                batches,
                posts,
                quals,
                decisions,
                auditEvents,
                emptySize / (1024 * 1024),
                generatedSize / (1024 * 1024),
                dbSize / (1024 * 1024),
                clones == 0 ? 0.0 : (dbSize - generatedSize) / 1024.0 / clones,
                checked));

    PersonPage huong =
        directory.list(PersonFilter.search("nguyen thi huong", TODAY), 0, 50, TestActors.SYSTEM);
    long clonesOnPage = huong.items().stream().filter(r -> r.id() > lastGeneratedId).count();
    m.measure(
        String.format(
            "search 'nguyen thi huong' (no diacritics), whole country, page of 50 (%s%,d found,"
                + " %,d before cloning; %d clones on page 1)",
            huong.totalExact() ? "" : "more than ", huong.total(), huongBefore, clonesOnPage),
        3,
        30,
        () ->
            directory.list(
                PersonFilter.search("nguyen thi huong", TODAY), 0, 50, TestActors.SYSTEM));
    m.measure(
        String.format(
            "search 'Nguyễn Thị Hường' (with diacritics), whole country, page of 50 (%s found)",
            found(PersonFilter.search("Nguyễn Thị Hường", TODAY))),
        3,
        30,
        () ->
            directory.list(
                PersonFilter.search("Nguyễn Thị Hường", TODAY), 0, 50, TestActors.SYSTEM));
    m.measure(
        String.format(
            "search 'dang' (short, many matches), whole country, page of 50 (%s found)",
            found(PersonFilter.search("dang", TODAY))),
        3,
        30,
        () -> directory.list(PersonFilter.search("dang", TODAY), 0, 50, TestActors.SYSTEM));
    // the same searches as a province's personnel officer: their ground, not the whole country
    vn.cbcs.platform.Actor officer =
        TestActors.user("bench-officer", vn.cbcs.platform.Role.PROVINCE_OFFICER, province);
    for (String q : List.of("nguyen thi huong", "dang")) {
      PersonPage found = directory.list(PersonFilter.search(q, TODAY), 0, 50, officer);
      m.measure(
          String.format(
              "search '%s' as a personnel officer of province %s, page of 50 (%s%,d found)",
              q, province, found.totalExact() ? "" : "more than ", found.total()),
          3,
          30,
          () -> directory.list(PersonFilter.search(q, TODAY), 0, 50, officer));
    }
    m.measure(
        String.format(
            "list page 1 (50 rows) of everyone on record a personnel officer of province %s may"
                + " read (%,d people, counted exactly)",
            province, directory.list(PersonFilter.search(null, TODAY), 0, 50, officer).total()),
        1,
        10,
        () -> directory.list(PersonFilter.search(null, TODAY), 0, 50, officer));
    m.measure(
        String.format(
            "list page 1 (50 rows) of everyone on record, an administrator (%,d people, counted"
                + " exactly)",
            directory.list(PersonFilter.search(null, TODAY), 0, 50, TestActors.SYSTEM).total()),
        1,
        10,
        () -> directory.list(PersonFilter.search(null, TODAY), 0, 50, TestActors.SYSTEM));
    m.measure(
        String.format(
            "list page 1 (50 rows) of the largest province today (%s, %,d in post)",
            province,
            directory.list(PersonFilter.inUnit(province, TODAY), 0, 50, TestActors.SYSTEM).total()),
        3,
        30,
        () -> directory.list(PersonFilter.inUnit(province, TODAY), 0, 50, TestActors.SYSTEM));
    m.measure(
        "list page 20 (50 rows) of the largest province today (" + province + ")",
        3,
        30,
        () -> directory.list(PersonFilter.inUnit(province, TODAY), 19, 50, TestActors.SYSTEM));
    for (String[] unit :
        new String[][] {{province, "province " + province}, {"", "whole country"}}) {
      var value =
          indicators.value(
              "PRO_SO_CAP_PLUS",
              indicators.scope(unit[0], TODAY, null, TestActors.SYSTEM),
              TestActors.SYSTEM);
      long[] sql = HandWrittenCount.count(jdbc, TODAY, unit[0]);
      m.measure(
          String.format(
              "indicator PRO_SO_CAP_PLUS, %s, today, counted in SQL (%,d / %,d; hand-written"
                  + " SQL: %,d / %,d%s)",
              unit[1],
              value.numerator(),
              value.denominator(),
              sql[0],
              sql[1],
              value.numerator() == sql[0] && value.denominator() == sql[1]
                  ? ", equal"
                  : ", DIFFERENT"),
          1,
          unit[0].isEmpty() ? 3 : 10,
          () ->
              indicators.value(
                  "PRO_SO_CAP_PLUS",
                  indicators.scope(unit[0], TODAY, null, TestActors.SYSTEM),
                  TestActors.SYSTEM));
      m.measure(
          "hand-written SQL count, " + unit[1] + ", today",
          1,
          unit[0].isEmpty() ? 3 : 10,
          () -> HandWrittenCount.count(jdbc, TODAY, unit[0]));
    }

    // the Excel import of a people file into the large database, built as ImportBenchmark does
    Path file = Files.createTempFile("cbcs-bench-", ".xlsx");
    List<Unit> communes = units.communesUnder(units.find("19", TODAY).orElseThrow(), TODAY);
    ImportBenchmark.write(file, importRows, communes);
    byte[] bytes = Files.readAllBytes(file);
    Files.deleteIfExists(file);
    t = System.nanoTime();
    ImportReport r = ImportBenchmark.importPeople(imports, bytes, false);
    double importS = (System.nanoTime() - t) / 1e9;
    long dbAfter = databaseSize();
    String loadAfter = loadAverage();

    String md =
        m.markdown()
            + String.format(
                Locale.ROOT,
                "%nExcel import of %,d people rows (%.1f MB xlsx, each with two qualifications and a"
                    + " post by a decision in a commune of Thái Nguyên) into this database: upload →"
                    + " checked → committed in %.1f s (%,.0f rows/s; %s: %,d new, %,d rejected).%n%n"
                    + "Database %,d MB after the import. Load average (/proc/loadavg) before: %s;"
                    + " after: %s.%n",
                r.rowsRead(),
                bytes.length / 1e6,
                importS,
                r.rowsRead() / importS,
                r.status(),
                r.accepted(),
                r.rejected(),
                dbAfter / (1024 * 1024),
                loadBefore,
                loadAfter);
    System.out.println(md);
    Path dir = Path.of("target", "benchmarks");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("large-scale.md"), md);
  }

  /**
   * Clones the people on record, batch by batch, until {@code target} people are on record; returns
   * the number of batches (transactions). Copy {@code c} of the people draws its names with the
   * stride {@code c}, so each copy of a person has another family and given name.
   */
  private int grow(long target, int batch) {
    jdbc.sql("DROP TABLE IF EXISTS bench_clone_source").update();
    // the people to clone, numbered overall and within their sex, with their names split
    jdbc.sql(
            "CREATE UNLOGGED TABLE bench_clone_source AS SELECT id, sex,"
                + " row_number() OVER (ORDER BY id) AS rn,"
                + " row_number() OVER (PARTITION BY sex ORDER BY id) AS sex_rn,"
                + " count(*) OVER (PARTITION BY sex) AS n_sex, left(personal_id, 6) AS prefix,"
                + " split_part(btrim(full_name), ' ', 1) AS family,"
                + " CASE WHEN btrim(full_name) ~ '^\\S+\\s+.*\\s\\S+$'"
                + " THEN regexp_replace(btrim(full_name), '^\\S+\\s+(.*?)\\s*\\S+$', '\\1') END"
                + " AS middle, given_name AS given FROM person")
        .update();
    jdbc.sql("CREATE INDEX ON bench_clone_source (rn)").update();
    jdbc.sql("CREATE INDEX ON bench_clone_source (sex, sex_rn)").update();
    jdbc.sql("ANALYZE bench_clone_source").update();
    long sources = count("bench_clone_source");
    if (sources == 0) {
      throw new IllegalStateException("nothing generated to clone");
    }
    TransactionTemplate tx = new TransactionTemplate(transactions);
    int batches = 0;
    long copy = 1;
    long from = 1;
    while (true) {
      long missing = target - count("person");
      if (missing <= 0) {
        break;
      }
      long to = Math.min(sources, from + Math.min(batch, missing) - 1);
      long c = copy;
      long f = from;
      long started = System.currentTimeMillis();
      tx.executeWithoutResult(s -> cloneBatch(c, f, to));
      batches++;
      System.out.printf(
          "cloned copy %d, people %,d–%,d in %,d ms (%,d on record)%n",
          c, f, to, System.currentTimeMillis() - started, count("person"));
      if (to == sources) {
        copy++;
        from = 1;
      } else {
        from = to + 1;
      }
    }
    jdbc.sql("DROP TABLE bench_clone_source").update();
    return batches;
  }

  /** One transaction: copy {@code c} of source people {@code from}–{@code to}. */
  private void cloneBatch(long c, long from, long to) {
    jdbc.sql(
            "SELECT set_config('cbcs.actor', :a, true), set_config('cbcs.source', 'DEMO', true),"
                + " set_config('cbcs.reason', 'LargeScaleBenchmark: synthetic clones', true)")
        .param("a", CLONER)
        .query((rs, i) -> 1)
        .list();
    // the people: new ids, names from other people of the same sex, new serials per prefix
    jdbc.sql(
            "CREATE TEMP TABLE clone_person ON COMMIT DROP AS"
                + " WITH s AS (SELECT o.id AS old_id,"
                + " nextval(pg_get_serial_sequence('person', 'id')) AS new_id, o.prefix,"
                + " left(concat_ws(' ', fa.family, o.middle, gb.given), 100) AS full_name"
                + " FROM bench_clone_source o"
                + " JOIN bench_clone_source fa ON fa.sex = o.sex"
                + " AND fa.sex_rn = (o.sex_rn - 1 + :c * 7919) % o.n_sex + 1"
                + " JOIN bench_clone_source gb ON gb.sex = o.sex"
                + " AND gb.sex_rn = (o.sex_rn - 1 + :c * 104729 + 1) % o.n_sex + 1"
                + " WHERE o.rn BETWEEN :from AND :to),"
                + " top AS (SELECT left(personal_id, 6) AS prefix,"
                + " max(right(personal_id, 6)::int) AS top FROM person"
                + " WHERE left(personal_id, 6) IN (SELECT prefix FROM s) GROUP BY 1)"
                + " SELECT s.old_id, s.new_id, s.full_name, s.prefix,"
                + " top.top + row_number() OVER (PARTITION BY s.prefix ORDER BY s.new_id) AS serial"
                + " FROM s JOIN top USING (prefix)")
        .param("c", c)
        .param("from", from)
        .param("to", to)
        .update();
    long overflow =
        jdbc.sql("SELECT count(*) FROM clone_person WHERE serial > 999999")
            .query(Long.class)
            .single();
    if (overflow > 0) {
      throw new IllegalStateException(
          overflow + " clones would need a personal-ID serial above 999999");
    }
    List<String> personCols =
        columns(
            "person",
            "id",
            "personal_id",
            "full_name",
            "synthetic",
            "version",
            "created_at",
            "created_by",
            "updated_at",
            "updated_by");
    jdbc.sql(
            "INSERT INTO person (id, personal_id, full_name, synthetic, version, created_by,"
                + " updated_by, "
                + String.join(", ", personCols)
                + ") SELECT m.new_id, m.prefix || lpad(m.serial::text, 6, '0'), m.full_name, true,"
                + " 0, :u, :u, "
                + prefixed("p", personCols)
                + " FROM clone_person m JOIN person p ON p.id = m.old_id")
        .param("u", CLONER)
        .update();
    jdbc.sql(
            "INSERT INTO person_revision (person_id, version, changed_by, source, reason, changes)"
                + " SELECT new_id, 0, :u, 'DEMO', 'LargeScaleBenchmark: synthetic clone',"
                + " '{\"*\": {\"before\": null, \"after\": \"generated\"}}'::jsonb"
                + " FROM clone_person")
        .param("u", CLONER)
        .update();
    for (String table : PERSON_TABLES) {
      List<String> cols = columns(table, "id", "person_id");
      jdbc.sql(
              "INSERT INTO "
                  + table
                  + " (person_id, "
                  + String.join(", ", cols)
                  + ") SELECT m.new_id, "
                  + prefixed("x", cols)
                  + " FROM clone_person m JOIN "
                  + table
                  + " x ON x.person_id = m.old_id")
          .update();
    }
    // the decisions of their posts, one copy per decision (shared among the batch's clones as
    // among their originals), then the posts under them
    jdbc.sql(
            "CREATE TEMP TABLE clone_decision ON COMMIT DROP AS SELECT d AS old_id,"
                + " nextval(pg_get_serial_sequence('decision', 'id')) AS new_id FROM (SELECT"
                + " DISTINCT unnest(ARRAY[a.start_decision_id, a.end_decision_id]) AS d"
                + " FROM assignment a JOIN clone_person m ON a.person_id = m.old_id) x"
                + " WHERE d IS NOT NULL")
        .update();
    List<String> decisionCols = columns("decision", "id");
    jdbc.sql(
            "INSERT INTO decision (id, "
                + String.join(", ", decisionCols)
                + ") SELECT m.new_id, "
                + prefixed("d", decisionCols)
                + " FROM clone_decision m JOIN decision d ON d.id = m.old_id")
        .update();
    List<String> postCols =
        columns("assignment", "id", "person_id", "start_decision_id", "end_decision_id");
    jdbc.sql(
            "INSERT INTO assignment (person_id, start_decision_id, end_decision_id, "
                + String.join(", ", postCols)
                + ") SELECT m.new_id, ds.new_id, de.new_id, "
                + prefixed("a", postCols)
                + " FROM clone_person m JOIN assignment a ON a.person_id = m.old_id"
                + " JOIN clone_decision ds ON ds.old_id = a.start_decision_id"
                + " LEFT JOIN clone_decision de ON de.old_id = a.end_decision_id")
        .update();
  }

  /** The table's written columns (not generated), in order, without {@code except}. */
  private List<String> columns(String table, String... except) {
    List<String> cols =
        new ArrayList<>(
            jdbc.sql(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema ="
                        + " current_schema() AND table_name = :t AND is_generated = 'NEVER'"
                        + " ORDER BY ordinal_position")
                .param("t", table)
                .query(String.class)
                .list());
    if (cols.isEmpty()) {
      throw new IllegalStateException("no table " + table);
    }
    cols.removeAll(List.of(except));
    return cols;
  }

  private static String prefixed(String alias, List<String> cols) {
    return String.join(", ", cols.stream().map(c -> alias + "." + c).toList());
  }

  /**
   * Opens a sample of clones as the application does (the record, its revisions, by personal ID)
   * and runs the record checks of a correction on it; says how many passed.
   */
  private String checkClones(long lastGeneratedId) {
    List<Long> sample =
        jdbc.sql(
                "SELECT id FROM person WHERE id > :id AND created_by = :c ORDER BY hashint8(id)"
                    + " LIMIT 20")
            .param("id", lastGeneratedId)
            .param("c", CLONER)
            .query(Long.class)
            .list();
    int ok = 0;
    List<String> problems = new ArrayList<>();
    for (long id : sample) {
      var person = people.require(id, TestActors.SYSTEM);
      var errors = people.check(person.data(), id, TestActors.SYSTEM);
      boolean found =
          people
              .findByPersonalId(person.data().personalId(), TestActors.SYSTEM)
              .map(p -> p.id() == id)
              .orElse(false);
      boolean revised = !people.revisions(id, TestActors.SYSTEM).isEmpty();
      if (errors.isEmpty() && found && revised && person.synthetic()) {
        ok++;
      } else {
        problems.add(id + ": " + errors + (found ? "" : " not found") + (revised ? "" : " no rev"));
      }
    }
    if (!problems.isEmpty()) {
      System.out.println("clones that do not open or check: " + problems);
    }
    return String.format(
        "Of %d clones sampled, %d open through People (record, revisions, by personal ID) and pass"
            + " its record checks.",
        sample.size(), ok);
  }

  /** The province (34-province map) with the most people in post today. */
  private String largestProvince() {
    return jdbc.sql(
            "SELECT split_part(u.path, '/', 1) FROM positions_assignments_on(:d) a"
                + " JOIN units_in_force_on(:d) u ON u.code = a.unit_code"
                + " GROUP BY 1 ORDER BY count(DISTINCT a.person_id) DESC LIMIT 1")
        .param("d", TODAY)
        .query(String.class)
        .single();
  }

  /** Prints a few clones and how varied the names are (distinct full names among all). */
  private void samples(long lastGeneratedId) {
    jdbc.sql(
            "SELECT c.full_name, c.personal_id, c.sex, c.birth_date,"
                + " (SELECT count(*) FROM assignment a WHERE a.person_id = c.id)"
                + " FROM person c WHERE c.created_by = :c ORDER BY hashint8(c.id) LIMIT 8")
        .param("c", CLONER)
        .query(
            (rs, i) -> {
              System.out.printf(
                  "clone: %s, %s, %s, born %s, %d posts%n",
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getLong(5));
              return 1;
            })
        .list();
    jdbc.sql(
            "SELECT id <= :id, count(*), count(DISTINCT full_name) FROM person GROUP BY 1"
                + " ORDER BY 1 DESC")
        .param("id", lastGeneratedId)
        .query(
            (rs, i) -> {
              System.out.printf(
                  "%s: %,d people, %,d distinct full names%n",
                  rs.getBoolean(1) ? "generated" : "clones", rs.getLong(2), rs.getLong(3));
              return 1;
            })
        .list();
  }

  private long databaseSize() {
    return jdbc.sql("SELECT pg_database_size(current_database())").query(Long.class).single();
  }

  /** How many a search finds: counted, or "more than" the count where it stops. */
  private String found(PersonFilter search) {
    PersonPage page = directory.list(search, 0, 50, TestActors.SYSTEM);
    return String.format(Locale.ROOT, "%s%,d", page.totalExact() ? "" : "more than ", page.total());
  }

  private long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
