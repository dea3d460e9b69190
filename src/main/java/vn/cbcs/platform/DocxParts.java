package vn.cbcs.platform;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The pieces the Word (POI XWPF) writers of the modules share: the A4 page with the margins of NĐ
 * 30/2020 Phụ lục I (2 cm top and bottom, 3 cm left, 1.5 cm right) and a run of Vietnamese text in
 * a font family and size. Lengths in twentieths of a point (twips).
 */
public final class DocxParts {

  /** One centimetre in twips. */
  public static final int CM = 567;

  private static final int A4_SHORT = 11906;
  private static final int A4_LONG = 16838;
  private static final int TOP = 2 * CM;
  private static final int BOTTOM = 2 * CM;
  private static final int LEFT = 3 * CM;
  private static final int RIGHT = CM * 3 / 2;

  private DocxParts() {}

  /** The width between the margins of an A4 page, portrait or landscape. */
  public static int textWidth(boolean landscape) {
    return (landscape ? A4_LONG : A4_SHORT) - LEFT - RIGHT;
  }

  /** Sets the document's page: A4, portrait or landscape, with the NĐ 30/2020 margins. */
  public static void page(XWPFDocument doc, boolean landscape) {
    var body = doc.getDocument().getBody();
    CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
    size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
    if (landscape) {
      size.setOrient(STPageOrientation.LANDSCAPE);
    }
    CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    m.setTop(BigInteger.valueOf(TOP));
    m.setBottom(BigInteger.valueOf(BOTTOM));
    m.setLeft(BigInteger.valueOf(LEFT));
    m.setRight(BigInteger.valueOf(RIGHT));
  }

  /** A run of {@code text} (language vi-VN) appended to {@code p}. */
  public static XWPFRun run(
      XWPFParagraph p, String text, String family, double size, boolean bold, boolean italic) {
    XWPFRun r = p.createRun();
    r.setText(text);
    r.setFontFamily(family);
    r.setFontSize(size);
    r.setLang("vi-VN");
    r.setBold(bold);
    r.setItalic(italic);
    return r;
  }
}
