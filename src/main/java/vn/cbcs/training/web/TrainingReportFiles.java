package vn.cbcs.training.web;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import vn.cbcs.platform.PdfParts;
import vn.cbcs.platform.SafeCells;
import vn.cbcs.training.TrainingReport;

/**
 * The annual training report as XLSX (three sheets: courses, people per kind, cost per funding
 * source) and as PDF (A4 landscape, the shipped Liberation Serif embedded, as the other printouts).
 * Both are built from the same tables, so they say the same.
 */
final class TrainingReportFiles {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** A table of the report: its title, header and rows (numbers as Long or BigDecimal). */
  record Table(String title, List<String> header, List<List<Object>> rows) {}

  private final MessageSource messages;
  private final Locale locale;

  TrainingReportFiles(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  private String t(String key, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  String title(TrainingReport r) {
    return t("training.report.title", String.valueOf(r.year()));
  }

  String subtitle(TrainingReport r) {
    return t("training.report.subtitle", r.unitName(), r.dueOn().format(DAY), r.rule());
  }

  List<Table> tables(TrainingReport r) {
    List<Table> out = new ArrayList<>();
    List<List<Object>> courses = new ArrayList<>();
    int n = 1;
    for (TrainingReport.CourseLine l : r.courses()) {
      courses.add(
          List.of(
              (long) n++,
              l.course().name(),
              t(l.course().kind().messageKey()),
              l.course().provider(),
              l.course().startsOn().format(DAY) + " – " + l.course().endsOn().format(DAY),
              (long) l.course().periods(),
              l.enrolled(),
              l.completed(),
              l.failedOrWithdrawn(),
              l.course().cost() == null ? "" : l.course().cost(),
              t("training.funding." + l.course().funding().name())));
    }
    out.add(
        new Table(
            t("training.report.courses"),
            List.of(
                "STT",
                t("training.page.course"),
                t("training.page.kind"),
                t("training.page.provider"),
                t("training.page.dates"),
                t("training.page.periods"),
                t("training.report.enrolled"),
                t("training.report.completed"),
                t("training.report.failedOrWithdrawn"),
                t("training.page.cost"),
                t("training.page.funding")),
            courses));
    List<List<Object>> kinds = new ArrayList<>();
    long[] sum = new long[4];
    for (TrainingReport.KindLine k : r.kinds()) {
      kinds.add(
          List.of(t(k.kind().messageKey()), k.courses(), k.enrolled(), k.completed(), k.periods()));
      sum[0] += k.courses();
      sum[1] += k.enrolled();
      sum[2] += k.completed();
      sum[3] += k.periods();
    }
    kinds.add(List.of(t("training.report.total"), sum[0], sum[1], sum[2], sum[3]));
    out.add(
        new Table(
            t("training.report.kinds"),
            List.of(
                t("training.page.kind"),
                t("training.report.courseCount"),
                t("training.report.people"),
                t("training.report.peopleCompleted"),
                t("training.report.periodsCompleted")),
            kinds));
    List<List<Object>> funding = new ArrayList<>();
    long courseSum = 0;
    long unknownSum = 0;
    for (TrainingReport.FundingLine f : r.funding()) {
      funding.add(
          List.of(
              t("training.funding." + f.funding().name()), f.courses(), f.cost(), f.costUnknown()));
      courseSum += f.courses();
      unknownSum += f.costUnknown();
    }
    funding.add(List.of(t("training.report.total"), courseSum, r.totalCost(), unknownSum));
    out.add(
        new Table(
            t("training.report.funding"),
            List.of(
                t("training.page.funding"),
                t("training.report.courseCount"),
                t("training.report.cost"),
                t("training.report.costUnknown")),
            funding));
    return out;
  }

  /** Sheet names of the workbook, in order. */
  static final List<String> SHEETS = List.of("Khoa hoc", "Theo loai", "Kinh phi");

  byte[] xlsx(TrainingReport r) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      SafeCells safe = new SafeCells(wb);
      org.apache.poi.ss.usermodel.Font font = wb.createFont();
      font.setBold(true);
      CellStyle bold = wb.createCellStyle();
      bold.setFont(font);
      List<Table> tables = tables(r);
      for (int i = 0; i < tables.size(); i++) {
        Table table = tables.get(i);
        Sheet sheet = wb.createSheet(SHEETS.get(i));
        safe.text(sheet.createRow(0).createCell(0), title(r) + " — " + table.title(), bold);
        safe.text(sheet.createRow(1).createCell(0), subtitle(r));
        Row header = sheet.createRow(3);
        for (int c = 0; c < table.header().size(); c++) {
          safe.text(header.createCell(c), table.header().get(c), bold);
          sheet.setColumnWidth(
              c, (c == 0 && i == 0 ? 6 : c == 1 || i > 0 && c == 0 ? 40 : 16) * 256);
        }
        sheet.createFreezePane(0, 4);
        int n = 4;
        for (List<Object> cells : table.rows()) {
          Row row = sheet.createRow(n++);
          for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            Cell cell = row.createCell(c);
            if (v instanceof Long l) {
              cell.setCellValue(l);
            } else if (v instanceof BigDecimal b) {
              cell.setCellValue(b.doubleValue());
            } else {
              safe.text(cell, String.valueOf(v));
            }
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] pdf(TrainingReport r) {
    Font regular = PdfParts.regular(9);
    Font bold = PdfParts.bold(9);
    Font titleFont = PdfParts.bold(13);
    return PdfParts.write(
        PdfParts.landscapeList(),
        doc -> {
          doc.add(PdfParts.centred(title(r), titleFont));
          doc.add(PdfParts.centred(subtitle(r), regular));
          for (Table table : tables(r)) {
            doc.add(PdfParts.heading(table.title(), bold));
            PdfPTable grid = PdfParts.grid(table.header().size());
            PdfParts.header(grid, table.header(), bold, Element.ALIGN_CENTER);
            for (List<Object> cells : table.rows()) {
              for (Object v : cells) {
                boolean number = v instanceof Long || v instanceof BigDecimal;
                String text = v instanceof BigDecimal b ? money(b) : String.valueOf(v);
                grid.addCell(
                    PdfParts.boxed(
                        text, regular, number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
              }
            }
            doc.add(grid);
          }
        });
  }

  /** Whole đồng with dots between thousands (Vietnamese notation). */
  static String money(BigDecimal b) {
    return String.format(Locale.ROOT, "%,d", b.longValue()).replace(',', '.');
  }
}
