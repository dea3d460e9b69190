package vn.cbcs.platform;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The shipped Liberation Serif 2.x (metric-compatible with Times New Roman, with the Vietnamese
 * letters), read from the classpath ({@code fonts/}) and never from the system. PDFs embed a subset
 * with the Identity-H encoding, so every letter shows and copies as typed. DOCX files name "Times
 * New Roman", which Word has and LibreOffice maps to Liberation Serif. One place for every PDF
 * writer (CV, reports, the cycle modules' documents).
 */
public final class PdfFonts {

  /** The font the DOCX asks for. */
  public static final String DOCX_FAMILY = "Times New Roman";

  private static final String DIR = "fonts/";

  private static final class Holder {
    static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
    static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");
    static final BaseFont ITALIC = load("LiberationSerif-Italic.ttf");
  }

  private PdfFonts() {}

  public static BaseFont regular() {
    return Holder.REGULAR;
  }

  public static BaseFont bold() {
    return Holder.BOLD;
  }

  public static BaseFont italic() {
    return Holder.ITALIC;
  }

  private static BaseFont load(String file) {
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the classpath: " + DIR + file);
      }
      byte[] bytes = in.readAllBytes();
      return BaseFont.createFont(
          file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, bytes, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (com.lowagie.text.DocumentException e) {
      throw new IllegalStateException("cannot read font " + file, e);
    }
  }
}
