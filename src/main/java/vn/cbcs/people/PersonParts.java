package vn.cbcs.people;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.people.internal.RecordRules;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.PostChecks;
import vn.cbcs.platform.PostWarning;
import vn.cbcs.positions.Assignments;
import vn.cbcs.positions.DecisionData;
import vn.cbcs.positions.NewAssignment;
import vn.cbcs.qualifications.NewQualification;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.qualifications.Verification;

/**
 * Adding qualifications and posts to a recorded person, ending posts and verifying evidence — the
 * one way in for the form, the JSON API and the Excel import. The record must exist (404) and lie
 * in the actor's ground (403); a post or qualification must belong to the person named with it
 * (404); then the rules that join the person to their parts apply, before the qualifications and
 * positions modules apply their own (and check the actor again).
 */
@Service
public class PersonParts {

  private final People people;
  private final Qualifications qualifications;
  private final Assignments assignments;
  private final List<PostChecks> postChecks;

  PersonParts(
      People people,
      Qualifications qualifications,
      Assignments assignments,
      List<PostChecks> postChecks) {
    this.people = people;
    this.qualifications = qualifications;
    this.assignments = assignments;
    this.postChecks = List.copyOf(postChecks);
  }

  /**
   * The rules that join a person to new parts (a post from 18, a qualification after birth), the
   * same the form and the API apply; for callers that check before they write (the import).
   */
  public List<vn.cbcs.platform.FieldError> check(
      PersonData person, List<NewQualification> qs, List<NewAssignment> posts) {
    return RecordRules.check(person.birthDate(), qs, "qualifications[%d].", posts, "assignments");
  }

  /** Records a qualification of the person. */
  @Transactional
  public long addQualification(long personId, NewQualification q, Actor actor) {
    Person p = people.requireEditable(personId, actor);
    InvalidInputException.throwIfAny(
        RecordRules.check(p.data().birthDate(), List.of(q), "", List.of(), "assignments"));
    return qualifications.add(personId, q, actor);
  }

  /** Gives a post; with {@code transfer}, the open main post ends the day before. */
  @Transactional
  public long givePost(long personId, NewAssignment a, boolean transfer, Actor actor) {
    Person p = people.requireEditable(personId, actor);
    InvalidInputException.throwIfAny(
        RecordRules.check(p.data().birthDate(), List.of(), "", List.of(a), "assignments"));
    return transfer
        ? assignments.transfer(personId, a, actor)
        : assignments.assign(personId, a, actor);
  }

  /**
   * The warnings other modules raise about giving this post (e.g. NĐ 170/2025 Điều 23: the previous
   * year's rating for a change of job position), shown with the form and the JSON answer; they
   * never stop the post, whose decision is already taken.
   */
  @Transactional(readOnly = true)
  public List<PostWarning> postWarnings(long personId, NewAssignment a, Actor actor) {
    people.requireEditable(personId, actor);
    if (a.positionCode() == null || a.from() == null) {
      return List.of();
    }
    return postChecks.stream()
        .flatMap(
            c -> c.warningsFor(personId, a.unitCode(), a.positionCode(), a.from(), actor).stream())
        .toList();
  }

  /** Ends a post of the person named in the address: another person's post is not found there. */
  @Transactional
  public void endPost(
      long personId, long assignmentId, LocalDate lastDay, DecisionData decision, Actor actor) {
    people.requireEditable(personId, actor);
    if (assignments.ownerOf(assignmentId).filter(owner -> owner == personId).isEmpty()) {
      throw new NotFoundException("assignment.notFound", assignmentId);
    }
    assignments.end(assignmentId, lastDay, decision, actor);
  }

  /** Ends a post named by its own id (its person is the post's). */
  @Transactional
  public void endPost(long assignmentId, LocalDate lastDay, DecisionData decision, Actor actor) {
    endPost(requireEditablePost(assignmentId, actor), assignmentId, lastDay, decision, actor);
  }

  /** The person of a post the actor may change: 404 no such post, 403 not in their ground. */
  @Transactional(readOnly = true)
  public long requireEditablePost(long assignmentId, Actor actor) {
    actor.require(Capability.EDIT_RECORDS);
    long personId =
        assignments
            .ownerOf(assignmentId)
            .orElseThrow(() -> new NotFoundException("assignment.notFound", assignmentId));
    people.requireEditable(personId, actor);
    return personId;
  }

  /** The person of a qualification the actor may change: 404 none, 403 not in their ground. */
  @Transactional(readOnly = true)
  public long requireEditableQualification(long qualificationId, Actor actor) {
    actor.require(Capability.EDIT_RECORDS);
    long personId =
        qualifications
            .ownerOf(qualificationId)
            .orElseThrow(() -> new NotFoundException("qualification.notFound", qualificationId));
    people.requireEditable(personId, actor);
    return personId;
  }

  /** Records whether a qualification's evidence was checked. */
  @Transactional
  public void verifyQualification(long qualificationId, Verification state, Actor actor) {
    requireEditableQualification(qualificationId, actor);
    qualifications.verify(qualificationId, state, actor);
  }
}
