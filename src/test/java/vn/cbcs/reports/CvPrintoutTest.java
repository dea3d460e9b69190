package vn.cbcs.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.reports.CvReadBack.between;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.people.People;
import vn.cbcs.people.PersonData;
import vn.cbcs.people.Sex;
import vn.cbcs.platform.Actor;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;

/**
 * The CV printout over HTTP, read back from the PDF and the DOCX: every Vietnamese letter, the
 * person's data in the items of the form, and the posts as of the date asked.
 */
@IntegrationTest
class CvPrintoutTest {

  @LocalServerPort int port;

  @Autowired People people;

  private static long huong;

  private Api api() {
    return Api.admin(port);
  }

  @BeforeEach
  void recordHuongOnce() {
    if (huong == 0) {
      huong = create(CvRecordJson.huong());
      ObjectNode transfer = assignment("02026", "VTVL_VHXH_VAN_HOA_THONG_TIN", "2025-07-01", null);
      transfer.put("transfer", true);
      ((ObjectNode) transfer.get("decision")).put("kind", "TRANSFER");
      ((ObjectNode) transfer.get("decision")).put("issuer", "UBND tỉnh Thái Nguyên");
      Api.Response r = api().post("/api/people/" + huong + "/assignments", transfer);
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      ObjectNode party = assignment("02026", "UY_VIEN_BTV_DANG_UY", "2025-09-01", null);
      party.put("concurrent", true);
      ((ObjectNode) party.get("decision")).put("kind", "CONCURRENT");
      ((ObjectNode) party.get("decision")).put("issuer", "Đảng ủy xã Nam Cường");
      r = api().post("/api/people/" + huong + "/assignments", party);
      assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
  }

  private long create(ObjectNode body) {
    Api.Response r = api().post("/api/people", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private Api.Download fetch(String path) {
    Api.Download d = api().download(path);
    assertThat(d.status()).as(d.text()).isEqualTo(200);
    return d;
  }

  @Test
  void thePdfReadsBackWithEveryItemAndEveryDiacritic() {
    Api.Download d = fetch("/people/" + huong + "/cv.pdf?asOf=2026-01-01");
    assertThat(d.headers().getContentType().toString()).isEqualTo("application/pdf");
    assertThat(d.headers().getFirst("Content-Disposition"))
        .startsWith("attachment; filename=\"so-yeu-ly-lich-" + huong + "-2026-01-01.pdf\"")
        .contains("filename*=UTF-8''S%C6%A1%20y%E1%BA%BFu%20l%C3%BD%20l%E1%BB%8Bch");
    CvReadBack.keep("huong-2026-01-01.pdf", d.bytes());
    assertThat(CvReadBack.embeddedFonts(d.bytes()))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f).contains("LiberationSerif"));
    assertTheCv(CvReadBack.pdfText(d.bytes()));
  }

  @Test
  void theDocxReadsBackWithTheSameContent() {
    Api.Download d = fetch("/people/" + huong + "/cv.docx?asOf=2026-01-01");
    assertThat(d.headers().getContentType().toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(d.headers().getFirst("Content-Disposition"))
        .startsWith("attachment; filename=\"so-yeu-ly-lich-" + huong + "-2026-01-01.docx\"");
    CvReadBack.keep("huong-2026-01-01.docx", d.bytes());
    assertThat(CvReadBack.docxFonts(d.bytes())).isNotEmpty().containsOnly("Times New Roman");
    assertTheCv(CvReadBack.docxText(d.bytes()));
  }

  private void assertTheCv(String text) {
    assertThat(text)
        .contains("SƠ YẾU LÝ LỊCH", "Ảnh màu", "(4 x 6 cm)", "Số hiệu", "Mã số định danh")
        .contains("Cơ quan quản lý cán bộ, công chức, viên chức")
        .contains("NGUYỄN THỊ HƯỜNG", "Giới tính: Nữ", "Hường Đặng")
        .contains("Sinh ngày: 15/03/1985")
        .contains("Bản Nà Pài, Xã Xuân Lạc, Huyện Chợ Đồn, Tỉnh Bắc Kạn")
        .contains("Thôn Bản Cào, Xã Xuân Lạc", "Huyện Chợ Đồn", "Tỉnh Bắc Kạn")
        .contains("Dân tộc: Tày", "Tôn giáo: Không")
        .contains("Tổ 5, phường Đức Xuân, tỉnh Thái Nguyên", "Nông dân", "Giáo viên mầm non")
        .contains("01/09/2008", "Ủy ban nhân dân huyện Chợ Đồn", "19/05/2010", "19/05/2011")
        .contains("26/03/2001, Đoàn TNCS Hồ Chí Minh", "Con thương binh", "12/12")
        .contains("Đại học, chuyên ngành Quản lý văn hóa")
        .contains("Tuyên truyền, vận động đồng bào dân tộc thiểu số")
        .contains("Chiều cao: 155 cm", "Cân nặng: 50 kg", "Nhóm máu: O");
    assertThat(between(text, "23) Chức vụ hiện tại:", "Ngày bổ nhiệm"))
        .contains("Xã Nam Cường")
        .doesNotContain("Xuân Lạc");
    assertThat(between(text, "Ngày bổ nhiệm/ngày phê chuẩn:", "Ngày bổ nhiệm lại"))
        .contains("01/07/2025");
    assertThat(between(text, "25) Chức vụ kiêm nhiệm:", "26)"))
        .contains("Ủy viên Ban Thường vụ Đảng ủy xã", "Xã Nam Cường");
    assertThat(between(text, "26) Chức vụ Đảng hiện tại:", "27)")).contains("…");
    assertThat(between(text, "27) Chức vụ Đảng kiêm nhiệm:", "28)"))
        .contains("Ủy viên Ban Thường vụ Đảng ủy xã");
    // 32) training
    assertThat(text)
        .contains("Trường Trung cấp Sư phạm Bắc Kạn", "Sư phạm mầm non", "Trung cấp")
        .contains("09/2014", "07/2018", "Trường Đại học Văn hóa Hà Nội", "Vừa làm vừa học")
        .contains("Trường Chính trị tỉnh Bắc Kạn", "Chuyên viên", "Ứng dụng CNTT cơ bản")
        .contains("Tiếng Anh", "Bậc 2 (A2)", "Tiếng Tày", "Chứng chỉ tiếng dân tộc")
        .contains("Đối tượng 4");
    // 33) work history: before CBCS, then both posts; the running one ends "nay"
    assertThat(between(text, "33) TÓM TẮT QUÁ TRÌNH CÔNG TÁC", "34)"))
        .contains("Trường Mầm non Xuân Lạc, huyện Chợ Đồn", "Giáo viên")
        .contains("01/2016", "06/2025", "Văn hóa - xã hội", "Xã Xuân Lạc")
        .contains("07/2025", "nay", "Xã Nam Cường")
        .contains("09/2025", "Ủy viên Ban Thường vụ Đảng ủy xã (kiêm nhiệm)");
    // 35) rewards and disciplines, 36) family
    assertThat(text)
        .contains("Giấy khen của Chủ tịch UBND huyện", "125/QĐ-UBND", "20/12/2019")
        .contains("Khiển trách", "Chậm nộp báo cáo quý");
    assertThat(between(text, "36.1-", "36.2-"))
        .contains("Cha", "Đặng Văn Lũy", "1955", "Chồng", "Hoàng Văn Dũng");
    assertThat(between(text, "36.2-", "37)")).contains("Mẹ", "Lường Thị Ngữ", "1960");
    // the rest of the form and the signatures
    assertThat(text)
        .contains("30.1) Ngạch/chức danh nghề nghiệp", "37.3- Nguồn thu nhập chính")
        .contains("38) NHẬN XÉT, ĐÁNH GIÁ", "Người khai", "Tôi xin cam đoan những lời")
        .contains("khai trên đây là đúng sự thật", "(Ký tên, ghi rõ họ tên)")
        .contains("Xác nhận của cơ quan, đơn vị quản lý", "(Ký tên, đóng dấu)")
        .contains("Thông tin tại ngày 01/01/2026")
        .doesNotContain("GIẢ LẬP");
    assertThat(between(text, "24) Được quy hoạch chức danh:", "25)")).contains("…");
  }

  @Test
  void postsAreThoseInForceOnTheDateAsked() {
    String pdf = CvReadBack.pdfText(fetch("/people/" + huong + "/cv.pdf?asOf=2020-01-01").bytes());
    String docx =
        CvReadBack.docxText(fetch("/api/people/" + huong + "/cv.docx?asOf=2020-01-01").bytes());
    for (String text : List.of(pdf, docx)) {
      assertThat(between(text, "23) Chức vụ hiện tại:", "Ngày bổ nhiệm"))
          .contains("Văn hóa - xã hội", "Xã Xuân Lạc", "Huyện Chợ Đồn, Tỉnh Bắc Kạn");
      assertThat(text)
          .as("nothing after the date: neither the transfer nor the 2021 discipline")
          .doesNotContain("Nam Cường", "Khiển trách")
          .contains("Trình độ chuyên môn cao nhất: Đại học, chuyên ngành Quản lý văn hóa")
          .contains("Thông tin tại ngày 01/01/2020");
      assertThat(between(text, "33) TÓM TẮT QUÁ TRÌNH CÔNG TÁC", "34)"))
          .as("the post running on the date ends 'nay'")
          .containsPattern("01/2016\\W+nay")
          .doesNotContain("06/2025");
    }
  }

  @Test
  void aYearOnlyBirthPrintsOnlyTheYear() {
    ObjectNode p = person("Bế Thị Nhung", true, 1970);
    p.remove("birthDate");
    p.put("birthYear", 1970);
    long id = create(p);
    String pdf = CvReadBack.pdfText(fetch("/api/people/" + id + "/cv.pdf").bytes());
    String docx = CvReadBack.docxText(fetch("/people/" + id + "/cv.docx").bytes());
    for (String text : List.of(pdf, docx)) {
      assertThat(between(text, "3) Sinh ngày:", "4)")).contains("1970").doesNotContain("01/01");
      assertThat(text).contains("BẾ THỊ NHUNG");
      assertThat(between(text, "23) Chức vụ hiện tại:", "Ngày bổ nhiệm")).contains("…");
    }
  }

  @Test
  void anUnknownPersonIsNotFound() {
    Api.Download api = api().download("/api/people/987654321/cv.pdf");
    assertThat(api.status()).isEqualTo(404);
    assertThat(api.text()).contains("Không tìm thấy hồ sơ");
    assertThat(api().download("/api/people/987654321/cv.docx").status()).isEqualTo(404);
    assertThat(api().download("/people/987654321/cv.pdf").status()).isEqualTo(404);
    assertThat(api().download("/people/987654321/cv.docx?asOf=2020-01-01").status()).isEqualTo(404);
  }

  @Test
  void aMalformedDateIsRefusedAndAVietnameseDateAccepted() {
    Api.Download bad = api().download("/api/people/" + huong + "/cv.pdf?asOf=2026-13-01");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.text()).contains("asOf");
    Api.Download vn = fetch("/api/people/" + huong + "/cv.pdf?asOf=1/7/2025");
    assertThat(vn.headers().getFirst("Content-Disposition")).contains("-2025-07-01.pdf\"");
    assertThat(CvReadBack.pdfText(vn.bytes())).contains("Thông tin tại ngày 01/07/2025");
  }

  @Test
  void signingInIsRequired() {
    assertThat(new Api(port, null, null).download("/api/people/" + huong + "/cv.pdf").status())
        .isEqualTo(401);
  }

  @Test
  void aSyntheticRecordSaysSoOnThePrintout() {
    PersonData data =
        PersonData.builder()
            .personalId(PersonJsonMother.personalId(false, 1990))
            .fullName("Lò Văn Giả")
            .sex(Sex.MALE)
            .birthDate(LocalDate.of(1990, 2, 3))
            .build();
    long id = people.create(data, Actor.demo("admin", "test"), true);
    String pdf = CvReadBack.pdfText(fetch("/api/people/" + id + "/cv.pdf").bytes());
    String docx = CvReadBack.docxText(fetch("/api/people/" + id + "/cv.docx").bytes());
    for (String text : List.of(pdf, docx)) {
      assertThat(text).contains("DỮ LIỆU GIẢ LẬP – KHÔNG PHẢI HỒ SƠ THẬT", "LÒ VĂN GIẢ");
    }
  }
}
