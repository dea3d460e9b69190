package vn.cbcs.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Role;
import vn.cbcs.security.Visibility;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.TestActors;

/**
 * New people of a file are checked and written a chunk at a time (issue 18): each row is still
 * judged as if the rows before it were written (seats taken by an earlier row, a personal ID
 * repeated), the actor's ground is checked against each row's commune on its date (ADR 13), every
 * row is reported, the dry run finds the same, and the audit log records every row written.
 */
@IntegrationTest
class PeopleImportBatchTest {

  private static final String NAM_TUAN = "01660";
  private static final String HOA_AN = "01654";

  @Autowired Imports imports;
  @Autowired JdbcClient jdbc;
  @Autowired Visibility visibility;

  private static Object[] row(String pid, String name, String unit, String position, String from) {
    Object[] r =
        PeopleImportTest.person(
            pid, name, "Nam", "15/03/1985", "Đại học", "30/06/2008", unit, position, from);
    r[25] = "UBND tỉnh Cao Bằng";
    return r;
  }

  private ImportReport run(byte[] file, boolean dryRun, Actor actor) {
    ImportReport r =
        imports.submit(file, "speed3.xlsx", ImportKind.PEOPLE, ImportMode.PARTIAL, dryRun, actor);
    return imports.await(r.id(), Duration.ofSeconds(120), TestActors.SYSTEM);
  }

  private List<RowReport> rows(ImportReport r) {
    return imports.rows(r.id(), null, 0, 100, TestActors.SYSTEM);
  }

  private static String reasons(RowReport r) {
    return r.errors().stream().map(RowReport.CellError::message).collect(Collectors.joining(" | "));
  }

  private long people(List<String> pids) {
    return jdbc.sql("SELECT count(*) FROM person WHERE personal_id IN (:p)")
        .param("p", pids)
        .query(Long.class)
        .single();
  }

