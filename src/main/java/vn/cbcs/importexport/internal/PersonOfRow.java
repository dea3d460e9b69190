package vn.cbcs.importexport.internal;

import java.util.Optional;
import vn.cbcs.people.People;
import vn.cbcs.people.Person;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.Ids;
import vn.cbcs.platform.NotFoundException;

/**
 * The recorded person a qualification or assignment row is about: found by personal ID; a name
 * given beside it must be theirs (diacritics, case and spacing aside), which catches a wrong ID.
 */
final class PersonOfRow {

  private PersonOfRow() {}

  /**
   * The person, if the actor may read their record; a record outside the actor's ground is a
   * refused row that says so and shows nothing of the record.
   */
  static Optional<Person> find(CellParser p, People people, Actor actor) {
    String pid = p.personalId(Columns.PERSONAL_ID);
    if (pid == null || !pid.matches("\\d{12}")) {
      if (pid != null) {
        p.error(Columns.PERSONAL_ID, "person.id.format", pid);
      }
      return Optional.empty();
    }
    Optional<Person> person;
    try {
      person = people.findByPersonalId(pid, actor);
    } catch (ForbiddenException e) {
      p.error(Columns.PERSONAL_ID, "import.row.outsideScope", pid);
      return Optional.empty();
    }
    if (person.isEmpty()) {
      p.error(Columns.PERSONAL_ID, "import.person.notFound", pid);
      return person;
    }
    String name = p.text(Columns.FULL_NAME);
    if (name != null && !Text.key(name).equals(Text.key(person.get().fullName()))) {
      p.error(Columns.FULL_NAME, "import.person.nameMismatch", name, person.get().fullName(), pid);
    }
    return person;
  }

  /**
   * The person by personal ID, else by record number (the person's id in CBCS) in the column {@code
   * recordNo}: for files that may name a person either way (ratings, plan candidates).
   */
  static Optional<Person> findByIdOrRecord(
      CellParser p, People people, Actor actor, String recordNo) {
    if (p.text(Columns.PERSONAL_ID) != null) {
      return find(p, people, actor);
    }
    String no = p.text(recordNo);
    if (no == null) {
      p.error(Columns.PERSONAL_ID, "import.rating.personRequired");
      return Optional.empty();
    }
    String digits = no.replaceAll("\\.0+$", "");
    if (!Ids.valid(digits)) {
      p.error(recordNo, "import.rating.recordNo", no);
      return Optional.empty();
    }
    try {
      Person person = people.require(Long.parseLong(digits), actor);
      String name = p.text(Columns.FULL_NAME);
      if (name != null && !Text.key(name).equals(Text.key(person.fullName()))) {
        p.error(Columns.FULL_NAME, "import.rating.nameMismatch", name, person.fullName(), digits);
      }
      return Optional.of(person);
    } catch (ForbiddenException e) {
      p.error(recordNo, "import.rating.recordOutsideScope", digits);
    } catch (NotFoundException e) {
      p.error(recordNo, "import.rating.recordNotFound", digits);
    }
    return Optional.empty();
  }
}
