package vn.cbcs.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/** A person record as stored: its data, its version (for optimistic locking) and its provenance. */
public record Person(
    long id,
    int version,
    boolean synthetic,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    PersonData data) {

  /** The same record with other data (its lists read, or sensitive fields masked). */
  public Person withData(PersonData other) {
    return new Person(id, version, synthetic, createdAt, createdBy, updatedAt, updatedBy, other);
  }

  public String fullName() {
    return data.fullName();
  }

  /** Age in whole years on a date (a year-only birth counts from 1 January). */
  public int ageOn(LocalDate date) {
    return Period.between(data.birthDate(), date).getYears();
  }

  public boolean partyMemberOn(LocalDate date) {
    return data.partyJoinDate() != null && !data.partyJoinDate().isAfter(date);
  }
}