  @Test
  void eachRowIsJudgedAsIfTheRowsBeforeItWereWrittenAndEveryRowIsAudited() {
    String first = PersonJsonMother.personalId(false, 1985);
    String second = PersonJsonMother.personalId(false, 1985);
    String other = PersonJsonMother.personalId(false, 1985);
    byte[] file =
        Xlsx.create()
            .sheet("Cán bộ")
            .row(Xlsx.headers(Xlsx.PEOPLE))
            // the one seat of the post (QĐ 368-QĐ/TW) ...
            .row(row(first, "Nông Văn Nhất", NAM_TUAN, "BI_THU_DANG_UY", "01/07/2025"))
            // ... is taken by the row above when this one is checked
            .row(row(second, "Nông Văn Nhì", NAM_TUAN, "BI_THU_DANG_UY", "01/08/2025"))
            // the personal ID of row 2 again
            .row(row(first, "Nông Văn Nhất", HOA_AN, "VTVL_VP_HANH_CHINH_TONG_HOP", "01/07/2025"))
            .row(row(other, "Nông Văn Ba", HOA_AN, "VTVL_VP_HANH_CHINH_TONG_HOP", "01/07/2025"))
            .bytes();

    for (boolean dryRun : List.of(true, false)) {
      ImportReport r = run(file, dryRun, TestActors.SYSTEM);
      assertThat(r.status()).isEqualTo(dryRun ? ImportStatus.VALIDATED : ImportStatus.COMMITTED);
      assertThat(r.accepted()).isEqualTo(2);
      assertThat(r.rejected()).isEqualTo(2);
      List<RowReport> rows = rows(r);
      assertThat(rows)
          .as(rows.stream().map(PeopleImportBatchTest::reasons).toList().toString())
          .extracting(RowReport::row)
          .containsExactly(2, 3, 4, 5);
      assertThat(rows)
          .extracting(RowReport::outcome)
          .containsExactly(
              RowOutcome.NEW, RowOutcome.REJECTED, RowOutcome.REJECTED, RowOutcome.NEW);
      assertThat(reasons(rows.get(1))).contains("chỉ có 1 người đảm nhiệm");
      assertThat(reasons(rows.get(2))).contains("đã có ở dòng 2 của tệp");
      assertThat(people(List.of(first, second, other))).isEqualTo(dryRun ? 0 : 2);
    }

    List<Long> ids =
        jdbc.sql("SELECT id FROM person WHERE personal_id IN (:p)")
            .param("p", List.of(first, other))
            .query(Long.class)
            .list();
    // the audit log has every row written: the people, their qualifications and posts
    for (String table : List.of("person", "qualification", "assignment")) {
      assertThat(
              jdbc.sql(
                      "SELECT count(*) FROM audit_log l JOIN audit_txn t ON t.id = l.txn_id"
                          + " WHERE l.kind = 'INSERT' AND l.table_name = :t"
                          + " AND l.person_id IN (:ids) AND t.source = 'IMPORT'")
                  .param("t", table)
                  .param("ids", ids)
                  .query(Long.class)
                  .single())
          .as(table)
          .isEqualTo(2);
    }
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM person_revision WHERE person_id IN (:ids)"
                        + " AND version = 0 AND reason LIKE 'Nhập Excel số %'"
                        + " AND changes -> 'fullName' IS NOT NULL")
                .param("ids", ids)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void aCommuneOfficersRowsOutsideTheirCommuneAreRefusedRowByRow() {
    Actor officer = TestActors.user("speed3-officer", Role.COMMUNE_OFFICER, NAM_TUAN);
    String inside = PersonJsonMother.personalId(false, 1985);
    String outside = PersonJsonMother.personalId(false, 1985);
    byte[] file =
        Xlsx.create()
            .sheet("Cán bộ")
            .row(Xlsx.headers(Xlsx.PEOPLE))
            .row(row(inside, "Hà Văn Trong", NAM_TUAN, "VTVL_VHXH_Y_TE", "01/07/2025"))
            .row(row(outside, "Hà Văn Ngoài", HOA_AN, "VTVL_VHXH_Y_TE", "01/07/2025"))
            .bytes();
    ImportReport r = run(file, false, officer);
    assertThat(r.status()).isEqualTo(ImportStatus.COMMITTED);
    List<RowReport> rows = rows(r);
    assertThat(rows)
        .as(rows.stream().map(PeopleImportBatchTest::reasons).toList().toString())
        .extracting(RowReport::outcome)
        .containsExactly(RowOutcome.NEW, RowOutcome.REJECTED);
    assertThat(reasons(rows.get(1))).contains("nằm ngoài phạm vi đơn vị bạn được giao quản lý");
    assertThat(people(List.of(inside))).isEqualTo(1);
    assertThat(people(List.of(outside))).isZero();
  }

