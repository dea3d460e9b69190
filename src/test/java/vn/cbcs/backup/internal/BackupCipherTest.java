package vn.cbcs.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encrypted backup format: what goes in comes out, only with the right key, and any change to
 * the file — a byte, a segment dropped, moved or cut off, the header — is refused. Small segments
 * here, so that files of a few segments show the boundaries.
 */
class BackupCipherTest {

  private static final int SEGMENT = 64;
  private static final byte[] KEY =
      BackupCipher.key("q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=");
  private static final byte[] OTHER_KEY = new byte[32];

  @TempDir Path dir;

  private static byte[] plain(int size) {
    byte[] b = new byte[size];
    new Random(size).nextBytes(b);
    return b;
  }

  private static byte[] encrypt(byte[] plain, byte[] key) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BackupCipher.Encrypting enc = new BackupCipher.Encrypting(out, key, SEGMENT);
    // in uneven pieces, as a zip writer does
    for (int off = 0; off < plain.length; off += 7) {
      enc.write(plain, off, Math.min(7, plain.length - off));
    }
    enc.finish();
    return out.toByteArray();
  }

  private static byte[] decrypt(byte[] sealed, byte[] key) throws IOException {
    try (InputStream in = new Decrypting(new ByteArrayInputStream(sealed), key)) {
      return in.readAllBytes();
    }
  }

  private static int segmentAt(int n) {
    return BackupCipher.HEADER + n * (SEGMENT + BackupCipher.TAG);
  }

  @Test
  void whatIsEncryptedDecryptsToTheSameBytesAtEverySize() throws IOException {
    for (int size :
        new int[] {0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 3 * SEGMENT, 5 * SEGMENT + 3}) {
      byte[] plain = plain(size);
      byte[] sealed = encrypt(plain, KEY);
      assertThat(Arrays.copyOf(sealed, 8))
          .isEqualTo("CBCS-ENC".getBytes(StandardCharsets.US_ASCII));
      assertThat(decrypt(sealed, KEY)).as("%d bytes", size).isEqualTo(plain);
      assertThat(encrypt(plain, KEY)).as("a new salt each time").isNotEqualTo(sealed);
    }
  }

  @Test
  void theTextIsNotInTheEncryptedFile() throws IOException {
    String name = "Quách Thị Lưu Trữ";
    byte[] plain = ("1\t" + name + "\t1983\n").repeat(50).getBytes(StandardCharsets.UTF_8);
    String sealed = new String(encrypt(plain, KEY), StandardCharsets.ISO_8859_1);
    assertThat(sealed)
        .doesNotContain(
            new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
        .doesNotContain("1983");
  }

  @Test
  void aWrongKeyIsToldApartFromADamagedFile() throws IOException {
    byte[] sealed = encrypt(plain(200), KEY);
    assertThatThrownBy(() -> decrypt(sealed, OTHER_KEY)).isInstanceOf(Decrypting.WrongKey.class);
  }

  @Test
  void anyChangeToTheFileIsRefused() throws IOException {
    byte[] sealed = encrypt(plain(3 * SEGMENT + 10), KEY); // segments 0, 1, 2 full; 3 the last
    int seg = SEGMENT + BackupCipher.TAG;

    for (int at : new int[] {9, 12, segmentAt(1) + 5, segmentAt(2) + seg - 1, sealed.length - 1}) {
      byte[] flipped = sealed.clone();
      flipped[at] ^= 0x01;
      assertThatThrownBy(() -> decrypt(flipped, KEY))
          .as("a bit flipped at %d", at)
          .isInstanceOfAny(Decrypting.Damaged.class, Decrypting.WrongKey.class);
    }
    byte[] cutAtASegment = Arrays.copyOf(sealed, segmentAt(3));
    assertThatThrownBy(() -> decrypt(cutAtASegment, KEY))
        .as("the last segment dropped")
        .isInstanceOf(Decrypting.Damaged.class);
    byte[] cutInside = Arrays.copyOf(sealed, segmentAt(2) + 20);
    assertThatThrownBy(() -> decrypt(cutInside, KEY)).isInstanceOf(Decrypting.Damaged.class);
    byte[] headerOnly = Arrays.copyOf(sealed, BackupCipher.HEADER);
    assertThatThrownBy(() -> decrypt(headerOnly, KEY)).isInstanceOf(Decrypting.Damaged.class);

    byte[] withoutSegment1 = new byte[sealed.length - seg];
    System.arraycopy(sealed, 0, withoutSegment1, 0, segmentAt(1));
    System.arraycopy(
        sealed, segmentAt(2), withoutSegment1, segmentAt(1), sealed.length - segmentAt(2));
    assertThatThrownBy(() -> decrypt(withoutSegment1, KEY)).isInstanceOf(Decrypting.Damaged.class);

    byte[] swapped = sealed.clone();
    System.arraycopy(sealed, segmentAt(1), swapped, segmentAt(2), seg);
    System.arraycopy(sealed, segmentAt(2), swapped, segmentAt(1), seg);
    assertThatThrownBy(() -> decrypt(swapped, KEY)).isInstanceOf(Decrypting.Damaged.class);

    byte[] appended = Arrays.copyOf(sealed, sealed.length + 16);
    assertThatThrownBy(() -> decrypt(appended, KEY)).isInstanceOf(Decrypting.Damaged.class);

    byte[] other = encrypt(plain(3 * SEGMENT + 10), KEY);
    byte[] spliced = sealed.clone();
    System.arraycopy(other, segmentAt(1), spliced, segmentAt(1), seg);
    assertThatThrownBy(() -> decrypt(spliced, KEY))
        .as("a segment of another file with the same key")
        .isInstanceOf(Decrypting.Damaged.class);
  }

  @Test
  void itStreamsOneSegmentAtATime() throws IOException {
    byte[] sealed = encrypt(plain(100 * SEGMENT), KEY);
    int[] consumed = {0};
    InputStream counting =
        new FilterInputStream(new ByteArrayInputStream(sealed)) {
          @Override
          public int read() throws IOException {
            int b = super.read();
            consumed[0] += b < 0 ? 0 : 1;
            return b;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            consumed[0] += Math.max(n, 0);
            return n;
          }
        };
    try (Decrypting in = new Decrypting(counting, KEY)) {
      assertThat(in.read()).isNotNegative();
      assertThat(consumed[0])
          .as("the first byte needs the header and one segment (and one byte to look ahead)")
          .isEqualTo(segmentAt(1) + 1);
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BackupCipher.Encrypting enc = new BackupCipher.Encrypting(out, KEY, SEGMENT);
    enc.write(plain(10 * SEGMENT + 1));
    assertThat(out.size())
        .as("ten segments are out while the eleventh is being filled")
        .isEqualTo(segmentAt(10));
  }

  @Test
  void aDecryptedFileIsOwnerOnlyAndADamagedOneLeavesNothing() throws IOException {
    Path sealed = dir.resolve("b.zip.enc");
    Files.write(sealed, encrypt(plain(1000), KEY));
    Path plain = BackupCipher.decryptToTemporaryFile(sealed, KEY);
    try {
      assertThat(Files.readAllBytes(plain)).isEqualTo(plain(1000));
      if (plain.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        assertThat(
                java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(plain)))
            .isEqualTo("rw-------");
      }
    } finally {
      Files.delete(plain);
    }
    assertThat(BackupCipher.isEncrypted(sealed)).isTrue();
    assertThatThrownBy(() -> BackupCipher.decryptToTemporaryFile(sealed, OTHER_KEY))
        .hasMessageContaining("Sai khóa giải mã cho b.zip.enc")
        .hasMessageContaining("Wrong decryption key for b.zip.enc")
        .hasMessageContaining("Nothing was restored");
  }

  @Test
  void aKeyIsThirtyTwoBytesOfBase64() {
    assertThat(BackupCipher.key("")).isNull();
    assertThat(BackupCipher.key(Base64.getEncoder().encodeToString(new byte[32]))).hasSize(32);
    for (String bad : new String[] {"correct horse battery staple", "AAAA", "!!!"}) {
      assertThatThrownBy(() -> BackupCipher.key(bad))
          .hasMessageContaining("openssl rand -base64 32")
          .hasMessageContaining("cbcs.backup.encryption-key");
    }
  }
}
