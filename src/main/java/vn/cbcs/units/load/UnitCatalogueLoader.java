package vn.cbcs.units.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cbcs.platform.PlannerStatistics;

/**
 * Applies the official datasets that are not loaded yet, each in one transaction, so a crash leaves
 * the map as it was before that dataset. Idempotent: a loaded dataset is recognised by name; if its
 * file changed, the change is reported and not applied (history is never rewritten silently).
 * Several instances starting together serialise on an advisory lock.
 */
@Component
public class UnitCatalogueLoader {

  private static final Logger log = LoggerFactory.getLogger(UnitCatalogueLoader.class);
  private static final long LOCK_KEY = 0x4342435355L; // "CBCSU"

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final SnapshotLoader snapshots;
  private final ConversionTableLoader conversions;
  private final ChangeListLoader changes;
  private final PlannerStatistics statistics;

  UnitCatalogueLoader(
      JdbcTemplate jdbc,
      org.springframework.transaction.PlatformTransactionManager transactions,
      SnapshotLoader snapshots,
      ConversionTableLoader conversions,
      ChangeListLoader changes,
      PlannerStatistics statistics) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.snapshots = snapshots;
    this.conversions = conversions;
    this.changes = changes;
    this.statistics = statistics;
  }

  /** Loads what is missing; returns the summaries of the datasets applied now. */
  public List<String> loadMissing() {
    List<String> applied = new ArrayList<>();
    for (OfficialDatasets.Dataset d : OfficialDatasets.ALL) {
      String summary = tx.execute(status -> loadOne(d));
      if (summary != null) {
        applied.add(summary);
      }
    }
    if (!applied.isEmpty()) {
      statistics.refresh();
    }
    return applied;
  }

  private String loadOne(OfficialDatasets.Dataset d) {
    jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, LOCK_KEY);
    byte[] bytes = read(d.resource());
    String checksum = sha256(bytes);
    List<String> existing =
        jdbc.queryForList(
            "SELECT checksum FROM unit_dataset WHERE name = ?", String.class, d.name());
    if (!existing.isEmpty()) {
      if (!existing.get(0).equals(checksum)) {
        log.warn(
            "Dataset {} was loaded from a different file (checksum {}); the shipped file ({}) is"
                + " not applied. Load a changed official list as a new dataset.",
            d.name(),
            existing.get(0),
            checksum);
      }
      return null;
    }
    long started = System.nanoTime();
    Integer id =
        jdbc.queryForObject(
            "INSERT INTO unit_dataset (name, source, checksum, effective_from, report)"
                + " VALUES (?, ?, ?, ?, '') RETURNING id",
            Integer.class,
            d.name(),
            d.source(),
            checksum,
            d.effectiveFrom() == null ? null : Date.valueOf(d.effectiveFrom()));
    LoadReport report = new LoadReport(d.name());
    String text = new String(bytes, StandardCharsets.UTF_8);
    switch (d.kind()) {
      case UNIT_LIST ->
          snapshots.apply(id, d.effectiveFrom(), OfficialUnitList.parse(text), d.mode(), report);
      case CONVERSION_TABLE -> conversions.apply(id, text, d.effectiveFrom(), report);
      case CHANGE_LIST -> changes.apply(id, text, report);
    }
    jdbc.update("UPDATE unit_dataset SET report = ? WHERE id = ?", report.text(), id);
    log.info(
        "Loaded {} in {} ms — {}",
        d.name(),
        (System.nanoTime() - started) / 1_000_000,
        report.summary());
    return report.summary();
  }

  private static byte[] read(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + resource, e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
