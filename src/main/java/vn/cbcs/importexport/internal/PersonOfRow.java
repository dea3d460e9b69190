package vn.cbcs.importexport.internal;

import java.util.Optional;
import vn.cbcs.people.People;
import vn.cbcs.people.Person;

/**
 * The recorded person a qualification or assignment row is about: found by personal ID; a name
 * given beside it must be theirs (diacritics, case and spacing aside), which catches a wrong ID.
 */
final class PersonOfRow {

  private PersonOfRow() {}

  static Optional<Person> find(CellParser p, People people) {
    String pid = p.personalId(Columns.PERSONAL_ID);
    if (pid == null || !pid.matches("\\d{12}")) {
      if (pid != null) {
        p.error(Columns.PERSONAL_ID, "person.id.format", pid);
      }
      return Optional.empty();
    }
    Optional<Person> person = people.findByPersonalId(pid);
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
}
