package vn.cbcs.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.people.internal.RecordRules;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.positions.AssignmentBatch;
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

  /** A person to record with their qualifications and posts; {@code checkOnly}: never written. */
  public record NewRecord(
      PersonData data,
      List<NewQualification> qualifications,
      List<NewAssignment> assignments,
      boolean checkOnly) {}

  /** What became of a record of {@link #registerAll}: its new id, or the reasons it was refused. */
  public record Registered(Long id, List<FieldError> errors) {}

  /**
   * Records many people, each checked and written as {@link #register} would: every reason of
   * {@link #check} (the same rules, read for the whole batch at once: personal IDs taken in one
   * query, units, posts, the actor's ground and seats once per batch), in order, so that a record
   * sees the posts of the records before it; then the records without a reason are written in few
   * statements (people and their first revisions, qualifications, decisions and posts; the audit
   * log records every row). A record marked {@code checkOnly} is checked in its place and never
   * written. Personal IDs must not repeat within the batch.
   */
  @Transactional
  public List<Registered> registerAll(List<NewRecord> records, Actor actor) {
    actor.require(Capability.EDIT_RECORDS);
    List<List<FieldError>> people =
        this.people.checkAll(records.stream().map(NewRecord::data).toList(), actor);
    AssignmentBatch batch =
        assignments.batch(records.stream().flatMap(r -> r.assignments().stream()).toList(), actor);
    List<FieldError> reason = People.reasonErrors(actor);
    List<List<FieldError>> errors = new ArrayList<>(records.size());
    List<Integer> written = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      NewRecord r = records.get(i);
      List<FieldError> e = new ArrayList<>(people.get(i));
      for (int j = 0; j < r.qualifications().size(); j++) {
        e.addAll(qualifications.check(r.qualifications().get(j), "qualifications[" + j + "]."));
      }
      e.addAll(batch.check(r.assignments(), "assignments"));
      e.addAll(
          RecordRules.check(
              r.data().birthDate(),
              r.qualifications(),
              "qualifications[%d].",
              r.assignments(),
              "assignments"));
      e.addAll(reason);
      errors.add(e);
      if (e.isEmpty() && !r.checkOnly()) {
        batch.accepted(r.assignments());
        written.add(i);
      }
    }
    // checked above, in this transaction: written without a second check (People#writeAll)
    List<Long> ids =
        this.people.writeAll(written.stream().map(i -> records.get(i).data()).toList(), actor);
    Long[] idOf = new Long[records.size()];
    List<Map.Entry<Long, NewQualification>> qs = new ArrayList<>();
    List<Map.Entry<Long, NewAssignment>> as = new ArrayList<>();
    for (int k = 0; k < written.size(); k++) {
      int i = written.get(k);
      Long id = ids.get(k);
      idOf[i] = id;
      records.get(i).qualifications().forEach(q -> qs.add(Map.entry(id, q)));
      List<NewAssignment> inOrder = new ArrayList<>(records.get(i).assignments());
      inOrder.sort(Comparator.comparing(NewAssignment::from));
      inOrder.forEach(a -> as.add(Map.entry(id, a)));
    }
    qualifications.addAll(qs, actor);
    assignments.assignChecked(batch, as, actor); // the posts the batch checked and accepted
    List<Registered> result = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      result.add(new Registered(idOf[i], idOf[i] == null ? errors.get(i) : List.of()));
    }
    return result;
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
