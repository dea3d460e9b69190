package vn.cbcs.importexport.internal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cbcs.evaluation.Evaluations;
import vn.cbcs.people.People;
import vn.cbcs.people.PersonParts;
import vn.cbcs.people.PersonRegistration;
import vn.cbcs.planning.Plans;
import vn.cbcs.positions.Assignments;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.recruitment.Rounds;
import vn.cbcs.training.Courses;
import vn.cbcs.training.Enrolments;
import vn.cbcs.training.TrainingPlans;
import vn.cbcs.units.Units;

/** The other modules' APIs an import reads and writes through. */
@Component
public class ImportServices {

  final People people;
  final PersonParts parts;
  final PersonRegistration registration;
  final Qualifications qualifications;
  final Assignments assignments;
  final PositionCatalogue positions;
  final Units units;
  final MessageSource messages;
  final Evaluations evaluations;
  final Rounds rounds;
  final Plans plans;
  final Courses courses;
  final Enrolments enrolments;
  final TrainingPlans trainingPlans;

  ImportServices(
      People people,
      PersonParts parts,
      PersonRegistration registration,
      Qualifications qualifications,
      Assignments assignments,
      PositionCatalogue positions,
      Units units,
      MessageSource messages,
      Evaluations evaluations,
      Rounds rounds,
      Plans plans,
      Courses courses,
      Enrolments enrolments,
      TrainingPlans trainingPlans) {
    this.courses = courses;
    this.enrolments = enrolments;
    this.trainingPlans = trainingPlans;
    this.plans = plans;
    this.rounds = rounds;
    this.evaluations = evaluations;
    this.people = people;
    this.parts = parts;
    this.registration = registration;
    this.qualifications = qualifications;
    this.assignments = assignments;
    this.positions = positions;
    this.units = units;
    this.messages = messages;
  }

  public Lookups lookups() {
    return new Lookups(people, qualifications, positions, units, messages);
  }
}
