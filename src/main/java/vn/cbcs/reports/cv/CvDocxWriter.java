package vn.cbcs.reports.cv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.cbcs.platform.DocxParts;
import vn.cbcs.platform.PdfFonts;
import vn.cbcs.reports.cv.CvContent.Align;
import vn.cbcs.reports.cv.CvContent.Block;
import vn.cbcs.reports.cv.CvContent.Heading;
import vn.cbcs.reports.cv.CvContent.Line;
import vn.cbcs.reports.cv.CvContent.PhotoAndTitle;
import vn.cbcs.reports.cv.CvContent.Signatures;
import vn.cbcs.reports.cv.CvContent.Span;
import vn.cbcs.reports.cv.CvContent.Style;
import vn.cbcs.reports.cv.CvContent.Table;

/**
 * Lays {@link CvContent} out as a Word document: A4 portrait, 2 cm margins, "Times New Roman" on
 * every run (LibreOffice shows it in the metric-compatible Liberation Serif).
 */
public final class CvDocxWriter {

  /** A4 in twentieths of a point. */
  static final int PAGE_WIDTH = 11906;

  static final int PAGE_HEIGHT = 16838;

  /** 2 cm in twentieths of a point. */
  static final int MARGIN = 1134;

  static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

  static final double BODY = 12;
  static final double SMALL = 10;
  private static final String WARNING = "B00020";

  public byte[] write(CvContent content) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var core = doc.getProperties().getCoreProperties();
      core.setTitle("Sơ yếu lý lịch – " + content.personName());
      core.setCreator("CBCS");
      core.setDescription("Thông tư 06/2023/TT-BNV; thông tin tại ngày " + content.asOf());
      CvDocxTables tables = new CvDocxTables(doc);
      for (Block block : content.blocks()) {
        if (block instanceof Line l) {
          line(doc.createParagraph(), l);
        } else if (block instanceof Heading h) {
          heading(doc.createParagraph(), h);
        } else if (block instanceof PhotoAndTitle p) {
          tables.photoAndTitle(p);
        } else if (block instanceof Table t) {
          tables.table(t);
        } else {
          tables.signatures((Signatures) block);
        }
      }
      footer(doc.createFooter(HeaderFooterType.DEFAULT), content.footer());
      page(doc);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void line(XWPFParagraph p, Line line) {
    double size = line.small() ? SMALL : BODY;
    p.setAlignment(align(line.align()));
    spacing(p, 0, 40);
    for (Span s : line.spans()) {
      run(p, s.text(), s.style(), size);
    }
  }

  private static void heading(XWPFParagraph p, Heading h) {
    spacing(p, 160, 60);
    p.setKeepNext(true);
    run(p, h.text(), Style.VALUE, BODY);
  }

  static void spacing(XWPFParagraph p, int before, int after) {
    p.setSpacingBefore(before);
    p.setSpacingAfter(after);
    p.setSpacingBetween(1.1, LineSpacingRule.AUTO);
  }

  static XWPFRun run(XWPFParagraph p, String text, Style style, double size) {
    XWPFRun r =
        DocxParts.run(
            p,
            text,
            PdfFonts.DOCX_FAMILY,
            size,
            style == Style.VALUE || style == Style.WARNING,
            style == Style.NOTE);
    if (style == Style.WARNING) {
      r.setColor(WARNING);
    }
    return r;
  }

  static ParagraphAlignment align(Align align) {
    return switch (align) {
      case LEFT -> ParagraphAlignment.LEFT;
      case CENTER -> ParagraphAlignment.CENTER;
      case RIGHT -> ParagraphAlignment.RIGHT;
      case JUSTIFY -> ParagraphAlignment.BOTH;
    };
  }

  private static void footer(XWPFFooter footer, List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      XWPFParagraph p =
          i == 0 && !footer.getParagraphs().isEmpty()
              ? footer.getParagraphs().get(0)
              : footer.createParagraph();
      run(p, lines.get(i), i == 0 ? Style.NOTE : Style.WARNING, 9);
    }
    XWPFParagraph page = footer.createParagraph();
    page.setAlignment(ParagraphAlignment.RIGHT);
    run(page, "Trang ", Style.NOTE, 9);
    pageNumber(page.getCTP().addNewFldSimple());
  }

  /** The PAGE field, its result set like the text around it. */
  private static void pageNumber(CTSimpleField field) {
    field.setInstr("PAGE");
    CTR r = field.addNewR();
    CTRPr pr = r.addNewRPr();
    CTFonts fonts = pr.addNewRFonts();
    fonts.setAscii(PdfFonts.DOCX_FAMILY);
    fonts.setHAnsi(PdfFonts.DOCX_FAMILY);
    fonts.setCs(PdfFonts.DOCX_FAMILY);
    pr.addNewI();
    pr.addNewSz().setVal(BigInteger.valueOf(18));
    r.addNewT().setStringValue("1");
  }

  private static void page(XWPFDocument doc) {
    var body = doc.getDocument().getBody();
    CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    BigInteger m = BigInteger.valueOf(MARGIN);
    margins.setTop(m);
    margins.setBottom(m);
    margins.setLeft(m);
    margins.setRight(m);
    margins.setHeader(BigInteger.valueOf(567));
    margins.setFooter(BigInteger.valueOf(567));
  }
}