  /**
   * Rows about people on record are read a chunk at a time (their records, qualifications and posts
   * in a few queries, the actor's ground checked for the set): a row that changes nothing is
   * unchanged without a write; a change, an identity that does not match, a record outside the
   * ground and a repeated personal ID still go one by one and say the same as before.
   */
  @Test
  void rowsAboutPeopleOnRecordAreReadForTheChunkAtOnceAndJudgedAsOneByOne() {
    String same = PersonJsonMother.personalId(false, 1985);
    String changed = PersonJsonMother.personalId(false, 1985);
    String renamed = PersonJsonMother.personalId(false, 1985);
    String elsewhere = PersonJsonMother.personalId(false, 1985);
    String fresh = PersonJsonMother.personalId(false, 1985);
    Object[] sameRow = row(same, "Lý Văn Giữ", NAM_TUAN, "VTVL_VHXH_Y_TE", "01/07/2025");
    Object[] changedRow = row(changed, "Lý Văn Đổi", NAM_TUAN, "VTVL_KT_DIA_CHINH", "01/07/2025");
    Object[] renamedRow = row(renamed, "Lý Văn Tên", NAM_TUAN, "VTVL_VHXH_Y_TE", "01/07/2025");
    Object[] elsewhereRow =
        row(elsewhere, "Lý Văn Xa", HOA_AN, "VTVL_VP_HANH_CHINH_TONG_HOP", "01/07/2025");
    ImportReport first =
        run(
            Xlsx.create()
                .sheet("Cán bộ")
                .row(Xlsx.headers(Xlsx.PEOPLE))
                .row(sameRow)
                .row(changedRow)
                .row(renamedRow)
                .row(elsewhereRow)
                .bytes(),
            false,
            TestActors.SYSTEM);
    assertThat(first.accepted()).isEqualTo(4);
    long sameId =
        jdbc.sql("SELECT id FROM person WHERE personal_id = ?")
            .param(same)
            .query(Long.class)
            .single();
    long events = eventsOf(sameId);

    Actor officer = TestActors.user("speed3-keeper", Role.COMMUNE_OFFICER, NAM_TUAN);
    Object[] phone = changedRow.clone();
    phone[9] = "0912 345 678";
    Object[] otherName = renamedRow.clone();
    otherName[2] = "Lý Văn Khác";
    byte[] again =
        Xlsx.create()
            .sheet("Cán bộ")
            .row(Xlsx.headers(Xlsx.PEOPLE))
            .row(sameRow)
            .row(phone)
            .row(otherName)
            .row(elsewhereRow)
            .row(row(fresh, "Lý Văn Mới", NAM_TUAN, "VTVL_VHXH_Y_TE", "01/07/2025"))
            .row(sameRow)
            .bytes();
    for (boolean dryRun : List.of(true, false)) {
      ImportReport r = run(again, dryRun, officer);
      List<RowReport> rows = rows(r);
      assertThat(rows)
          .as(rows.stream().map(PeopleImportBatchTest::reasons).toList().toString())
          .extracting(RowReport::outcome)
          .containsExactly(
              RowOutcome.UNCHANGED,
              RowOutcome.UPDATED,
              RowOutcome.REJECTED,
              RowOutcome.REJECTED,
              RowOutcome.NEW,
              RowOutcome.REJECTED);
      assertThat(rows.get(0).personId()).isEqualTo(sameId);
      assertThat(reasons(rows.get(2))).contains("Lý Văn Tên").contains("Lý Văn Khác");
      assertThat(reasons(rows.get(3))).contains("ngoài phạm vi đơn vị bạn quản lý");
      assertThat(reasons(rows.get(5))).contains("đã có ở dòng 2 của tệp");
    }
    // the unchanged record was not written
    assertThat(eventsOf(sameId)).isEqualTo(events);
    assertThat(
            jdbc.sql("SELECT phone FROM person WHERE personal_id = ?")
                .param(changed)
                .query(String.class)
                .single())
        .isEqualTo("0912 345 678");
  }

  /**
   * The set's answer is each person's answer ({@link Visibility#sees}), for every kind of actor.
   */
  @Test
  void whoSeesASetIsWhoSeesEachOfIt() {
    List<String> pids = new java.util.ArrayList<>();
    Xlsx file = Xlsx.create().sheet("Cán bộ").row(Xlsx.headers(Xlsx.PEOPLE));
    for (int i = 0; i < 6; i++) {
      String pid = PersonJsonMother.personalId(false, 1985);
      pids.add(pid);
      file.row(
          row(pid, "Đàm Văn Thấy", i % 2 == 0 ? NAM_TUAN : HOA_AN, "VTVL_VHXH_Y_TE", "01/07/2025"));
    }
    assertThat(run(file.bytes(), false, TestActors.SYSTEM).accepted()).isEqualTo(6);
    List<Long> ids =
        jdbc.sql("SELECT id FROM person WHERE personal_id IN (:p) ORDER BY id")
            .param("p", pids)
            .query(Long.class)
            .list();
    assertThat(ids).hasSize(6);
    for (Actor actor :
        List.of(
            TestActors.user("speed3-nt", Role.COMMUNE_OFFICER, NAM_TUAN),
            TestActors.user("speed3-ha", Role.COMMUNE_OFFICER, HOA_AN),
            TestActors.SYSTEM)) {
      java.util.Set<Long> each =
          ids.stream().filter(id -> visibility.sees(actor, id)).collect(Collectors.toSet());
      assertThat(visibility.seesAll(actor, ids)).as(actor.username()).isEqualTo(each);
    }
    java.util.Set<Long> ofNamTuan =
        visibility.seesAll(TestActors.user("speed3-nt", Role.COMMUNE_OFFICER, NAM_TUAN), ids);
    assertThat(ofNamTuan).isNotEmpty().hasSizeLessThan(ids.size());
  }

  private long eventsOf(long personId) {
    return jdbc.sql("SELECT count(*) FROM audit_log WHERE person_id = ? AND kind <> 'READ'")
        .param(personId)
        .query(Long.class)
        .single();
  }
}
