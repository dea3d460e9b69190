package vn.cbcs.reports;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.cbcs.platform.Actor;
import vn.cbcs.reports.cv.CvContentFactory;
import vn.cbcs.reports.cv.CvDocxWriter;
import vn.cbcs.reports.cv.CvPdfWriter;

/**
 * The official CV printout ("Sơ yếu lý lịch", form of Thông tư 06/2023/TT-BNV) of a person as the
 * record stood on a date. The PDF and the DOCX are laid out from the same content, so they always
 * say the same thing.
 */
@Service
public class CvDocuments {

  public static final String PDF = "application/pdf";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final CvContentFactory content;

  CvDocuments(CvContentFactory content) {
    this.content = content;
  }

  /**
   * The CV as a PDF (A4, Liberation Serif embedded).
   *
   * @throws vn.cbcs.platform.NotFoundException ({@code person.notFound}) for an unknown person
   */
  public byte[] pdf(long personId, LocalDate asOf, Actor actor) {
    return new CvPdfWriter().write(content.build(personId, asOf, actor));
  }

  /**
   * The CV as a Word document (A4, "Times New Roman").
   *
   * @throws vn.cbcs.platform.NotFoundException ({@code person.notFound}) for an unknown person
   */
  public byte[] docx(long personId, LocalDate asOf, Actor actor) {
    return new CvDocxWriter().write(content.build(personId, asOf, actor));
  }
}
