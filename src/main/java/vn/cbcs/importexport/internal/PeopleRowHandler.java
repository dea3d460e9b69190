package vn.cbcs.importexport.internal;

import static vn.cbcs.importexport.internal.Columns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.cbcs.importexport.ImportKind;
import vn.cbcs.importexport.RowOutcome;
import vn.cbcs.importexport.RowReport.Change;
import vn.cbcs.people.Person;
import vn.cbcs.people.PersonData;
import vn.cbcs.people.PersonDataBuilder;
import vn.cbcs.people.PersonRegistration;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.positions.Assignment;
import vn.cbcs.positions.DecisionKind;
import vn.cbcs.positions.NewAssignment;
import vn.cbcs.qualifications.NewQualification;
import vn.cbcs.qualifications.Qualification;
import vn.cbcs.qualifications.Track;

/**
 * A person with their highest qualifications and current post. A personal ID not on record is a new
 * person (registered with everything in one go); one on record is an update of the fields the row
 * fills (a blank cell keeps what is recorded: an import never erases), a qualification not yet
 * recorded, a post not yet recorded (a transfer when another main post is open). A row that changes
 * nothing is unchanged, so importing a file twice writes nothing the second time.
 */
final class PeopleRowHandler implements Chunked {

  private static final String[][] TRACKS = {
    {PRO_LEVEL, PRO_DATE, "PROFESSIONAL"},
    {POL_LEVEL, POL_DATE, "POLITICAL_THEORY"},
    {SM_LEVEL, SM_DATE, "STATE_MANAGEMENT"}
  };

  private final ImportServices s;
  private final Lookups lookups;
  private final Actor actor;
  private final List<Column> columns = Columns.of(ImportKind.PEOPLE);
  private final Map<String, Integer> seen = new HashMap<>();
  private List<String> trackOfIndex = List.of();

  PeopleRowHandler(ImportServices s, Lookups lookups, Actor actor) {
    this.s = s;
    this.lookups = lookups;
    this.actor = actor;
  }

  /**
   * A row read and parsed, with nothing asked of the database yet: the person typed, their
   * qualifications and post, and the parse errors (in {@code p}).
   */
  private record Parsed(
      RawRow raw,
      CellParser p,
      String pid,
      String name,
      PersonData data,
      List<NewQualification> qs,
      NewAssignment post,
      List<String> tracks,
      boolean identityCorrection) {

    boolean validPid() {
      return pid != null && pid.matches("\\d{12}");
    }
  }

  private Parsed parse(RawRow row) {
    CellParser p = new CellParser(row, columns);
    String pid = p.personalId(PERSONAL_ID);
    String name = p.text(FULL_NAME);
    PersonDataBuilder typed = PersonData.builder().personalId(pid).fullName(name);
    typed.sex(p.sex(SEX));
    CellParser.BirthDate birth = p.birthDate(BIRTH);
    if (birth != null) {
      typed.birthDate(birth.date()).birthYearOnly(birth.yearOnly());
    }
    typed.ethnicityCode(coded(p, ETHNICITY, lookups::ethnicity, "person.ethnicity.unknown"));
    typed.religionCode(coded(p, RELIGION, lookups::religion, "person.religion.unknown"));
    typed.homeTownText(p.text(HOME_TOWN)).residence(p.text(RESIDENCE)).phone(p.text(PHONE));
    typed.partyJoinDate(p.date(PARTY_JOIN)).partyOfficialDate(p.date(PARTY_OFFICIAL));
    typed.generalEducation(p.text(GENERAL_EDUCATION));
    PersonData data = typed.build();
    List<NewQualification> qs = qualifications(p);
    NewAssignment post = PostCells.read(p, lookups, false, true);
    if (pid != null && pid.matches("\\d{12}")) {
      Integer first = seen.putIfAbsent(pid, row.rowNo());
      // a row read again (after a batch was refused) is not a repeat of itself
      if (first != null && first != row.rowNo()) {
        p.error(PERSONAL_ID, "import.id.repeated", pid, first);
      }
    }
    boolean identityCorrection = p.yes(IDENTITY_CORRECTION);
    return new Parsed(row, p, pid, name, data, qs, post, trackOfIndex, identityCorrection);
  }

