package vn.cbcs.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.cbcs.people.internal.Catalogues;
import vn.cbcs.people.internal.PersonDiff;
import vn.cbcs.people.internal.PersonStore;
import vn.cbcs.people.internal.PersonValidator;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;

/**
 * Person records: created once per personal ID, corrected with a version check, every change
 * written to the record's history with who, when, why and what.
 */
@Service
public class People {

  private final PersonStore store;
  private final PersonValidator validator;
  private final Catalogues catalogues;
  private final JsonMapper json = JsonMapper.builder().build();

  private final vn.cbcs.security.Visibility visibility;

  People(
      PersonStore store,
      PersonValidator validator,
      Catalogues catalogues,
      vn.cbcs.security.Visibility visibility) {
    this.visibility = visibility;
    this.store = store;
    this.validator = validator;
    this.catalogues = catalogues;
  }

  /**
   * Every reason {@code data} cannot be stored, including a personal ID already used by another
   * record (the message names it). {@code existingId}: the record being corrected, or null.
   */
  @Transactional(readOnly = true)
  public List<FieldError> check(PersonData data, Long existingId) {
    List<FieldError> errors = new ArrayList<>(validator.check(data));
    if (data.personalId() != null) {
      store
          .idOf(data.personalId())
          .filter(id -> !id.equals(existingId))
          .flatMap(existing -> store.find(existing))
          .ifPresent(
              other ->
                  errors.add(
                      visibility.sees(visibility.current(), other.id())
                          ? new FieldError(
                              "personalId",
                              "person.id.duplicate",
                              data.personalId(),
                              other.fullName(),
                              other.id())
                          // outside the user's scope the record is not named
                          : new FieldError(
                              "personalId", "person.id.duplicateElsewhere", data.personalId())));
    }
    return errors;
  }

  @Transactional
  public long create(PersonData data, Actor actor) {
    return create(data, actor, false);
  }

  /** Creates a record; {@code synthetic} marks generated demo data. */
  @Transactional
  public long create(PersonData data, Actor actor, boolean synthetic) {
    InvalidInputException.throwIfAny(check(data, null));
    long id = store.insert(data, actor.username(), synthetic);
    record(id, 0, null, data, actor);
    return id;
  }

  /**
   * Creates many synthetic (generated) records at once: identity and constraints are checked by the
   * database, not field by field. Returns the ids in input order.
   */
  @Transactional
  public List<Long> createSynthetic(List<PersonData> data, Actor actor) {
    List<Long> ids = store.insertBatch(data, actor.username());
    store.addCreationRevisions(ids, actor.username(), actor.source().name(), actor.reason());
    return ids;
  }

  /** How many records exist (synthetic ones included). */
  @Transactional(readOnly = true)
  public long count() {
    return store.count();
  }

  /**
   * Corrects a record read at {@code version}. If someone changed it since, nothing is written and
   * a {@link ConflictException} names who changed it and when.
   *
   * @return the new version
   */
  @Transactional
  public int update(long id, int version, PersonData data, Actor actor) {
    Person current = require(id);
    if (!visibility.sees(visibility.current(), id)) {
      throw new vn.cbcs.platform.NotFoundException("person.notFound", id);
    }
    if (current.version() != version) {
      throw stale(id, version);
    }
    InvalidInputException.throwIfAny(check(data, id));
    if (!store.update(id, version, data, actor.username())) {
      throw stale(id, version);
    }
    record(id, version + 1, current.data(), data, actor);
    return version + 1;
  }

  private void record(long id, int version, PersonData before, PersonData after, Actor actor) {
    String changes = json.writeValueAsString(PersonDiff.between(before, after));
    store.addRevision(
        id, version, actor.username(), actor.source().name(), actor.reason(), changes);
  }

  private ConflictException stale(long id, int version) {
    Revision latest = revisions(id).get(0);
    return new ConflictException(
        "person.stale",
        version,
        latest.version(),
        latest.changedBy(),
        latest.changedAt().toString());
  }

  @Transactional(readOnly = true)
  /** Whether the current user sees this person's record with its sensitive fields masked. */
  public boolean masksSensitive(long personId) {
    vn.cbcs.security.Visibility.Grant g = visibility.current();
    return !g.seesSensitive() && (g.personId() == null || g.personId() != personId);
  }

  private Person guard(Person p) {
    if (!masksSensitive(p.id())) {
      return p;
    }
    return new Person(
        p.id(),
        p.version(),
        p.synthetic(),
        p.createdAt(),
        p.createdBy(),
        p.updatedAt(),
        p.updatedBy(),
        p.data().masked());
  }

  public Optional<Person> find(long id) {
    return store.find(id).map(this::guard);
  }

  public Person require(long id) {
    return find(id)
        .orElseThrow(() -> new vn.cbcs.platform.NotFoundException("person.notFound", id));
  }

  @Transactional(readOnly = true)
  public Optional<Person> findByPersonalId(String personalId) {
    return store.idOf(personalId).flatMap(existing -> store.find(existing)).map(this::guard);
  }

  /** Fields of the change history hidden from roles that do not see sensitive data. */
  static final java.util.Set<String> SENSITIVE =
      java.util.Set.of(
          "ethnicityCode",
          "religionCode",
          "partyJoinDate",
          "partyOfficialDate",
          "familyBackground",
          "policyGroup",
          "healthStatus",
          "heightCm",
          "weightKg",
          "bloodGroup",
          "family",
          "workHistory",
          "disciplines");

  /** The history of a record, newest first (sensitive fields left out for roles that mask them). */
  @Transactional(readOnly = true)
  public List<Revision> revisions(long id) {
    boolean mask = masksSensitive(id);
    return unmaskedRevisions(id).stream()
        .map(
            r -> {
              if (!mask) {
                return r;
              }
              Map<String, Revision.Change> shown = new java.util.LinkedHashMap<>(r.changes());
              shown.keySet().removeIf(f -> SENSITIVE.stream().anyMatch(f::startsWith));
              return new Revision(
                  r.version(), r.changedAt(), r.changedBy(), r.source(), r.reason(), shown);
            })
        .toList();
  }

  private List<Revision> unmaskedRevisions(long id) {
    return store.revisionRows(id).stream()
        .map(
            r ->
                new Revision(
                    (Integer) r[0],
                    (java.time.Instant) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    json.readValue(
                        (String) r[5], new TypeReference<Map<String, Revision.Change>>() {})))
        .toList();
  }

  public List<CatalogueEntry> ethnicities() {
    return catalogues.ethnicities();
  }

  public List<CatalogueEntry> religions() {
    return catalogues.religions();
  }
}
