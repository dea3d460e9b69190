package vn.cbcs.reports;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reads a printout back as a reader would: the text of each PDF page, the DOCX paragraphs. */
public final class CvReadBack {

  private CvReadBack() {}

  /** The text of every page, whitespace collapsed to single spaces. */
  public static String pdfText(byte[] pdf) {
    try (PdfReader reader = new PdfReader(pdf)) {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return collapse(text.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int pdfPages(byte[] pdf) {
    try (PdfReader reader = new PdfReader(pdf)) {
      return reader.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Base names of the fonts of page 1 that carry their own glyphs (an embedded TrueType). */
  static List<String> embeddedFonts(byte[] pdf) {
    List<String> names = new ArrayList<>();
    try (PdfReader reader = new PdfReader(pdf)) {
      PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
      for (PdfName key : fonts.getKeys()) {
        PdfDictionary font = fonts.getAsDict(key);
        PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
        PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
        String name = font.getAsName(PdfName.BASEFONT).toString();
        names.add(descriptor.get(PdfName.FONTFILE2) != null ? name : "NOT EMBEDDED " + name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /** Paragraphs and table cells in document order, then the footers; whitespace collapsed. */
  public static String docxText(byte[] docx) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      StringBuilder text = new StringBuilder();
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          text.append(p.getText()).append('\n');
        } else if (e instanceof XWPFTable t) {
          for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
              text.append(cell.getText()).append(" | ");
            }
            text.append('\n');
          }
        }
      }
      doc.getFooterList().forEach(f -> text.append(f.getText()).append('\n'));
      return collapse(text.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Font families named on the runs of the DOCX body paragraphs (tables included). */
  static List<String> docxFonts(byte[] docx) {
    List<String> fonts = new ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<XWPFParagraph> all = new ArrayList<>(doc.getParagraphs());
      doc.getTables()
          .forEach(
              t ->
                  t.getRows()
                      .forEach(r -> r.getTableCells().forEach(c -> all.addAll(c.getParagraphs()))));
      for (XWPFParagraph p : all) {
        for (XWPFRun r : p.getRuns()) {
          if (!r.text().isEmpty()) {
            fonts.add(r.getFontFamily());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fonts;
  }

  /** The text between two markers (exclusive), to look at one item only. */
  public static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    if (start < 0) {
      return "";
    }
    start += from.length();
    int end = text.indexOf(to, start);
    return end < 0 ? text.substring(start) : text.substring(start, end);
  }

  /** Keeps a copy under target/cv-printouts/ to look at. */
  static void keep(String name, byte[] bytes) {
    try {
      Path dir = Path.of("target", "cv-printouts");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