  @Override
  public RowResult apply(RawRow row) {
    Parsed parsed = parse(row);
    CellParser p = parsed.p();
    String pid = parsed.pid();
    String name = parsed.name();
    PersonData data = parsed.data();
    List<NewQualification> qs = parsed.qs();
    NewAssignment post = parsed.post();
    boolean identityCorrection = parsed.identityCorrection();
    Optional<Person> existing;
    try {
      existing =
          pid != null && pid.matches("\\d{12}")
              ? s.people.findByPersonalId(pid, actor)
              : Optional.empty();
    } catch (ForbiddenException e) {
      // a record outside the actor's ground: the row says so, and nothing of the record
      return RowResult.rejected(
          pid, name, List.of(new FieldError(PERSONAL_ID, "import.row.outsideScope", pid)));
    }
    if (existing.isEmpty()) {
      return create(p, data, qs, post);
    }
    if (!identityCorrection) {
      List<FieldError> mismatch = identityMismatch(existing.get(), data);
      if (!mismatch.isEmpty()) {
        return RowResult.rejected(pid, name, merge(p.errors(), mismatch));
      }
    }
    return update(p, existing.get(), data, qs, post);
  }

  /**
   * The rows of a chunk, in order. The personal IDs of the chunk are looked up in one query; a row
   * whose person is not on record joins a batch that {@link PersonRegistration#registerAll} checks
   * with the same rules as {@link #apply} (as if each earlier row were written) and writes in few
   * statements, in its own savepoint. A row about a person on record (an update), or repeating the
   * personal ID of a row still in the batch, goes one by one through {@code oneByOne} after the
   * batch before it is written. Should the batch's writing fail, its rows are applied again one by
   * one, each in its own savepoint, so that every row still says why.
   */
  @Override
  public List<RowResult> applyChunk(List<RawRow> rows, Chunked.Runner runner) {
    List<Parsed> parsed = new ArrayList<>(rows.size());
    java.util.Set<String> pids = new java.util.HashSet<>();
    for (RawRow raw : rows) {
      Parsed x = parse(raw);
      parsed.add(x);
      if (x.validPid()) {
        pids.add(x.pid());
      }
    }
    java.util.Set<String> onRecord = s.people.personalIdsOnRecord(pids);
    OnRecord known = onRecord.isEmpty() ? OnRecord.NONE : onRecord(onRecord);
    RowResult[] results = new RowResult[rows.size()];
    List<Integer> batch = new ArrayList<>();
    java.util.Set<String> inBatch = new java.util.HashSet<>();
    for (int i = 0; i < parsed.size(); i++) {
      Parsed x = parsed.get(i);
      boolean oneByOne = x.validPid() && (onRecord.contains(x.pid()) || inBatch.contains(x.pid()));
      RowResult same = oneByOne ? unchanged(x, known) : null;
      if (same != null) {
        results[i] = same; // writes nothing: needs neither the batch written nor a savepoint
      } else if (oneByOne) {
        flush(parsed, batch, results, runner);
        inBatch.clear();
        results[i] = runner.oneByOne(x.raw());
      } else {
        batch.add(i);
        if (x.validPid()) {
          inBatch.add(x.pid());
        }
      }
    }
    flush(parsed, batch, results, runner);
    return java.util.Arrays.asList(results);
  }

  /**
   * The people of a chunk on record that the actor may read, with their qualifications and posts.
   */
  private record OnRecord(
      Map<String, Person> people,
      Map<Long, List<Qualification>> qualifications,
      Map<Long, List<Assignment>> posts) {
    static final OnRecord NONE = new OnRecord(Map.of(), Map.of(), Map.of());
  }

  /** Read for the whole chunk: a few queries, not a dozen a row. */
  private OnRecord onRecord(java.util.Set<String> personalIds) {
    try {
      Map<String, Person> people = s.people.findAllByPersonalId(personalIds, actor);
      List<Long> ids = people.values().stream().map(Person::id).toList();
      return new OnRecord(
          people, s.qualifications.ofAll(ids, actor), s.assignments.ofAll(ids, actor));
    } catch (ForbiddenException e) {
      return OnRecord.NONE; // each row one by one then says why, as before
    }
  }

