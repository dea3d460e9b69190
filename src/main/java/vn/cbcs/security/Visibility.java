package vn.cbcs.security;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.cbcs.platform.Access;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.platform.Role;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitMapChanged;
import vn.cbcs.units.Units;

/**
 * Where an actor may act: a scope is a unit code covering that unit's ground on the date viewed,
 * followed through the crosswalk (a Thái Nguyên officer sees the Bắc Kạn communes that merged into
 * Thái Nguyên, in their old dates). Unrestricted access (administrators, the system grant) covers
 * everything; a cadre's self-service covers only their own record; an actor without roles covers
 * nothing. The services that own people, posts, qualifications, figures and logs ask here, with the
 * actor of the call, whatever way the call came in.
 */
@Service
public class Visibility {

  private final JdbcClient jdbc;
  private final Units units;
  private final Map<String, Set<String>> everCache = new ConcurrentHashMap<>();

  /**
   * The communes a scope covers on a date, asked by nearly every request (the list, the unit check,
   * the record's check): remembered until the map changes, like the grounds ever. Bounded: emptied
   * when it holds {@value #ON_CACHE_MAX} keys (scopes × dates viewed).
   */
  private final Map<String, Set<String>> onCache = new ConcurrentHashMap<>();

  private static final int ON_CACHE_MAX = 20_000;

  /** Bumped when the map changes: a ground computed before then is never read again. */
  private final java.util.concurrent.atomic.AtomicLong mapGeneration =
      new java.util.concurrent.atomic.AtomicLong();

