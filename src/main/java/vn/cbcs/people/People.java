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
import vn.cbcs.people.internal.RecordRules;
import vn.cbcs.platform.Access;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.positions.Assignments;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.security.Visibility;

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

  private final Visibility visibility;
  private final Qualifications qualifications;
  private final Assignments assignments;
  private final org.springframework.context.ApplicationEventPublisher events;

  People(
      PersonStore store,
      PersonValidator validator,
      Catalogues catalogues,
      Visibility visibility,
      Qualifications qualifications,
      Assignments assignments,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.visibility = visibility;
    this.qualifications = qualifications;
    this.assignments = assignments;
    this.store = store;
    this.validator = validator;
    this.catalogues = catalogues;
  }

  /**
   * Every reason {@code data} cannot be stored, including a personal ID already used by another
   * record (named only when the actor may read that record). {@code existingId}: the record being
   * corrected, or null.
   */
  @Transactional(readOnly = true)
  public List<FieldError> check(PersonData data, Long existingId, Actor actor) {
    List<FieldError> errors = new ArrayList<>(validator.check(data));
    if (data.personalId() != null) {
      store
          .idOf(data.personalId())
          .filter(id -> !id.equals(existingId))
          .ifPresent(other -> duplicate(data, other, actor).ifPresent(errors::add));
    }
    return errors;
  }

  /**
   * {@link #check} of many new records (no existing id), with the personal IDs taken looked up in
   * one query for the set: the same rules, the same messages, in the same order. The personal IDs
   * must differ from each other (a caller writing them together refuses a repeat first).
   */
  @Transactional(readOnly = true)
  public List<List<FieldError>> checkAll(List<PersonData> data, Actor actor) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (PersonData d : data) {
      if (d.personalId() != null && !ids.add(d.personalId())) {
        throw new IllegalArgumentException("personal ID repeated in one batch");
      }
    }
    java.util.Map<String, Long> taken = store.idsOf(ids);
    List<List<FieldError>> checked = validator.checkAll(data);
    List<List<FieldError>> all = new ArrayList<>(data.size());
    for (int i = 0; i < data.size(); i++) {
      PersonData d = data.get(i);
      List<FieldError> errors = new ArrayList<>(checked.get(i));
      Long other = d.personalId() == null ? null : taken.get(d.personalId());
      if (other != null) {
        duplicate(d, other, actor).ifPresent(errors::add);
      }
      all.add(errors);
    }
    return all;
  }

  /** The personal ID is another record's: named only when the actor may read that record. */
  private Optional<FieldError> duplicate(PersonData data, long otherId, Actor actor) {
    return store
        .find(otherId)
        .map(
            other ->
                visibility.sees(actor, other.id())
                    ? new FieldError(
                        "personalId",
                        "person.id.duplicate",
                        data.personalId(),
                        other.fullName(),
                        other.id())
                    // outside the actor's scope the record is not named
                    : new FieldError(
                        "personalId", "person.id.duplicateElsewhere", data.personalId()));
  }

  /** Which of these personal IDs are on record (one query for the set; nothing of the records). */
  @Transactional(readOnly = true)
  public java.util.Set<String> personalIdsOnRecord(java.util.Collection<String> personalIds) {
    return store.idsOf(personalIds).keySet();
  }

  /** Creates a record (a keeper of records; its posts decide whose ground it is in). */
  @Transactional
  public long create(PersonData data, Actor actor) {
    return create(data, actor, false);
  }

  /** Creates a record; {@code synthetic} marks generated demo data (the system's only). */
  @Transactional
  public long create(PersonData data, Actor actor, boolean synthetic) {
    actor.require(Capability.EDIT_RECORDS);
    if (synthetic && !actor.isSystem()) {
      throw new ForbiddenException("error.forbidden.capability");
    }
    List<FieldError> errors = check(data, null, actor);
    vn.cbcs.platform.TextRules.checkMultiLine(errors, "reason", actor.reason());
    InvalidInputException.throwIfAny(errors);
    long id = store.insert(data, actor.username(), synthetic);
    record(id, 0, null, data, actor);
    return id;
  }

  /**
   * Creates many records at once, each refused or written exactly as {@link #create} would: the
   * same checks ({@link #checkAll}), the same first revision with its changes. Returns, in input
   * order, the new id of each record written, or null with its reasons in {@code errors}.
   */
  @Transactional
  public List<Long> createAll(List<PersonData> data, Actor actor, List<List<FieldError>> errors) {
    actor.require(Capability.EDIT_RECORDS);
    List<FieldError> reason = reasonErrors(actor);
    List<List<FieldError>> checked = checkAll(data, actor);
    List<PersonData> ok = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      List<FieldError> e = new ArrayList<>(checked.get(i));
      e.addAll(reason);
      errors.add(e);
      if (e.isEmpty()) {
        ok.add(data.get(i));
      }
    }
    List<Long> ids = writeAll(ok, actor);
    List<Long> result = new ArrayList<>(data.size());
    int k = 0;
    for (List<FieldError> e : errors) {
      result.add(e.isEmpty() ? ids.get(k++) : null);
    }
    return result;
  }

  /** The reasons the actor's reason for writing cannot be recorded (as {@link #create}). */
  static List<FieldError> reasonErrors(Actor actor) {
    List<FieldError> reason = new ArrayList<>();
    vn.cbcs.platform.TextRules.checkMultiLine(reason, "reason", actor.reason());
    return reason;
  }

  /**
   * Writes records and their first revisions, in few statements, without checking them: for {@link
   * PersonRegistration#registerAll} only, which checked each record ({@link #checkAll}, and {@link
   * #reasonErrors}) in the same transaction. Package-private: the public ways to write check.
   */
  List<Long> writeAll(List<PersonData> data, Actor actor) {
    List<Long> ids = vn.cbcs.platform.BatchInsert.ids(store.template(), "person", data.size());
    store.insertMany(ids, data, actor.username());
    List<String> changes = new ArrayList<>(data.size());
    for (PersonData d : data) {
      changes.add(json.writeValueAsString(PersonDiff.between(null, d)));
    }
    store.addRevisions(ids, actor.username(), actor.source().name(), actor.reason(), changes);
    return ids;
  }

  /**
   * Creates many synthetic (generated) records at once: identity and constraints are checked by the
   * database, not field by field. Returns the ids in input order. The system's grant only.
   */
  @Transactional
  public List<Long> createSynthetic(List<PersonData> data, Actor actor) {
    requireSystem(actor);
    List<Long> ids = store.insertBatch(data, actor.username());
    store.addCreationRevisions(ids, actor.username(), actor.source().name(), actor.reason());
    return ids;
  }

  /** How many records exist (synthetic ones included), for the system's own statistics. */
  @Transactional(readOnly = true)
  public long count() {
    return store.count();
  }

  /**
   * Corrects a record read at {@code version}. If someone changed it since, nothing is written and
   * a {@link ConflictException} names who changed it and when. Refused (403) unless the actor keeps
   * records in the ground of the person's current post; a change of name, birth date or personal ID
   * needs the right to correct an identity.
   *
   * @return the new version
   */
  @Transactional
  public int update(long id, int version, PersonData data, Actor actor) {
    actor.require(Capability.EDIT_RECORDS);
    Person current = requireRow(id);
    visibility.requireEdits(actor, id);
    if (identityChanges(current.data(), data)) {
      actor.require(Capability.CORRECT_IDENTITY);
    }
    if (current.version() != version) {
      throw stale(id, version);
    }
    List<FieldError> errors = check(data, id, actor);
    vn.cbcs.platform.TextRules.checkMultiLine(errors, "reason", actor.reason());
    if (data.birthDate() != null && !data.birthDate().equals(current.data().birthDate())) {
      errors.addAll(
          RecordRules.checkBirthDate(
              data.birthDate(), qualifications.of(id, actor), assignments.of(id, actor)));
    }
    InvalidInputException.throwIfAny(errors);
    if (!store.update(id, version, data, actor.username())) {
      throw stale(id, version);
    }
    record(id, version + 1, current.data(), data, actor);
    for (PersonData.Discipline d : newDisciplines(current.data(), data)) {
      events.publishEvent(new DisciplineRecorded(id, d.decidedOn(), actor.username()));
    }
    return version + 1;
  }

  /**
   * The discipline decisions of {@code after} that {@code before} did not have (same form, decision
   * day, effective day and number): the ones a correction records.
   */
  static List<PersonData.Discipline> newDisciplines(PersonData before, PersonData after) {
    java.util.Set<List<Object>> known = new java.util.HashSet<>();
    for (PersonData.Discipline d : before.disciplines()) {
      known.add(disciplineKey(d));
    }
    List<PersonData.Discipline> added = new ArrayList<>();
    for (PersonData.Discipline d : after.disciplines()) {
      if (d.decidedOn() != null && !known.contains(disciplineKey(d))) {
        added.add(d);
      }
    }
    return added;
  }

  private static List<Object> disciplineKey(PersonData.Discipline d) {
    return java.util.Arrays.asList(
        d.form(), d.decidedOn(), d.effectiveFrom(), blankToNull(d.decisionNumber()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Whether {@code after} names another person than {@code before}: name, birth, personal ID. */
  public static boolean identityChanges(PersonData before, PersonData after) {
    return !java.util.Objects.equals(normalName(before.fullName()), normalName(after.fullName()))
        || !java.util.Objects.equals(before.birthDate(), after.birthDate())
        || !java.util.Objects.equals(before.personalId(), after.personalId());
  }

  private static String normalName(String name) {
    return name == null
        ? null
        : java.text.Normalizer.normalize(
                name.strip().replaceAll("\\s+", " "), java.text.Normalizer.Form.NFC)
            .toLowerCase(java.util.Locale.ROOT);
  }

  private static void requireSystem(Actor actor) {
    if (!actor.isSystem()) {
      throw new ForbiddenException("error.forbidden.capability");
    }
  }

  private void record(long id, int version, PersonData before, PersonData after, Actor actor) {
    String changes = json.writeValueAsString(PersonDiff.between(before, after));
    store.addRevision(
        id, version, actor.username(), actor.source().name(), actor.reason(), changes);
  }

  private ConflictException stale(long id, int version) {
    Revision latest = unmaskedRevisions(id).get(0);
    return new ConflictException(
        "person.stale",
        version,
        latest.version(),
        latest.changedBy(),
        latest.changedAt().toString());
  }

  /** Whether the actor sees this person's record with its sensitive fields masked. */
  public boolean masksSensitive(long personId, Actor actor) {
    Access a = actor.access();
    return !a.can(Capability.SEE_SENSITIVE) && (a.personId() == null || a.personId() != personId);
  }

  private Person guard(Person p, Actor actor) {
    if (!masksSensitive(p.id(), actor)) {
      return p;
    }
    return p.withData(p.data().masked());
  }

  private Person requireRow(long id) {
    return store
        .find(id)
        .orElseThrow(() -> new vn.cbcs.platform.NotFoundException("person.notFound", id));
  }

  /**
   * A record as the actor may read it: 404 when there is no such record, 403 when it lies outside
   * the actor's ground (or is not the cadre's own); sensitive fields masked for roles that do not
   * see them.
   */
  @Transactional(readOnly = true)
  public Person require(long id, Actor actor) {
    actor.requireAny(Capability.READ_RECORDS, Capability.READ_OWN_RECORD);
    Person p = requireRow(id);
    visibility.requireSees(actor, id);
    return guard(p, actor);
  }

  /**
   * Refuses a record the actor may not read exactly as {@link #require} does (404 when there is
   * none, 403 when it is outside the actor's ground or not the cadre's own), without reading it:
   * for callers that read only what hangs on the record (its history, photo, documents).
   */
  @Transactional(readOnly = true)
  public void requireReadable(long id, Actor actor) {
    visibility.requireSees(actor, id); // asks whether the record exists only to refuse
  }

  /** A record the actor may change: 404 when there is none, 403 when it is not in their ground. */
  @Transactional(readOnly = true)
  public Person requireEditable(long id, Actor actor) {
    actor.require(Capability.EDIT_RECORDS);
    Person p = requireRow(id);
    visibility.requireEdits(actor, id);
    return p;
  }

  /** Whether a record exists (for callers that must tell "no such record" from "not yours"). */
  @Transactional(readOnly = true)
  public boolean exists(long id) {
    return visibility.personExists(id);
  }

  /** Whether the actor may read this record. */
  @Transactional(readOnly = true)
  public boolean mayRead(long id, Actor actor) {
    return visibility.sees(actor, id);
  }

  /** Whether the actor may change this record (for pages that offer the edit buttons). */
  @Transactional(readOnly = true)
  public boolean mayEdit(long id, Actor actor) {
    return visibility.edits(actor, id);
  }

  /**
   * The record with this personal ID, if any; refused (403) when it exists outside the actor's
   * ground — the caller learns that it exists, never what it holds.
   */
  @Transactional(readOnly = true)
  public Optional<Person> findByPersonalId(String personalId, Actor actor) {
    Optional<Person> p = store.idOf(personalId).flatMap(existing -> store.find(existing));
    p.ifPresent(x -> visibility.requireSees(actor, x.id()));
    return p.map(x -> guard(x, actor));
  }

  /**
   * {@link #findByPersonalId} for many personal IDs, with a few queries for the set: the records on
   * record that the actor may read, by personal ID, masked as one by one. A record outside the
   * actor's ground is left out, as one that does not exist: a caller that must tell the two apart
   * asks {@link #findByPersonalId} for it.
   */
  @Transactional(readOnly = true)
  public Map<String, Person> findAllByPersonalId(
      java.util.Collection<String> personalIds, Actor actor) {
    actor.requireAny(Capability.READ_RECORDS, Capability.READ_OWN_RECORD);
    Map<String, Long> ids = store.idsOf(personalIds);
    java.util.Set<Long> seen = visibility.seesAll(actor, ids.values());
    Map<String, Person> found = new java.util.HashMap<>();
    for (Person p : store.findAll(seen).values()) {
      found.put(p.data().personalId(), guard(p, actor));
    }
    return found;
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
  public List<Revision> revisions(long id, Actor actor) {
    requireReadable(id, actor);
    boolean mask = masksSensitive(id, actor);
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