  /**
   * A row about a person on record that would change nothing (what {@link #update} would answer
   * {@link RowOutcome#UNCHANGED}, with the same reads done for the chunk at once); null when the
   * row may change something, may be refused, or its person was not read — then it goes one by one.
   */
  private RowResult unchanged(Parsed x, OnRecord known) {
    Person person = x.validPid() ? known.people().get(x.pid()) : null;
    if (person == null
        || !x.p().errors().isEmpty()
        || !identityMismatch(person, x.data()).isEmpty()) {
      return null;
    }
    Plan plan =
        plan(
            x.p(),
            person,
            x.data(),
            x.qs(),
            x.post(),
            known.qualifications().get(person.id()),
            known.posts().get(person.id()));
    boolean same =
        plan.changes().isEmpty()
            && plan.newQs().isEmpty()
            && !plan.newPost()
            && plan.merged().equals(person.data())
            && x.p().errors().isEmpty()
            && s.parts.check(plan.merged(), List.of(), List.of()).isEmpty();
    return same
        ? new RowResult(
            RowOutcome.UNCHANGED,
            person.id(),
            x.data().personalId(),
            person.fullName(),
            List.of(),
            List.of())
        : null;
  }

  private void flush(
      List<Parsed> parsed, List<Integer> batch, RowResult[] results, Chunked.Runner runner) {
    if (batch.isEmpty()) {
      return;
    }
    List<PersonRegistration.NewRecord> records = new ArrayList<>(batch.size());
    for (int i : batch) {
      Parsed x = parsed.get(i);
      records.add(
          new PersonRegistration.NewRecord(
              x.data(),
              x.qs(),
              x.post() == null ? List.of() : List.of(x.post()),
              !x.p().errors().isEmpty()));
    }
    List<PersonRegistration.Registered> out;
    try {
      out = runner.inSavepoint(() -> s.registration.registerAll(records, actor));
    } catch (RuntimeException e) {
      // the batch wrote nothing: each row again, alone, says what it makes of itself
      for (int i : batch) {
        results[i] = runner.oneByOne(parsed.get(i).raw());
      }
      batch.clear();
      return;
    }
    for (int k = 0; k < batch.size(); k++) {
      Parsed x = parsed.get(batch.get(k));
      PersonRegistration.Registered r = out.get(k);
      trackOfIndex = x.tracks();
      if (!x.p().errors().isEmpty()) {
        results[batch.get(k)] =
            RowResult.rejected(
                x.data().personalId(), x.data().fullName(), merge(x.p().errors(), r.errors()));
      } else if (r.id() == null) {
        results[batch.get(k)] =
            RowResult.rejected(
                x.data().personalId(), x.data().fullName(), merge(List.of(), r.errors()));
      } else {
        results[batch.get(k)] =
            new RowResult(
                RowOutcome.NEW,
                r.id(),
                x.data().personalId(),
                x.data().fullName(),
                List.of(),
                List.of());
      }
    }
    batch.clear();
  }

  /**
   * A personal ID on record with another name or birth date is most likely a mistyped ID: the row
   * is refused with both values, unless the file marks it as a correction of the identity.
   */
  private static List<FieldError> identityMismatch(Person person, PersonData typed) {
    List<FieldError> errors = new ArrayList<>();
    PersonData recorded = person.data();
    if (typed.fullName() != null
        && !Text.clean(typed.fullName()).equals(Text.clean(recorded.fullName()))) {
      errors.add(
          new FieldError(
              "fullName",
              "import.identity.name",
              recorded.personalId(),
              recorded.fullName(),
              typed.fullName()));
    }
    if (typed.birthDate() != null && !sameBirth(recorded, typed)) {
      errors.add(
          new FieldError(
              "birthDate",
              "import.identity.birth",
              recorded.personalId(),
              PersonMerge.birth(recorded.birthDate(), recorded.birthYearOnly()),
              PersonMerge.birth(typed.birthDate(), typed.birthYearOnly())));
    }
    return errors;
  }

  /** A year given alone matches a full date of that year. */
  private static boolean sameBirth(PersonData recorded, PersonData typed) {
    if (typed.birthYearOnly() || recorded.birthYearOnly()) {
      return typed.birthDate().getYear() == recorded.birthDate().getYear();
    }
    return typed.birthDate().equals(recorded.birthDate());
  }

