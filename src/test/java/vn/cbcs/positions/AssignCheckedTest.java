package vn.cbcs.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * {@link Assignments#assignChecked} writes posts without checking them again (issue 18), so it
 * writes only the posts its batch checked and accepted, as they were checked, once; anything else
 * is refused before a row is written.
 */
@IntegrationTest
class AssignCheckedTest {

  private static final String HOA_AN = "01654";

  @Autowired Assignments assignments;

  private static NewAssignment post(String from) {
    return new NewAssignment(
        HOA_AN,
        "VTVL_VP_HANH_CHINH_TONG_HOP",
        false,
        LocalDate.parse(from),
        null,
        new DecisionData(
            "12/QĐ-UBND", LocalDate.parse(from), "UBND xã Hòa An", null, DecisionKind.APPOINTMENT));
  }

  private static List<Map.Entry<Long, NewAssignment>> to(long person, List<NewAssignment> posts) {
    return posts.stream().map(a -> Map.entry(person, a)).toList();
  }

  @Test
  void onlyWhatTheBatchCheckedAndAcceptedIsWritten() {
    NewAssignment checked = post("2025-07-01");
    NewAssignment unchecked = post("2025-08-01");
    List<NewAssignment> list = new ArrayList<>(List.of(checked));
    AssignmentBatch batch = assignments.batch(List.of(checked, unchecked), TestActors.SYSTEM);
    // -1: no such person, so nothing could be written even if the guard failed
    assertThatThrownBy(() -> assignments.assignChecked(batch, to(-1, list), TestActors.SYSTEM))
        .as("accepted without a check")
        .isInstanceOf(IllegalStateException.class);

    assertThat(batch.check(list, "assignments")).isEmpty();
    assertThatThrownBy(() -> assignments.assignChecked(batch, to(-1, list), TestActors.SYSTEM))
        .as("checked, not accepted")
        .isInstanceOf(IllegalStateException.class);

    batch.accepted(list);
    list.add(unchecked);
    assertThatThrownBy(() -> assignments.assignChecked(batch, to(-1, list), TestActors.SYSTEM))
        .as("a post added to the list after its check")
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> assignments.assignChecked(batch, to(-1, List.of(checked)), TestActors.ADMIN))
        .as("another actor")
        .isInstanceOf(IllegalStateException.class);
  }
}
