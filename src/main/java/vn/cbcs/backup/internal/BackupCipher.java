package vn.cbcs.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.cbcs.platform.Bilingual;

/**
 * Encryption of a backup file with a 256-bit key from {@code cbcs.backup.encryption-key}:
 * AES-256-GCM in segments, so that a backup of any size is encrypted and decrypted as a stream
 * (never whole in memory) and every segment is authenticated before its bytes are used.
 *
 * <pre>
 * header   "CBCS-ENC" (8 bytes) | version 1 (1) | segment size (4, big-endian) | salt (32, random)
 *          | key check (16)
 * segments ciphertext of up to segment-size bytes + 16-byte GCM tag, each
 * </pre>
 *
 * Each file has its own AES key, HKDF-SHA256 of the configured key and the file's random salt; the
 * key check (from the same HKDF) tells a wrong key from a damaged file. A segment's 96-bit nonce is
 * its number (8 bytes) and a flag marking the last segment, and the whole header is the associated
 * data of every segment: segments cannot be reordered, dropped, repeated or cut off at the end, nor
 * the header altered, without the decryption failing.
 */
public final class BackupCipher {

  static final byte[] MAGIC = "CBCS-ENC".getBytes(StandardCharsets.US_ASCII);
  static final byte VERSION = 1;
  static final int HEADER = MAGIC.length + 1 + 4 + 32 + 16;
  static final int TAG = 16;
  static final int DEFAULT_SEGMENT = 64 * 1024;
  private static final SecureRandom RANDOM = new SecureRandom();

  private BackupCipher() {}

  /** The configured key: 32 bytes in base64; blank means no encryption (null). */
  public static byte[] key(String base64) {
    if (base64 == null || base64.isBlank()) {
      return null;
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(Bilingual.message("backup.key.invalid"));
    }
    if (key.length != 32) {
      throw new IllegalArgumentException(Bilingual.message("backup.key.invalid"));
    }
    return key;
  }

  /** Whether the file starts as an encrypted backup does. */
  public static boolean isEncrypted(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
    }
  }

  /** An encrypting stream over {@code out}; {@link Encrypting#finish()} writes the last segment. */
  public static Encrypting encrypt(OutputStream out, byte[] key) throws IOException {
    return new Encrypting(out, key, DEFAULT_SEGMENT);
  }

  /**
   * Decrypts {@code source} whole into a new file readable by its owner only (the caller deletes
   * it): nothing of a file that fails authentication anywhere is used.
   *
   * @throws IllegalArgumentException with the message to show: wrong key, or damaged
   */
  public static Path decryptToTemporaryFile(Path source, byte[] key) throws IOException {
    Path plain =
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
            ? Files.createTempFile(
                "cbcs-restore-",
                ".zip",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            : Files.createTempFile("cbcs-restore-", ".zip");
    try (InputStream in = new Decrypting(Files.newInputStream(source), key);
        OutputStream out = Files.newOutputStream(plain)) {
      in.transferTo(out);
      return plain;
    } catch (Decrypting.WrongKey e) {
      Files.deleteIfExists(plain);
      throw new IllegalArgumentException(
          Bilingual.message("backup.encrypted.wrong-key", source.getFileName()));
    } catch (Decrypting.Damaged e) {
      Files.deleteIfExists(plain);
      throw new IllegalArgumentException(
          Bilingual.message("backup.encrypted.damaged", source.getFileName()));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(plain);
      throw e;
    }
  }

  static byte[] header(int segmentSize, byte[] salt, byte[] keyCheck) {
    return ByteBuffer.allocate(HEADER)
        .put(MAGIC)
        .put(VERSION)
        .putInt(segmentSize)
        .put(salt)
        .put(keyCheck)
        .array();
  }

  static byte[] salt() {
    byte[] salt = new byte[32];
    RANDOM.nextBytes(salt);
    return salt;
  }

  /** HKDF-SHA256 (RFC 5869) for one 32-byte block. */
  static byte[] hkdf(byte[] key, byte[] salt, String info) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(salt, "HmacSHA256"));
      byte[] prk = mac.doFinal(key);
      mac.init(new SecretKeySpec(prk, "HmacSHA256"));
      mac.update(info.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) 1);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static SecretKeySpec fileKey(byte[] key, byte[] salt) {
    return new SecretKeySpec(hkdf(key, salt, "cbcs-backup/1 aes-256-gcm"), "AES");
  }

  static byte[] keyCheck(byte[] key, byte[] salt) {
    return Arrays.copyOf(hkdf(key, salt, "cbcs-backup/1 key check"), 16);
  }

  static boolean sameKeyCheck(byte[] a, byte[] b) {
    return MessageDigest.isEqual(a, b);
  }

  static GCMParameterSpec nonce(long segment, boolean last) {
    byte[] iv = ByteBuffer.allocate(12).putLong(segment).put(new byte[3]).array();
    iv[11] = (byte) (last ? 1 : 0);
    return new GCMParameterSpec(TAG * 8, iv);
  }

  static Cipher aesGcm() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Encrypts what is written to it, segment by segment. */
  public static final class Encrypting extends OutputStream {

    private final OutputStream out;
    private final byte[] header;
    private final SecretKeySpec key;
    private final Cipher cipher = aesGcm();
    private final byte[] buffer;
    private int used;
    private long segment;
    private boolean finished;

    Encrypting(OutputStream out, byte[] masterKey, int segmentSize) throws IOException {
      this.out = out;
      byte[] salt = salt();
      this.header = header(segmentSize, salt, keyCheck(masterKey, salt));
      this.key = fileKey(masterKey, salt);
      this.buffer = new byte[segmentSize];
      out.write(header);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (finished) {
        throw new IOException("The encrypted backup is already finished");
      }
      while (len > 0) {
        if (used == buffer.length) {
          seal(false); // more follows, so this one is not the last
        }
        int n = Math.min(len, buffer.length - used);
        System.arraycopy(b, off, buffer, used, n);
        used += n;
        off += n;
        len -= n;
      }
    }

    /** Writes the last segment (the stream underneath stays open). */
    public void finish() throws IOException {
      if (!finished) {
        seal(true);
        finished = true;
        out.flush();
      }
    }

    private void seal(boolean last) throws IOException {
      try {
        cipher.init(Cipher.ENCRYPT_MODE, key, nonce(segment++, last));
        cipher.updateAAD(header);
        out.write(cipher.doFinal(buffer, 0, used));
      } catch (GeneralSecurityException e) {
        throw new IOException(e);
      }
      used = 0;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    /** Finishes, then closes the stream underneath. */
    @Override
    public void close() throws IOException {
      finish();
      out.close();
    }
  }
}