  private RowResult create(
      CellParser p, PersonData data, List<NewQualification> qs, NewAssignment post) {
    List<NewAssignment> as = post == null ? List.of() : List.of(post);
    if (!p.errors().isEmpty()) {
      List<FieldError> errors = merge(p.errors(), s.registration.check(data, qs, as, actor));
      return RowResult.rejected(data.personalId(), data.fullName(), errors);
    }
    // register checks everything before writing and refuses with every reason (the runner maps
    // them to columns): no separate check pass for the common case of a valid row
    long id;
    try {
      id = s.registration.register(data, qs, as, actor, false);
    } catch (vn.cbcs.platform.InvalidInputException e) {
      return RowResult.rejected(data.personalId(), data.fullName(), merge(List.of(), e.errors()));
    }
    return new RowResult(
        RowOutcome.NEW, id, data.personalId(), data.fullName(), List.of(), List.of());
  }

  /**
   * What a row makes of a person on record, before any check: the record merged with the row, the
   * changes in words, the qualifications and the post not yet recorded, the open main post a new
   * one would end. Reads nothing: the person's qualifications and posts are given.
   */
  private record Plan(
      PersonData merged,
      List<Change> changes,
      List<NewQualification> newQs,
      boolean newPost,
      Assignment open) {}

  private Plan plan(
      CellParser p,
      Person person,
      PersonData typed,
      List<NewQualification> qs,
      NewAssignment post,
      List<Qualification> held,
      List<Assignment> posts) {
    List<Change> changes = new ArrayList<>();
    PersonData merged = PersonMerge.merge(person.data(), typed, changes);
    List<NewQualification> newQs = new ArrayList<>();
    for (NewQualification q : qs) {
      boolean known =
          held.stream()
              .anyMatch(
                  h ->
                      h.track() == q.track()
                          && h.level().equals(q.level())
                          && h.awardedOn().equals(q.awardedOn()));
      if (!known) {
        newQs.add(q);
        String column = Columns.header(ImportKind.PEOPLE, levelColumn(q.track()));
        changes.add(new Change(column, null, q.level() + " (" + q.awardedOn() + ")"));
      }
    }
    Assignment open = null;
    boolean newPost = false;
    if (post != null && post.from() != null) {
      boolean known = posts.stream().anyMatch(a -> samePost(a, post));
      if (!known) {
        newPost = true;
        for (Assignment a : posts) {
          if (!a.concurrent() && a.to() == null && a.from().isBefore(post.from())) {
            open = a;
          }
          if (!a.concurrent()
              && a.unitCode().equals(post.unitCode())
              && a.positionCode().equals(post.positionCode())
              && a.to() == null) {
            p.error(FROM, "import.post.differentStart", a.from());
          }
        }
        changes.add(
            new Change(
                Columns.header(ImportKind.PEOPLE, POSITION),
                open == null ? null : open.positionCode() + " – " + open.unitCode(),
                post.positionCode() + " – " + post.unitCode() + " (" + post.from() + ")"));
      }
    }
    return new Plan(merged, changes, newQs, newPost, open);
  }

  private RowResult update(
      CellParser p,
      Person person,
      PersonData typed,
      List<NewQualification> qs,
      NewAssignment post) {
    long id = person.id();
    List<Assignment> posts =
        post != null && post.from() != null ? s.assignments.of(id, actor) : List.of();
    Plan plan = plan(p, person, typed, qs, post, s.qualifications.of(id, actor), posts);
    PersonData merged = plan.merged();
    List<Change> changes = plan.changes();
    List<NewQualification> newQs = plan.newQs();
    boolean newPost = plan.newPost();
    Assignment open = plan.open();
    List<FieldError> checks = new ArrayList<>();
    if (!Objects.equals(merged, person.data())) {
      checks.addAll(s.people.check(merged, id, actor));
    }
    checks.addAll(
        s.parts.check(merged, newQs, newPost && post != null ? List.of(post) : List.of()));
    for (int i = 0; i < newQs.size(); i++) {
      checks.addAll(s.qualifications.check(newQs.get(i), "qualifications[" + i + "]."));
    }
    trackOfIndex = newQs.stream().map(q -> q.track().name()).toList();
    if (newPost && open == null) {
      checks.addAll(s.assignments.check(id, List.of(post), "assignments", actor));
    }
    List<FieldError> errors = merge(p.errors(), checks);
    if (!errors.isEmpty()) {
      return RowResult.rejected(typed.personalId(), person.fullName(), errors);
    }
    if (changes.isEmpty()) {
      return new RowResult(
          RowOutcome.UNCHANGED, id, typed.personalId(), person.fullName(), List.of(), List.of());
    }
    if (!Objects.equals(merged, person.data())) {
      s.people.update(id, person.version(), merged, actor);
    }
    newQs.forEach(q -> s.parts.addQualification(id, q, actor));
    if (newPost) {
      s.parts.givePost(
          id, post, open != null && post.decision().kind() != DecisionKind.CONCURRENT, actor);
    }
    return new RowResult(
        RowOutcome.UPDATED, id, typed.personalId(), merged.fullName(), List.of(), changes);
  }

