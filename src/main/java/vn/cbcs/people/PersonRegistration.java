package vn.cbcs.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.people.internal.RecordRules;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.positions.Assignments;
import vn.cbcs.positions.NewAssignment;
import vn.cbcs.qualifications.NewQualification;
import vn.cbcs.qualifications.Qualifications;

/**
 * Records a person with their qualifications and posts in one transaction: everything is checked
 * first and every problem reported; then all is written, or nothing.
 */
@Service
public class PersonRegistration {

  private final People people;
  private final Qualifications qualifications;
  private final Assignments assignments;

  PersonRegistration(People people, Qualifications qualifications, Assignments assignments) {
    this.people = people;
    this.qualifications = qualifications;
    this.assignments = assignments;
  }

  /** Every reason the registration would be refused (the actor's ground included). */
  public List<FieldError> check(
      PersonData data, List<NewQualification> qs, List<NewAssignment> as, Actor actor) {
    actor.require(Capability.EDIT_RECORDS);
    List<FieldError> errors = new ArrayList<>(people.check(data, null, actor));
    for (int i = 0; i < qs.size(); i++) {
      errors.addAll(qualifications.check(qs.get(i), "qualifications[" + i + "]."));
    }
    errors.addAll(assignments.check(null, as, "assignments", actor));
    errors.addAll(
        RecordRules.check(data.birthDate(), qs, "qualifications[%d].", as, "assignments"));
    return errors;
  }

  @Transactional
  public long register(
      PersonData data,
      List<NewQualification> qs,
      List<NewAssignment> as,
      Actor actor,
      boolean synthetic) {
    InvalidInputException.throwIfAny(check(data, qs, as, actor));
    long id = people.create(data, actor, synthetic);
    for (NewQualification q : qs) {
      qualifications.add(id, q, actor);
    }
    List<NewAssignment> inOrder = new ArrayList<>(as);
    inOrder.sort(Comparator.comparing(NewAssignment::from));
    for (NewAssignment a : inOrder) {
      assignments.assign(id, a, actor);
    }
    return id;
  }
}
