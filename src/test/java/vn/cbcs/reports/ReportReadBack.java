package vn.cbcs.reports;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.cbcs.reports.quality.QualityXlsx;

/** Reads generated reports back as a reader would: worksheet cells, Word tables, PDF text. */
public final class ReportReadBack {

  private ReportReadBack() {}

  /** The worksheet's rows by the unit name in column B: the counts (formulas: cached values). */
  public static Map<String, List<Long>> xlsxRows(byte[] xlsx) {
    Map<String, List<Long>> rows = new LinkedHashMap<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheet(QualityXlsx.SHEET);
      for (int r = QualityXlsx.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null || row.getCell(1) == null || row.getCell(2) == null) {
          continue;
        }
        Cell first = row.getCell(QualityXlsx.FIRST_COUNT_COLUMN);
        if (first.getCellType() != CellType.NUMERIC && first.getCellType() != CellType.FORMULA) {
          continue;
        }
        List<Long> counts = new ArrayList<>();
        for (int c = QualityXlsx.FIRST_COUNT_COLUMN; c < row.getLastCellNum(); c++) {
          counts.add((long) row.getCell(c).getNumericCellValue());
        }
        rows.put(row.getCell(1).getStringCellValue(), counts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** Every text cell of the worksheet, in reading order, to look for titles. */
  public static String xlsxText(byte[] xlsx) {
    StringBuilder text = new StringBuilder();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row row : wb.getSheet(QualityXlsx.SHEET)) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.STRING) {
            text.append(c.getStringCellValue()).append(" | ");
          }
        }
        text.append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** The cells of every table of a Word document: tables → rows → cell texts. */
  public static List<List<List<String>>> docxTables(byte[] docx) {
    List<List<List<String>>> tables = new ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (XWPFTable t : doc.getTables()) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : t.getRows()) {
          List<String> cells = new ArrayList<>();
          for (XWPFTableCell cell : row.getTableCells()) {
            cells.add(cell.getText().strip());
          }
          rows.add(cells);
        }
        tables.add(rows);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tables;
  }

  /** How many pictures the Word document embeds. */
  public static int docxPictures(byte[] docx) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      return doc.getAllPictures().size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String pdfText(byte[] pdf) {
    return CvReadBack.pdfText(pdf);
  }

  public static String docxText(byte[] docx) {
    return CvReadBack.docxText(docx);
  }

  /** Base names of the fonts used on every page, "NOT EMBEDDED …" for those without glyphs. */
  public static List<String> fonts(byte[] pdf) {
    List<String> names = new ArrayList<>();
    try (PdfReader reader = new PdfReader(pdf)) {
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
        PdfDictionary fonts = resources == null ? null : resources.getAsDict(PdfName.FONT);
        if (fonts == null) {
          continue;
        }
        for (PdfName key : fonts.getKeys()) {
          PdfDictionary font = fonts.getAsDict(key);
          String name = font.getAsName(PdfName.BASEFONT).toString();
          PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
          PdfDictionary descriptor =
              descendants == null
                  ? font.getAsDict(PdfName.FONTDESCRIPTOR)
                  : descendants.getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
          boolean embedded = descriptor != null && descriptor.get(PdfName.FONTFILE2) != null;
          names.add(embedded ? name : "NOT EMBEDDED " + name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  public static List<String> docxFonts(byte[] docx) {
    return CvReadBack.docxFonts(docx);
  }

  /** Keeps a copy under target/reports/ to look at. */
  public static void keep(String name, byte[] bytes) {
    try {
      Path dir = Path.of("target", "reports");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