  private static boolean samePost(Assignment a, NewAssignment post) {
    return !a.concurrent()
        && a.unitCode().equals(post.unitCode())
        && a.positionCode().equals(post.positionCode())
        && a.from().equals(post.from());
  }

  private List<NewQualification> qualifications(CellParser p) {
    List<NewQualification> qs = new ArrayList<>();
    List<String> order = new ArrayList<>();
    for (String[] t : TRACKS) {
      String levelText = p.text(t[0]);
      LocalDate date = p.date(t[1]);
      if (levelText == null) {
        if (date != null) {
          p.error(t[0], "import.qualification.levelRequired");
        }
        continue;
      }
      Track track = Track.valueOf(t[2]);
      var level = lookups.level(track, levelText);
      if (level.isEmpty()) {
        p.error(t[0], "import.level.unknown", levelText);
        continue;
      }
      if (date == null) {
        if (p.errors().stream().noneMatch(e -> e.field().equals(t[1]))) {
          p.error(t[1], "qualification.awardedOn.required");
        }
        continue;
      }
      String major = track == Track.PROFESSIONAL ? p.text(PRO_MAJOR) : null;
      qs.add(new NewQualification(track, level.get().level(), major, null, null, null, date, null));
      order.add(t[2]);
    }
    trackOfIndex = order;
    return qs;
  }

  private static String levelColumn(Track track) {
    for (String[] t : TRACKS) {
      if (t[2].equals(track.name())) {
        return t[0];
      }
    }
    return PRO_LEVEL;
  }

  private static String coded(
      CellParser p,
      String column,
      java.util.function.Function<String, Optional<String>> lookup,
      String unknownKey) {
    String v = p.text(column);
    if (v == null) {
      return null;
    }
    Optional<String> code = lookup.apply(v);
    if (code.isEmpty()) {
      p.error(column, unknownKey, v);
      return null;
    }
    return code.get();
  }

  /** Parse errors first; a check's error on a column that already has one is left out. */
  private List<FieldError> merge(List<FieldError> parse, List<FieldError> checks) {
    List<FieldError> all = new ArrayList<>(parse);
    for (FieldError e : checks) {
      String col = column(e.field());
      if (parse.stream().noneMatch(x -> x.field().equals(col))) {
        all.add(new FieldError(col, e.key(), e.args()));
      }
    }
    return all;
  }

  @Override
  public String column(String field) {
    if (field.startsWith("qualifications[")) {
      int i = Integer.parseInt(field.substring(15, field.indexOf(']')));
      String track = i < trackOfIndex.size() ? trackOfIndex.get(i) : "PROFESSIONAL";
      String[] t = TRACKS[0];
      for (String[] x : TRACKS) {
        if (x[2].equals(track)) {
          t = x;
        }
      }
      if (field.endsWith("awardedOn") || field.endsWith("startedOn")) {
        return t[1];
      }
      return field.endsWith("major") ? PRO_MAJOR : t[0];
    }
    if (field.startsWith("assignments") || field.startsWith("end")) {
      String c = PostCells.column(field);
      return c == null || c.equals(TO) ? FROM : c;
    }
    for (Column c : columns) {
      if (c.fields().contains(field)) {
        return c.id();
      }
    }
    return field;
  }
}
