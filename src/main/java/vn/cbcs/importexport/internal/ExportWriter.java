package vn.cbcs.importexport.internal;

import static vn.cbcs.importexport.internal.Columns.*;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.cbcs.importexport.ImportKind;
import vn.cbcs.people.PersonData;
import vn.cbcs.platform.SafeCells;
import vn.cbcs.positions.Assignment;
import vn.cbcs.qualifications.Qualification;
import vn.cbcs.qualifications.Track;

/**
 * Writes people in the people template's layout with SXSSF (a window of rows in memory). Text that
 * a spreadsheet would run as a formula ({@code = + - @}, tab, CR first) is written unchanged as
 * quote-prefixed text ({@link SafeCells}), so the import reads back exactly what was exported.
 */
public final class ExportWriter implements Closeable {

  private final OutputStream out;
  private final SXSSFWorkbook wb = new SXSSFWorkbook(200);
  private final Sheet sheet;
  private final ErrorReportWriter.Styles styles;
  private final SafeCells safe;
  private final List<Column> columns = Columns.of(ImportKind.PEOPLE);
  private int next = 1;

  public ExportWriter(OutputStream out) {
    this.out = out;
    // plain zip entries, readable by any unzip (java.util.zip cannot read zip64 descriptors)
    wb.setZip64Mode(org.apache.commons.compress.archivers.zip.Zip64Mode.Never);
    this.styles = new ErrorReportWriter.Styles(wb);
    this.safe = new SafeCells(wb);
    this.sheet = wb.createSheet(ImportKind.PEOPLE.sheetName());
    Row header = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      Cell c = header.createCell(i);
      c.setCellValue(columns.get(i).header());
      c.setCellStyle(styles.header);
      sheet.setColumnWidth(i, columns.get(i).width() * 256);
    }
    sheet.createFreezePane(2, 1);
  }

  public void person(
      PersonData d,
      Map<String, String> ethnicities,
      Map<String, String> religions,
      Map<Track, Qualification> highest,
      Assignment post,
      String unitName,
      String positionName) {
    Row row = sheet.createRow(next);
    set(row, NO, next);
    next++;
    text(row, PERSONAL_ID, d.personalId());
    text(row, FULL_NAME, d.fullName());
    text(row, SEX, d.sex() == null ? null : d.sex().name().equals("MALE") ? "Nam" : "Nữ");
    if (d.birthYearOnly()) {
      text(row, BIRTH, String.valueOf(d.birthDate().getYear()));
    } else {
      date(row, BIRTH, d.birthDate());
    }
    text(row, ETHNICITY, d.ethnicityCode() == null ? null : ethnicities.get(d.ethnicityCode()));
    text(row, RELIGION, d.religionCode() == null ? null : religions.get(d.religionCode()));
    text(row, HOME_TOWN, d.homeTownText());
    text(row, RESIDENCE, d.residence());
    text(row, PHONE, d.phone());
    date(row, PARTY_JOIN, d.partyJoinDate());
    date(row, PARTY_OFFICIAL, d.partyOfficialDate());
    text(row, GENERAL_EDUCATION, d.generalEducation());
    qualification(row, highest.get(Track.PROFESSIONAL), PRO_LEVEL, PRO_DATE);
    Qualification pro = highest.get(Track.PROFESSIONAL);
    text(row, PRO_MAJOR, pro == null ? null : pro.major());
    qualification(row, highest.get(Track.POLITICAL_THEORY), POL_LEVEL, POL_DATE);
    qualification(row, highest.get(Track.STATE_MANAGEMENT), SM_LEVEL, SM_DATE);
    if (post != null) {
      text(row, UNIT, post.unitCode() + (unitName == null ? "" : " – " + unitName));
      text(row, POSITION, post.positionCode() + (positionName == null ? "" : " – " + positionName));
      date(row, FROM, post.from());
      text(row, DEC_NUMBER, post.startDecision().number());
      date(row, DEC_DATE, post.startDecision().decidedOn());
      text(row, DEC_ISSUER, post.startDecision().issuer());
      text(row, DEC_KIND, KindLabels.label(post.startDecision().kind()));
    }
  }

  private void qualification(Row row, Qualification q, String level, String date) {
    if (q != null) {
      text(row, level, q.levelNameVi());
      date(row, date, q.awardedOn());
    }
  }

  private int index(String id) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException(id);
  }

  private void set(Row row, String id, int n) {
    row.createCell(index(id)).setCellValue(n);
  }

  private void text(Row row, String id, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    Cell c = row.createCell(index(id));
    safe.text(c, value, columns.get(index(id)).text() ? styles.text : null);
  }

  private void date(Row row, String id, LocalDate value) {
    if (value != null) {
      Cell c = row.createCell(index(id));
      c.setCellValue(value);
      c.setCellStyle(styles.date);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      wb.write(out);
    } finally {
      wb.close();
    }
  }
}
