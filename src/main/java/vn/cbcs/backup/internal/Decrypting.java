package vn.cbcs.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads an encrypted backup ({@link BackupCipher}) as the plain zip, one authenticated segment at a
 * time: a segment's bytes are handed on only once its tag has been checked.
 */
final class Decrypting extends InputStream {

  /** The key is not the one the file was encrypted with. */
  static final class WrongKey extends IOException {
    WrongKey() {
      super("wrong key");
    }
  }

  /** The file is not whole or not as it was written. */
  static final class Damaged extends IOException {
    Damaged(String why) {
      super(why);
    }
  }

  private final PushbackInputStream in;
  private final byte[] header;
  private final SecretKeySpec key;
  private final Cipher cipher = BackupCipher.aesGcm();
  private final int segmentSize;
  private byte[] plain = new byte[0];
  private int pos;
  private long segment;
  private boolean lastSeen;

  Decrypting(InputStream source, byte[] masterKey) throws IOException {
    this.in = new PushbackInputStream(source, 1);
    this.header = in.readNBytes(BackupCipher.HEADER);
    if (header.length < BackupCipher.HEADER
        || !Arrays.equals(
            header,
            0,
            BackupCipher.MAGIC.length,
            BackupCipher.MAGIC,
            0,
            BackupCipher.MAGIC.length)) {
      throw new Damaged("not an encrypted CBCS backup");
    }
    ByteBuffer h = ByteBuffer.wrap(header, BackupCipher.MAGIC.length, header.length - 8);
    byte version = h.get();
    this.segmentSize = h.getInt();
    byte[] salt = new byte[32];
    h.get(salt);
    byte[] check = new byte[16];
    h.get(check);
    if (version != BackupCipher.VERSION || segmentSize < 1 || segmentSize > 16 * 1024 * 1024) {
      throw new Damaged("unknown version or segment size");
    }
    if (!BackupCipher.sameKeyCheck(check, BackupCipher.keyCheck(masterKey, salt))) {
      throw new WrongKey();
    }
    this.key = BackupCipher.fileKey(masterKey, salt);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (pos == plain.length) {
      if (lastSeen) {
        return -1;
      }
      next();
    }
    int n = Math.min(len, plain.length - pos);
    System.arraycopy(plain, pos, b, off, n);
    pos += n;
    return n;
  }

  private void next() throws IOException {
    byte[] sealed = in.readNBytes(segmentSize + BackupCipher.TAG);
    if (sealed.length < BackupCipher.TAG) {
      throw new Damaged("cut off");
    }
    boolean last = sealed.length < segmentSize + BackupCipher.TAG;
    if (!last) {
      int ahead = in.read();
      if (ahead == -1) {
        last = true;
      } else {
        in.unread(ahead);
      }
    }
    try {
      cipher.init(Cipher.DECRYPT_MODE, key, BackupCipher.nonce(segment++, last));
      cipher.updateAAD(header);
      plain = cipher.doFinal(sealed);
    } catch (GeneralSecurityException e) {
      throw new Damaged("segment " + (segment - 1) + " fails authentication");
    }
    pos = 0;
    lastSeen = last;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
