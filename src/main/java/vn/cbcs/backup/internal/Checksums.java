package vn.cbcs.backup.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.postgresql.PGConnection;

/** SHA-256 of a table's rows in the canonical COPY text form (what a backup stores). */
public final class Checksums {

  private Checksums() {}

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Row count and SHA-256 of a table as a backup would write it (within canonical settings). */
  public static Sum of(Connection c, String table, List<String> columns)
      throws SQLException, IOException {
    MessageDigest sha = sha256();
    String select = Catalog.select(table, columns, Catalog.orderColumns(c, table, columns));
    long rows =
        c.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyOut(
                "COPY (" + select + ") TO STDOUT",
                new DigestOutputStream(OutputStream.nullOutputStream(), sha));
    return new Sum(rows, HexFormat.of().formatHex(sha.digest()));
  }

  /** Rows and SHA-256 of one table. */
  public record Sum(long rows, String sha256) {}
}