  Visibility(JdbcClient jdbc, Units units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  /**
   * The access of a signed-in user with these roles: their scopes and linked record, read in one
   * query (one connection, released before returning).
   */
  public Access accessOf(String username, Collection<Role> roles) {
    return jdbc.sql("SELECT " + GROUND)
        .param("u", username)
        .query((rs, i) -> ground(rs))
        .single()
        .with(roles);
  }

  /**
   * The scopes and linked record of a signed-in session's user, read with the check that the
   * session may go on (the account enabled and still at the epoch the session was signed in at):
   * empty when it may not. One query for what each signed-in request asked in two.
   */
  public Optional<Ground> groundOfSession(String username, int epoch) {
    return jdbc.sql(
            "SELECT "
                + GROUND
                + " FROM app_user WHERE username = :u AND enabled AND session_epoch = :epoch")
        .param("u", username)
        .param("epoch", epoch)
        .query((rs, i) -> ground(rs))
        .optional();
  }

  /** A user's scopes and the person record their account is linked to (null: none). */
  public record Ground(List<String> scopes, Long personId) {

    /** The access these give with these roles. */
    public Access with(Collection<Role> roles) {
      Set<Role> set = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
      return Access.of(set, scopes, personId);
    }
  }

  /** A user's scopes (in code order) and linked record, for {@code :u}. */
  private static final String GROUND =
      "ARRAY(SELECT s.unit_code FROM app_user_scope s WHERE s.username = :u"
          + " ORDER BY s.unit_code), (SELECT p.person_id FROM app_user_person p"
          + " WHERE p.username = :u)";

  private static Ground ground(java.sql.ResultSet rs) throws java.sql.SQLException {
    List<String> scopes = List.of((String[]) rs.getArray(1).getArray());
    Object person = rs.getObject(2);
    return new Ground(scopes, person == null ? null : ((Number) person).longValue());
  }

  /** Links an account to the person record of the cadre who uses it (self-service). */
  public boolean linkPerson(String username, long personId) {
    return jdbc.sql(
                "INSERT INTO app_user_person (username, person_id) SELECT :u, :p"
                    + " WHERE EXISTS (SELECT 1 FROM app_user WHERE username = :u)"
                    + " ON CONFLICT (username) DO UPDATE SET person_id = :p")
            .param("u", username)
            .param("p", personId)
            .update()
        > 0;
  }

  /** The person record an account is linked to, if any. */
  public java.util.Optional<Long> linkedPerson(String username) {
    return jdbc.sql("SELECT person_id FROM app_user_person WHERE username = :u")
        .param("u", username)
        .query(Long.class)
        .optional();
  }

  /** The other accounts linked to a person record. */
  public List<String> accountsOf(long personId, String except) {
    return jdbc.sql(
            "SELECT username FROM app_user_person WHERE person_id = :p AND username <> :u"
                + " ORDER BY username")
        .param("p", personId)
        .param("u", except)
        .query(String.class)
        .list();
  }

  /** Ends the link of an account to a person record. */
  public boolean unlinkPerson(String username) {
    return jdbc.sql("DELETE FROM app_user_person WHERE username = :u").param("u", username).update()
        > 0;
  }

  /** Whether a person record exists (whoever may read it). */
  public boolean personExists(long personId) {
    return Boolean.TRUE.equals(
        jdbc.sql("SELECT people_created_by(:p) IS NOT NULL")
            .param("p", personId)
            .query(Boolean.class)
            .single());
  }

  /** The communes the actor covers on a date; null means every commune. */
  public Set<String> communesOn(Actor actor, LocalDate date) {
    Access a = actor.access();
    if (a.unrestricted()) {
      return null;
    }
    Set<String> codes = new HashSet<>();
    if (a.selfOnly()) {
      return codes;
    }
    for (String scope : a.scopes()) {
      if (onCache.size() >= ON_CACHE_MAX) {
        onCache.clear();
      }
      codes.addAll(
          onCache.computeIfAbsent(
              scope + "@" + date + "@" + AsOf.today() + "#" + mapGeneration.get(),
              k -> on(scope, date)));
    }
    return codes;
  }

  /**
   * Every commune code the actor's ground ever had, before and after each reorganisation; null
   * means every commune.
   */
  public Set<String> communesEver(Actor actor) {
    Access a = actor.access();
    if (a.unrestricted()) {
      return null;
    }
    Set<String> codes = new HashSet<>();
    if (a.selfOnly()) {
      return codes;
    }
    for (String scope : a.scopes()) {
      codes.addAll(
          everCache.computeIfAbsent(
              scope + "@" + AsOf.today() + "#" + mapGeneration.get(), k -> ever(scope)));
    }
    return codes;
  }

  private Set<String> on(String scope, LocalDate date) {
    Set<String> codes = new HashSet<>();
    scopeUnit(scope)
        .ifPresent(u -> units.communesCovering(u, date).forEach(c -> codes.add(c.code())));
    return Set.copyOf(codes);
  }

  private Set<String> ever(String scope) {
    Set<String> codes = new HashSet<>();
    Optional<Unit> unit = scopeUnit(scope);
    if (unit.isEmpty()) {
      return codes;
    }
    List<LocalDate> dates =
        jdbc.sql("SELECT DISTINCT effective_date FROM unit_crosswalk ORDER BY 1")
            .query(LocalDate.class)
            .list();
    Set<LocalDate> probes = new HashSet<>();
    probes.add(AsOf.today());
    for (LocalDate d : dates) {
      probes.add(d);
      probes.add(d.minusDays(1));
    }
    for (LocalDate d : probes) {
      units.communesCovering(unit.get(), d).forEach(c -> codes.add(c.code()));
    }
    return Set.copyOf(codes);
  }

  /**
   * A change of the map was recorded, corrected or withdrawn (ADR 16): the grounds computed from
   * the crosswalk are stale. Dropped after the commit, so that nobody caches the map of before it.
   */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  public void mapChanged(UnitMapChanged event) {
    mapGeneration.incrementAndGet();
    everCache.clear();
    onCache.clear();
  }

  /** The scope's unit: the version in force today, else the one closest to today. */
  private Optional<Unit> scopeUnit(String code) {
    return units.nearest(code, AsOf.today());
  }

  /** Whether the actor covers all the given communes (a unit's ground on a date). */
  public boolean covers(Actor actor, Collection<String> communes, LocalDate date) {
    if (actor.unrestricted()) {
      return true;
    }
    if (communes.isEmpty()) {
      return false;
    }
    return communesOn(actor, date).containsAll(communes);
  }

  /** Whether the actor covers the ground of a unit (as identified on {@code on}) on that date. */
  public boolean coversUnit(Actor actor, String unitCode, LocalDate on) {
    if (actor.unrestricted()) {
      return true;
    }
    Optional<Unit> unit = units.nearest(unitCode, on);
    if (unit.isEmpty()) {
      return false;
    }
    return covers(
        actor, units.communesCovering(unit.get(), on).stream().map(Unit::code).toList(), on);
  }

  /**
   * Refuses (403) a unit whose ground on {@code asOf} the actor does not cover; the unit is named
   * as identified on {@code on}. The caller has checked that the unit exists.
   */
  public void requireUnit(Actor actor, Unit unit, LocalDate asOf) {
    if (actor.unrestricted()) {
      return;
    }
    List<String> ground = units.communesCovering(unit, asOf).stream().map(Unit::code).toList();
    if (!covers(actor, ground, asOf)) {
      throw new ForbiddenException("error.unit.outsideScope", unit.fullName());
    }
  }

  /**
   * Whether the actor may read a person: their own record; for readers of records, anyone with a
   * post ever in their ground, or a record they created that has no post yet.
   */
  public boolean sees(Actor actor, long personId) {
    Access a = actor.access();
    if (a.unrestricted()) {
      return true;
    }
    Map<Seen, Boolean> memo = ReadRequestMemo.current();
    if (memo == null) {
      return decideSees(actor, personId);
    }
    return memo.computeIfAbsent(new Seen(actor, personId), k -> decideSees(actor, personId));
  }

  /** One answer of {@link #sees}: this actor, this person. */
  record Seen(Actor actor, long personId) {}

  private boolean decideSees(Actor actor, long personId) {
    Access a = actor.access();
    if (a.personId() != null && a.personId() == personId && a.can(Capability.READ_OWN_RECORD)) {
      return true;
    }
    if (!a.can(Capability.READ_RECORDS)) {
      return false;
    }
    Set<String> ever = communesEver(actor);
    if (!ever.isEmpty()
        && Boolean.TRUE.equals(
            jdbc.sql(
                    "SELECT EXISTS (SELECT 1 FROM positions_units_of(:p) x"
                        + " WHERE x.unit_code = ANY(CAST(:codes AS text[])))")
                .param("p", personId)
                .param("codes", ever.toArray(String[]::new))
                .query(Boolean.class)
                .single())) {
      return true;
    }
    return unpostedCreation(actor, personId);
  }

  /**
   * The people among {@code personIds} the actor may read ({@link #sees}, the same rule), with one
   * query for the set; the others are left out, and nothing is said of them.
   */
  public Set<Long> seesAll(Actor actor, Collection<Long> personIds) {
    Access a = actor.access();
    Set<Long> seen = new HashSet<>();
    if (a.unrestricted()) {
      seen.addAll(personIds);
      return seen;
    }
    List<Long> rest = new java.util.ArrayList<>();
    for (Long id : personIds) {
      if (a.personId() != null
          && a.personId().longValue() == id
          && a.can(Capability.READ_OWN_RECORD)) {
        seen.add(id);
      } else {
        rest.add(id);
      }
    }
    if (rest.isEmpty() || !a.can(Capability.READ_RECORDS)) {
      return seen;
    }
    jdbc.sql(
            "SELECT p.id FROM unnest(CAST(:ids AS bigint[])) p(id)"
                + " WHERE EXISTS (SELECT 1 FROM positions_units_of(p.id) x"
                + " WHERE x.unit_code = ANY(CAST(:codes AS text[])))"
                + " OR coalesce(NOT EXISTS (SELECT 1 FROM positions_units_of(p.id))"
                + " AND people_created_by(p.id) = :u, false)")
        .param("ids", rest.toArray(Long[]::new))
        .param("codes", communesEver(actor).toArray(String[]::new))
        .param("u", actor.username())
        .query(Long.class)
        .list()
        .forEach(seen::add);
    return seen;
  }

  /**
   * Whether the actor may change a person's record, qualifications and posts: a keeper of records
   * whose ground holds the person's post in force today (or, with none in force, their latest
   * post), or who created the record and it has no post yet.
   */
  public boolean edits(Actor actor, long personId) {
    Access a = actor.access();
    if (!a.can(Capability.EDIT_RECORDS)) {
      return false;
    }
    if (a.unrestricted()) {
      return true;
    }
    Set<String> ever = communesEver(actor);
    List<String> current =
        jdbc.sql("SELECT unit_code FROM positions_current_units_of(:p, :d)")
            .param("p", personId)
            .param("d", AsOf.today())
            .query(String.class)
            .list();
    if (current.isEmpty()) {
      return unpostedCreation(actor, personId);
    }
    return current.stream().anyMatch(ever::contains);
  }

  /** Refuses a person the actor may not read: 404 when there is no such record, else 403. */
  public void requireSees(Actor actor, long personId) {
    actor.requireAny(Capability.READ_RECORDS, Capability.READ_OWN_RECORD);
    if (actor.unrestricted()) {
      requireExists(personId);
      return;
    }
    if (!sees(actor, personId)) {
      requireExists(personId);
      throw new ForbiddenException(
          actor.can(Capability.READ_RECORDS) ? "person.outsideScope" : "person.notOwnRecord",
          String.valueOf(personId));
    }
  }

  /**
   * {@link #requireSees} for many people at once, with one query for the set ({@link #seesAll});
   * the first person refused, in the given order, is refused as {@link #requireSees} would (404 no
   * such record, else 403).
   */
  public void requireSeesAll(Actor actor, Collection<Long> personIds) {
    actor.requireAny(Capability.READ_RECORDS, Capability.READ_OWN_RECORD);
    Set<Long> seen =
        actor.unrestricted()
            ? new HashSet<>(
                jdbc.sql("SELECT id FROM person WHERE id = ANY(CAST(:ids AS bigint[]))")
                    .param("ids", personIds.toArray(Long[]::new))
                    .query(Long.class)
                    .list())
            : seesAll(actor, personIds);
    for (Long id : personIds) {
      if (!seen.contains(id)) {
        requireSees(actor, id); // refused as one by one: 404 no such record, else 403
      }
    }
  }

  /** Refuses a person whose record the actor may not change: 404 no such record, else 403. */
  public void requireEdits(Actor actor, long personId) {
    actor.require(Capability.EDIT_RECORDS);
    if (!edits(actor, personId)) {
      requireExists(personId);
      throw new ForbiddenException("person.outsideScopeEdit", String.valueOf(personId));
    }
  }

  /**
   * {@link #requireEdits} for many people at once, with one query for the set: the same rule (the
   * person's post in force today in the actor's ground, or a record the actor created that has no
   * post yet); the first person refused, in the given order, is refused as {@link #requireEdits}
   * would (404 no such record, else 403).
   */
  public void requireEditsAll(Actor actor, Collection<Long> personIds) {
    actor.require(Capability.EDIT_RECORDS);
    if (actor.access().unrestricted() || personIds.isEmpty()) {
      return; // as edits(): everyone's record
    }
    Set<String> ever = communesEver(actor);
    Map<Long, Boolean> edits = new java.util.HashMap<>();
    jdbc.sql(
            "SELECT p.id, ARRAY(SELECT c.unit_code FROM positions_current_units_of(p.id, :d) c),"
                + " coalesce(NOT EXISTS (SELECT 1 FROM positions_units_of(p.id))"
                + " AND people_created_by(p.id) = :u, false)"
                + " FROM unnest(CAST(:ids AS bigint[])) p(id)")
        .param("d", AsOf.today())
        .param("u", actor.username())
        .param("ids", personIds.toArray(Long[]::new))
        .query(
            rs -> {
              String[] current = (String[]) rs.getArray(2).getArray();
              boolean ok =
                  current.length == 0
                      ? rs.getBoolean(3)
                      : java.util.Arrays.stream(current).anyMatch(ever::contains);
              edits.put(rs.getLong(1), ok);
            });
    for (Long id : personIds) {
      if (!Boolean.TRUE.equals(edits.get(id))) {
        requireEdits(actor, id); // refused as one by one: 404 or 403
      }
    }
  }

  /** A refusal must not pass for "no such record": that is told apart first (404). */
  private void requireExists(long personId) {
    if (!personExists(personId)) {
      throw new NotFoundException("person.notFound", personId);
    }
  }

  private boolean unpostedCreation(Actor actor, long personId) {
    return Boolean.TRUE.equals(
        jdbc.sql(
                "SELECT coalesce(NOT EXISTS (SELECT 1 FROM positions_units_of(:p))"
                    + " AND people_created_by(:p) = :u, false)")
            .param("p", personId)
            .param("u", actor.username())
            .query(Boolean.class)
            .single());
  }
}
