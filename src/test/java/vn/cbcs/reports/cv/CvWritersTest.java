package vn.cbcs.reports.cv;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.cbcs.reports.cv.CvContent.Align;
import vn.cbcs.reports.cv.CvContent.Column;
import vn.cbcs.reports.cv.CvContent.Line;
import vn.cbcs.reports.cv.CvContent.Style;
import vn.cbcs.reports.cv.CvContent.Table;

/** Both writers lay out the same content, with every Vietnamese letter, on any thread. */
class CvWritersTest {

  /**
   * The alphabet of {@link vn.cbcs.platform.PdfFontsTest#VIETNAMESE} as words of 12, so a line may
   * wrap.
   */
  private static final List<String> WORDS = words();

  private static List<String> words() {
    List<String> words = new ArrayList<>();
    String all = vn.cbcs.platform.PdfFontsTest.VIETNAMESE;
    for (int i = 0; i < all.length(); i += 12) {
      words.add(all.substring(i, Math.min(all.length(), i + 12)));
    }
    return words;
  }

  private static CvContent content(String name) {
    return new CvContent(
        1,
        name,
        LocalDate.of(2026, 1, 1),
        false,
        List.of(
            Line.item("1) Họ và tên khai sinh (viết chữ in hoa): ", CvText.upper(name)),
            Line.of(String.join(" ", WORDS), Style.LABEL, Align.LEFT),
            new CvContent.Heading("33) TÓM TẮT QUÁ TRÌNH CÔNG TÁC"),
            new Table(
                "35.1- Thành tích thi đua, khen thưởng",
                Column.period(Column.of("Ghi chú", 4)),
                List.of(List.of("01/2016", "nay", "Xã Nam Cường, Tỉnh Thái Nguyên"))),
            new Table(null, List.of(Column.of("Trống", 1)), List.of()),
            CvFormTail.signatures(name)),
        List.of("Thông tin tại ngày 01/01/2026"));
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PdfReader reader = new PdfReader(pdf)) {
      StringBuilder text = new StringBuilder();
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append(' ');
      }
      return text.toString().replaceAll("\\s+", " ");
    }
  }

  private static String docxText(byte[] docx) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText().replaceAll("\\s+", " ");
    }
  }

  @Test
  void bothDocumentsCarryEveryLetterAndEveryCell() throws Exception {
    CvContent c = content("Đặng Thị Hường");
    String pdf = pdfText(new CvPdfWriter().write(c));
    String docx = docxText(new CvDocxWriter().write(c));
    for (String text : List.of(pdf, docx)) {
      assertThat(text)
          .contains(WORDS)
          .contains("ĐẶNG THỊ HƯỜNG", "35.1- Thành tích thi đua")
          .contains("Tháng/năm", "Từ", "Đến", "01/2016", "nay", "Xã Nam Cường, Tỉnh Thái Nguyên")
          .contains("Trống", "…", "Người khai", "(Ký tên, đóng dấu)", "Đặng Thị Hường")
          .contains("Thông tin tại ngày 01/01/2026");
    }
  }

  @Test
  void documentsWrittenInParallelAreEachComplete() throws Exception {
    List<String> names =
        List.of("Nguyễn Văn Ẩn", "Lê Thị Ỹ", "Trần Đức Ự", "Phạm Thị Ẫn", "Vũ Văn Ở", "Hồ Thị Ửng");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> pdfs = new ArrayList<>();
      List<Future<String>> docxs = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (String name : names) {
          pdfs.add(pool.submit(() -> pdfText(new CvPdfWriter().write(content(name)))));
          docxs.add(pool.submit(() -> docxText(new CvDocxWriter().write(content(name)))));
        }
      }
      for (int i = 0; i < pdfs.size(); i++) {
        String upper = CvText.upper(names.get(i % names.size()));
        assertThat(pdfs.get(i).get()).contains(upper).contains(WORDS);
        assertThat(docxs.get(i).get()).contains(upper).contains(WORDS);
      }
    } finally {
      pool.shutdown();
    }
  }
}
