package vn.cbcs.people;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.TestUsers;

/**
 * Scanned documents on a record: kept by the record's keepers, listed to its readers, opened only
 * by those who see sensitive data, refused with every reason, removed without losing the file. Test
 * data: Xã Xuân Trường (01339) and, outside, Xã Huy Giáp (01354), Cao Bằng; no other test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentsTest {

  static final String XUAN_TRUONG = "01339";
  static final String HUY_GIAP = "01354";
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Api officer;
  String officerName;
  Api head;

  @BeforeAll
  void users() {
    officerName = TestUsers.create(port, "xaxt", "COMMUNE_OFFICER", XUAN_TRUONG);
    officer = new Api(port, officerName, TestUsers.PASSWORD);
    head =
        new Api(
            port, TestUsers.create(port, "ctxt", "COMMUNE_HEAD", XUAN_TRUONG), TestUsers.PASSWORD);
  }

  private long holder(String unit, String name) {
    ObjectNode p = PersonJsonMother.person(name + " " + System.nanoTime() % 100_000, true, 1982);
    p.set("assignments", array(assignment(unit, "VTVL_VHXH_Y_TE", "2025-07-01", null)));
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private static String query(String kind, String title, String number, String date) {
    List<String> q = new ArrayList<>();
    q.add("kind=" + kind);
    q.add("title=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
    if (number != null) {
      q.add("number=" + URLEncoder.encode(number, StandardCharsets.UTF_8));
    }
    if (date != null) {
      q.add("date=" + URLEncoder.encode(date, StandardCharsets.UTF_8));
    }
    return "?" + String.join("&", q);
  }

  private static List<String> errorFields(Api.Response r) {
    List<String> fields = new ArrayList<>();
    for (JsonNode e : r.json().get("errors")) {
      fields.add(e.get("field").asString());
    }
    return fields;
  }

  private static String messages(Api.Response r) {
    StringBuilder b = new StringBuilder();
    for (JsonNode e : r.json().get("errors")) {
      b.append(e.get("message").asString()).append('\n');
    }
    return b.toString();
  }

  @Test
  void theOfficerAttachesAScanThatComesBackByteForByteAndTheHeadSeesOnlyTheList() {
    long id = holder(XUAN_TRUONG, "Lường Thị Quét");
    Api.Response added =
        officer.upload(
            "/api/people/"
                + id
                + "/attachments"
                + query("DECISION", "Quyết định tuyển dụng", "15/QĐ-UBND", "20/06/2025"),
            "file",
            "C:\\scans\\qd-15.pdf",
            PDF);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    long aid = added.json().get("id").asLong();
    assertThat(added.json().get("fileName").asString())
        .as("no folder part of the uploader's machine")
        .isEqualTo("qd-15.pdf");
    assertThat(added.json().get("date").asString()).isEqualTo("2025-06-20");
    assertThat(added.json().get("uploadedBy").asString()).isEqualTo(officerName);

    Api.Download file = officer.download("/api/people/" + id + "/attachments/" + aid);
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.bytes()).isEqualTo(PDF);
    assertThat(file.headers().getContentType()).hasToString("application/pdf");
    assertThat(file.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(
            officer
                .download("/api/people/" + id + "/attachments/" + aid + "?download=true")
                .headers()
                .getFirst("Content-Disposition"))
        .startsWith("attachment;")
        .contains("qd-15.pdf");

    // the commune head reads records masked: the list yes, the file (personal data) no
    Api.Response listed = head.get("/api/people/" + id + "/attachments");
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    assertThat(listed.json().get(0).get("title").asString()).isEqualTo("Quyết định tuyển dụng");
    assertThat(head.download("/api/people/" + id + "/attachments/" + aid).status()).isEqualTo(403);
    // and cannot attach
    assertThat(
            head.upload(
                    "/api/people/" + id + "/attachments" + query("OTHER", "x", null, null),
                    "file",
                    "x.pdf",
                    PDF)
                .status())
        .isEqualTo(403);

    // the person page shows the list and the form to the keeper, not the form to the head
    BrowserSession page = new BrowserSession(port);
    page.signIn(officerName, TestUsers.PASSWORD);
    String html = page.get("/people/" + id).body();
    assertThat(page.get("/people/" + id + "/forms/attachment").body())
        .contains("data-testid=\"attachment-form\"");
    assertThat(html)
        .contains("data-lazy-form=\"attachment\"")
        .contains("Quyết định tuyển dụng")
        .contains("/people/" + id + "/attachments/" + aid);
  }

  @Test
  void everyReasonIsGivenAndNothingIsWritten() {
    long id = holder(XUAN_TRUONG, "Hà Văn Từ Chối");
    Api.Response r =
        officer.upload(
            "/api/people/" + id + "/attachments" + query("BIEN_BAN", " ", null, "31/02/2025"),
            "file",
            "anh.pdf",
            "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(errorFields(r)).containsExactlyInAnyOrder("kind", "title", "date", "file");
    assertThat(messages(r))
        .contains("Loại tài liệu \"BIEN_BAN\" không có")
        .contains("Cần nhập tên tài liệu")
        .contains("Ngày ban hành \"31/02/2025\" không đúng")
        .contains("Tệp phải là PDF, JPEG hoặc PNG");
    Api.Response tooLarge =
        officer.upload(
            "/api/people/" + id + "/attachments" + query("OTHER", "Bản quét lớn", null, null),
            "file",
            "lon.pdf",
            bigPdf(10 * 1024 * 1024 + 1));
    assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(400);
    assertThat(errorFields(tooLarge)).containsExactly("file");
    assertThat(messages(tooLarge)).contains("Tệp 10,1 MB lớn hơn mức cho phép 10,0 MB");
    assertThat(count(id)).isZero();
  }

  @Test
  void outsideTheGroundIsForbiddenWhileAMissingRecordIsNotFound() {
    long outside = holder(HUY_GIAP, "Nông Văn Ngoài");
    Api.Response inAdmin =
        Api.admin(port)
            .upload(
                "/api/people/"
                    + outside
                    + "/attachments"
                    + query("CERTIFICATE", "Bằng tốt nghiệp", null, null),
                "file",
                "bang.pdf",
                PDF);
    assertThat(inAdmin.status()).as(inAdmin.body()).isEqualTo(201);
    long aid = inAdmin.json().get("id").asLong();

    assertThat(officer.get("/api/people/" + outside + "/attachments").status()).isEqualTo(403);
    assertThat(officer.download("/api/people/" + outside + "/attachments/" + aid).status())
        .isEqualTo(403);
    assertThat(
            officer
                .upload(
                    "/api/people/" + outside + "/attachments" + query("OTHER", "x", null, null),
                    "file",
                    "x.pdf",
                    PDF)
                .status())
        .isEqualTo(403);
    assertThat(officer.delete("/api/people/" + outside + "/attachments/" + aid).status())
        .isEqualTo(403);
    assertThat(count(outside)).isEqualTo(1);

    long missing = jdbc.sql("SELECT max(id) + 1000 FROM person").query(Long.class).single();
    assertThat(officer.get("/api/people/" + missing + "/attachments").status()).isEqualTo(404);
    // a document of another record is not found through this one
    long mine = holder(XUAN_TRUONG, "Đàm Thị Khác");
    assertThat(officer.download("/api/people/" + mine + "/attachments/" + aid).status())
        .isEqualTo(404);
  }

  @Test
  void aRemovalHidesTheDocumentAndKeepsItsFileWithWhoAndWhy() {
    long id = holder(XUAN_TRUONG, "Bế Văn Gỡ");
    long aid =
        officer
            .upload(
                "/api/people/" + id + "/attachments" + query("OTHER", "Bản nhầm", null, null),
                "file",
                "nham.pdf",
                PDF)
            .json()
            .get("id")
            .asLong();
    assertThat(
            officer
                .delete("/api/people/" + id + "/attachments/" + aid + "?reason=tải%20nhầm")
                .status())
        .isEqualTo(204);
    assertThat(officer.get("/api/people/" + id + "/attachments").json().size()).isZero();
    assertThat(officer.download("/api/people/" + id + "/attachments/" + aid).status())
        .isEqualTo(404);
    assertThat(officer.delete("/api/people/" + id + "/attachments/" + aid).status()).isEqualTo(404);
    var kept =
        jdbc.sql(
                "SELECT removed_by, removed_reason, length(bytes) FROM person_attachment WHERE id = ?")
            .param(aid)
            .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getInt(3)))
            .single();
    assertThat(kept).containsExactly(officerName, "tải nhầm", PDF.length);
    // the audit log has the upload and the removal, without the file's bytes
    List<String> logged =
        jdbc.sql(
                "SELECT kind || ':' || coalesce(after ->> 'bytes', '-') FROM audit_log"
                    + " WHERE table_name = 'person_attachment' AND row_key = ? ORDER BY id")
            .param(String.valueOf(aid))
            .query(String.class)
            .list();
    assertThat(logged).hasSize(2);
    assertThat(logged.get(0)).as("the file is logged as its hash").startsWith("INSERT:sha256:");
    assertThat(logged.get(1)).startsWith("UPDATE:");
  }

  private int count(long personId) {
    return jdbc.sql("SELECT count(*) FROM person_attachment WHERE person_id = ?")
        .param(personId)
        .query(Integer.class)
        .single();
  }

  private static byte[] bigPdf(int size) {
    byte[] b = new byte[size];
    System.arraycopy(PDF, 0, b, 0, PDF.length);
    return b;
  }
}
