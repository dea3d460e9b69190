package vn.cbcs.importexport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Broken and hostile files, built byte by byte. */
final class HostileFiles {

  private HostileFiles() {}

  /** An xlsx encrypted with a password, as Excel saves it (OLE2 around the package). */
  static byte[] encrypted(byte[] xlsx) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("mat-khau");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(xlsx);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /** A zip whose one entry inflates 50 MB of zeros from a few kilobytes. */
  static byte[] zipBomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 50; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** The package with its first sheet's XML written by {@code sheet} instead. */
  static byte[] withSheetXml(byte[] xlsx, Consumer<StringBuilderWriter> sheet) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          StringBuilderWriter w = new StringBuilderWriter(zip);
          sheet.accept(w);
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Writes XML text into the zip entry. */
  static final class StringBuilderWriter {
    private final OutputStream out;

    StringBuilderWriter(OutputStream out) {
      this.out = out;
    }

    StringBuilderWriter write(String s) {
      try {
        out.write(s.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return this;
    }
  }

  /** The sheet XML opening with the people headers as inline strings on row 1. */
  static void headerRow(StringBuilderWriter w) {
    w.write(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    w.write("<row r=\"1\">");
    for (int i = 0; i < Xlsx.PEOPLE.size(); i++) {
      w.write(
          "<c r=\""
              + col(i)
              + "1\" t=\"inlineStr\"><is><t>"
              + Xlsx.PEOPLE.get(i)
              + "</t></is></c>");
    }
    w.write("</row>");
  }

  static String col(int i) {
    StringBuilder b = new StringBuilder();
    for (int n = i + 1; n > 0; n = (n - 1) / 26) {
      b.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return b.toString();
  }
}
