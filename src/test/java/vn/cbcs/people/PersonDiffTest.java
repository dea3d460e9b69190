package vn.cbcs.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cbcs.people.internal.PersonDiff;

/** The change history says what was added to or removed from a list, in words, not as code. */
class PersonDiffTest {

  private static PersonData base() {
    return new PersonDataBuilder()
        .fullName("Sầm Thị Quyên")
        .birthDate(LocalDate.of(1990, 1, 2))
        .build();
  }

  @Test
  void aListChangeNamesTheEntriesRemovedAndAddedInWords() {
    PersonData before =
        base().toBuilder()
            .family(
                List.of(new PersonData.FamilyMember("SELF", "CHA", "Sầm Văn Bố", 1960, null, null)))
            .build();
    PersonData after =
        before.toBuilder()
            .family(
                List.of(
                    new PersonData.FamilyMember("SELF", "CHA", "Sầm Văn Bố", 1960, null, null),
                    new PersonData.FamilyMember(
                        "SPOUSE", "CON", "Lục Minh An", 2015, "Học sinh", null)))
            .workHistory(
                List.of(
                    new PersonData.WorkEntry(
                        LocalDate.of(2010, 1, 1), null, "UBND xã Thông Nông", "Văn thư")))
            .build();
    Map<String, Revision.Change> changes = PersonDiff.between(before, after);
    assertThat(changes.get("family"))
        .isEqualTo(new Revision.Change(null, "Con (bên vợ/chồng): Lục Minh An, 2015, Học sinh"));
    assertThat(changes.get("workHistory").after())
        .isEqualTo("01/01/2010–…: UBND xã Thông Nông, Văn thư");
    assertThat(changes.values())
        .allSatisfy(
            c ->
                assertThat(String.valueOf(c.before()) + c.after())
                    .doesNotContain("FamilyMember[", "WorkEntry[", "relation="));

    Map<String, Revision.Change> removed = PersonDiff.between(after, before);
    assertThat(removed.get("family"))
        .isEqualTo(new Revision.Change("Con (bên vợ/chồng): Lục Minh An, 2015, Học sinh", null));
    assertThat(PersonDiff.between(after, after)).isEmpty();
  }
}
