package vn.cbcs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.Role;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * Past ratings recorded in bulk from their decisions ({@link PastRatings}): checked like a
 * decision, all or nothing. Test data: Phường Thục Phán (01273, Cao Bằng), evaluation year 2025 (NĐ
 * 90/2020 as amended by NĐ 48/2023), used by no other test.
 */
@IntegrationTest
class PastRatingsTest {

  static final String THUC_PHAN = "01273";
  static final LocalDate DAY = LocalDate.of(2025, 12, 31);

  @LocalServerPort int port;
  @Autowired PastRatings past;
  @Autowired JdbcClient jdbc;

  private long posted(String name) {
    ObjectNode p = person(name + " " + System.nanoTime() % 100_000, true, 1986);
    p.set(
        "assignments",
        array(assignment(THUC_PHAN, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private static PastRatings.Row row(long person, Level level) {
    return new PastRatings.Row(
        person,
        2025,
        RatingSystem.STATE,
        THUC_PHAN,
        DAY,
        false,
        level,
        "150/QĐ-UBND",
        LocalDate.of(2025, 12, 10),
        "Chủ tịch UBND phường");
  }

  private long rated(long person) {
    return jdbc.sql("SELECT count(*) FROM evaluation WHERE person_id = :p")
        .param("p", person)
        .query(Long.class)
        .single();
  }

  @Test
  void recordsDecidedRatingsReadThroughTheReadModel() {
    List<Long> people = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      people.add(posted("Hà Văn Đã Xếp"));
    }
    List<PastRatings.Row> rows = new ArrayList<>();
    // 5 HTTNV and 1 HTXSNV: 20% of 5 is 1 — at the cap (NĐ 48/2023: the Party's 20%)
    for (int i = 0; i < 5; i++) {
      rows.add(row(people.get(i), Level.HTTNV));
    }
    rows.add(row(people.get(5), Level.HTXSNV));
    assertThat(past.record(rows, TestActors.ADMIN)).isEqualTo(6);
    assertThat(
            jdbc.sql(
                    "SELECT level || ' ' || regime || ' ' || decision_number"
                        + " FROM evaluation_rating_of(:p, 2025, 'STATE')")
                .param("p", people.get(5))
                .query(String.class)
                .single())
        .isEqualTo("HTXSNV ND90_2020 150/QĐ-UBND");
    // the same person, year and system again: refused, nothing written
    long another = posted("Hà Văn Chưa Xếp");
    assertThatThrownBy(
            () ->
                past.record(
                    List.of(row(another, Level.HTTNV), row(people.get(0), Level.HTNV)),
                    TestActors.ADMIN))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).messageKey())
        .isEqualTo("evaluation.exists");
    assertThat(rated(another)).isZero();
    // one more HTXSNV would be 2 against 5 HTTNV: beyond the cap, with the numbers
    assertThatThrownBy(() -> past.record(List.of(row(another, Level.HTXSNV)), TestActors.ADMIN))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              // counted among the staff (CapGroups by role): all of them are non-leaders
              assertThat(e.messageKey()).isEqualTo("evaluation.past.capExceeded.staff");
              assertThat(e.args()).contains(THUC_PHAN, "2025", 2L, 5L, 1L);
            });
    assertThat(rated(another)).isZero();
  }

  @Test
  void refusesOutsideTheGroundWithoutAPostAndWithoutRules() {
    long p = posted("Lục Thị Kiểm Tra");
    // a commune head of another commune: outside the ground
    assertThatThrownBy(
            () ->
                past.record(
                    List.of(row(p, Level.HTTNV)),
                    TestActors.user("ct-khac", Role.COMMUNE_HEAD, "01288")))
        .isInstanceOf(ForbiddenException.class);
    // an officer who does not decide ratings
    assertThatThrownBy(
            () ->
                past.record(
                    List.of(row(p, Level.HTTNV)),
                    TestActors.user("xa-tp", Role.COMMUNE_OFFICER, THUC_PHAN)))
        .isInstanceOf(ForbiddenException.class);
    // not in post in the unit on the day; a year without a rule set; no decision number
    PastRatings.Row noPost =
        new PastRatings.Row(
            p,
            2025,
            RatingSystem.STATE,
            THUC_PHAN,
            LocalDate.of(2025, 6, 30),
            false,
            Level.HTTNV,
            "1/QĐ",
            LocalDate.of(2025, 12, 10),
            "Chủ tịch");
    assertThatThrownBy(
            () ->
                past.record(
                    List.of(noPost), TestActors.user("ct-tp", Role.COMMUNE_HEAD, THUC_PHAN)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field, FieldError::key)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "rows[0].unitCode", "evaluation.past.notInPost")));
    PastRatings.Row noRules =
        new PastRatings.Row(
            p,
            2015,
            RatingSystem.STATE,
            THUC_PHAN,
            DAY,
            false,
            Level.HTTNV,
            " ",
            LocalDate.of(2015, 12, 10),
            "Chủ tịch");
    assertThatThrownBy(() -> past.record(List.of(noRules), TestActors.ADMIN))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("rows[0].year", "rows[0].number"));
    assertThat(rated(p)).isZero();
  }
}
