package vn.cbcs.importexport.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.cbcs.importexport.ImportRefusedException;

/**
 * Looks at an uploaded file before any spreadsheet library does: it must be a zip package (xlsx),
 * not an OLE2 file (an old .xls, or an xlsx encrypted with a password, which Excel wraps in OLE2),
 * and it must not inflate past the limits — measured by inflating every entry (commons-compress,
 * which also reads the zip64 data descriptors that POI's streaming writer leaves), since the sizes
 * a zip declares can lie (zip bomb).
 */
public final class XlsxGuard {

  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final long RATIO_GRACE = 10L * 1024 * 1024;

  private XlsxGuard() {}

  public static void check(byte[] file, ImportLimits limits) {
    if (file == null || file.length == 0) {
      throw new ImportRefusedException("import.file.empty");
    }
    if (startsWith(file, OLE2)) {
      throw new ImportRefusedException(
          encrypted(file) ? "import.file.encrypted" : "import.file.xls");
    }
    if (!startsWith(file, ZIP)) {
      throw new ImportRefusedException("import.file.notXlsx");
    }
    boolean workbook = false;
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(file)).get()) {
      int entries = 0;
      for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
        ZipArchiveEntry entry = all.nextElement();
        if (++entries > 10_000) {
          throw new ImportRefusedException("import.file.zipBomb");
        }
        String name = entry.getName();
        if (name.equals("xl/workbook.xml")) {
          workbook = true;
        }
        if (name.contains("..") || name.startsWith("/")) {
          throw new ImportRefusedException("import.file.notXlsx");
        }
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          int n;
          while ((n = in.read(buffer)) > 0) {
            size += n;
            total += n;
            if (total > limits.maxUncompressedBytes()) {
              throw new ImportRefusedException("import.file.zipBomb");
            }
          }
        }
        long compressed = entry.getCompressedSize();
        if (size > RATIO_GRACE
            && compressed > 0
            && size / compressed > limits.maxCompressionRatio()) {
          throw new ImportRefusedException("import.file.zipBomb");
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ImportRefusedException refused) {
        throw refused;
      }
      throw new ImportRefusedException("import.file.notXlsx");
    }
    if (!workbook) {
      throw new ImportRefusedException("import.file.notXlsx");
    }
  }

  private static boolean encrypted(byte[] file) {
    try (InputStream in = new ByteArrayInputStream(file);
        POIFSFileSystem fs = new POIFSFileSystem(in)) {
      return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] file, byte[] magic) {
    if (file.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (file[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
