package vn.cbcs.importexport.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The row reports of a run, kept until its transaction has ended (ADR 14): up to 200,000 rows, so
 * in a temporary file, not in memory. The file is compressed, owner-only, encrypted with a key that
 * exists only in this object (what a crash leaves behind cannot be read) and deleted on close.
 */
final class RowReportBuffer implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final SecretKeySpec key;
  private final IvParameterSpec iv;
  private DataOutputStream out;
  private int size;

  private RowReportBuffer(Path file) throws IOException {
    this.file = file;
    byte[] k = new byte[32];
    byte[] v = new byte[16];
    RANDOM.nextBytes(k);
    RANDOM.nextBytes(v);
    this.key = new SecretKeySpec(k, "AES");
    this.iv = new IvParameterSpec(v);
    this.out =
        new DataOutputStream(
            new BufferedOutputStream(
                new DeflaterOutputStream(
                    new CipherOutputStream(
                        Files.newOutputStream(file), cipher(Cipher.ENCRYPT_MODE)),
                    new Deflater(Deflater.BEST_SPEED)),
                1 << 16));
  }

  static RowReportBuffer create() {
    try {
      return new RowReportBuffer(Files.createTempFile("cbcs-import-", ".rows"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return size;
  }

  /** Where the rows are kept (for tests). */
  Path file() {
    return file;
  }

  void add(ImportStore.StoredRow r) {
    try {
      text(r.sheet());
      out.writeInt(r.row());
      text(r.outcome());
      out.writeLong(r.personId() == null ? -1 : r.personId());
      text(r.personalId());
      text(r.fullName());
      text(r.errors());
      text(r.changes());
      text(r.cells());
      size++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Hands the rows, in the order added, to {@code sink} in lists of at most {@code batch}. */
  void drain(int batch, Consumer<List<ImportStore.StoredRow>> sink) {
    try {
      out.close();
      try (DataInputStream in =
          new DataInputStream(
              new BufferedInputStream(
                  new InflaterInputStream(
                      new CipherInputStream(
                          Files.newInputStream(file), cipher(Cipher.DECRYPT_MODE))),
                  1 << 16))) {
        List<ImportStore.StoredRow> rows = new ArrayList<>(batch);
        for (int i = 0; i < size; i++) {
          rows.add(read(in));
          if (rows.size() == batch) {
            sink.accept(rows);
            rows = new ArrayList<>(batch);
          }
        }
        if (!rows.isEmpty()) {
          sink.accept(rows);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      // deleted below all the same
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ImportStore.StoredRow read(DataInputStream in) throws IOException {
    String sheet = text(in);
    int row = in.readInt();
    String outcome = text(in);
    long person = in.readLong();
    return new ImportStore.StoredRow(
        sheet,
        row,
        outcome,
        person < 0 ? null : person,
        text(in),
        text(in),
        text(in),
        text(in),
        text(in));
  }

  private void text(String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String text(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private Cipher cipher(int mode) {
    try {
      Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
      c.init(mode, key, iv);
      return c;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
