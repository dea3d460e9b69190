package vn.cbcs.positions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.FieldError;
import vn.cbcs.security.Visibility;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * The checks of many new posts at once (an import's rows): the same {@link AssignmentRules}, which
 * read the units and posts in force on each date, the actor's ground on each date and the holders
 * of each post once for the batch instead of once a row. The holders of a post are counted in one
 * query for every (commune, post, period) of the batch; the posts accepted earlier in the batch
 * ({@link #accepted}) count as holders for the later ones, as if each had been written before the
 * next was checked.
 */
public final class AssignmentBatch implements AssignmentRules.Facts {

  private record Key(String unit, String position, LocalDate from, LocalDate to) {}

  private final AssignmentRules rules;
  private final Units units;
  private final PositionCatalogue catalogue;
  private final Visibility visibility;
  private final Actor actor;
  private final Map<String, Optional<Unit>> unitOn = new HashMap<>();
  private final Map<String, Optional<Position>> positionOn = new HashMap<>();
  private final Map<LocalDate, Set<String>> ground = new HashMap<>();
  private final Map<Key, Long> holders = new HashMap<>();
  private final Map<String, List<NewAssignment>> accepted = new HashMap<>();
  // the lists of posts that passed check(list) without a reason, then accepted(list): only these
  // may be written by Assignments.assignChecked, each list once, to one person (by identity)
  private final Set<List<NewAssignment>> passed =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  private final Map<NewAssignment, List<NewAssignment>> writable =
      new java.util.IdentityHashMap<>();

  AssignmentBatch(
      AssignmentRules rules,
      Units units,
      PositionCatalogue catalogue,
      Visibility visibility,
      JdbcClient jdbc,
      List<NewAssignment> all,
      Actor actor) {
    this.rules = rules;
    this.units = units;
    this.catalogue = catalogue;
    this.visibility = visibility;
    this.actor = actor;
    countHolders(jdbc, all);
  }

  /** Every reason these posts cannot be given to a person not yet recorded. */
  public List<FieldError> check(List<NewAssignment> list, String prefix) {
    List<FieldError> errors = rules.check(List.of(), list, prefix, actor, this);
    if (errors.isEmpty()) {
      passed.add(list);
    }
    return errors;
  }

  /** Every reason these posts cannot be given to a person holding {@code existing}. */
  List<FieldError> check(List<Assignment> existing, List<NewAssignment> list, String prefix) {
    return rules.check(existing, list, prefix, actor, this);
  }

  /** These posts will be written: they hold their seats for the posts checked after them. */
  public void accepted(List<NewAssignment> list) {
    if (passed.remove(list)) {
      List<NewAssignment> copy = List.copyOf(list); // as checked, whatever becomes of the list
      copy.forEach(a -> writable.put(a, copy));
    }
    for (NewAssignment a : list) {
      if (a.unitCode() != null && a.positionCode() != null && a.from() != null) {
        accepted
            .computeIfAbsent(a.unitCode() + "/" + a.positionCode(), k -> new ArrayList<>())
            .add(a);
      }
    }
  }

  Actor actor() {
    return actor;
  }

  /**
   * Takes the posts of each person out of the batch for writing: each person's posts must be
   * exactly one list that passed {@link #check(List, String)} and was then {@link #accepted}, each
   * list written once; anything else is a programming error and writes nothing.
   */
  void take(Map<Long, List<NewAssignment>> byPerson) {
    Set<List<NewAssignment>> used =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (List<NewAssignment> given : byPerson.values()) {
      List<NewAssignment> list = writable.get(given.get(0));
      boolean same = list != null && list.size() == given.size() && used.add(list);
      for (NewAssignment a : given) {
        same = same && writable.get(a) == list;
      }
      if (!same) {
        throw new IllegalStateException("posts not checked and accepted by this batch");
      }
    }
    for (List<NewAssignment> given : byPerson.values()) {
      given.forEach(writable::remove);
    }
  }

  private void countHolders(JdbcClient jdbc, List<NewAssignment> all) {
    List<Key> keys = new ArrayList<>();
    for (NewAssignment a : all) {
      if (a.unitCode() == null || a.positionCode() == null || a.from() == null) {
        continue;
      }
      Optional<Position> p = position(a.positionCode(), a.from());
      Key k = new Key(a.unitCode(), a.positionCode(), a.from(), a.to());
      if (p.isPresent() && p.get().seats() != null && !holders.containsKey(k)) {
        holders.put(k, 0L);
        keys.add(k);
      }
    }
    if (keys.isEmpty()) {
      return;
    }
    jdbc.sql(
            "SELECT k.i, (SELECT count(*) FROM assignment a WHERE a.unit_code = k.u"
                + " AND a.position_code = k.p AND a.superseded_at IS NULL"
                + " AND daterange(a.valid_from, a.valid_to, '[]') && daterange(k.f, k.t, '[]'))"
                + " FROM unnest(CAST(? AS text[]), CAST(? AS text[]),"
                + " CAST(CAST(? AS text[]) AS date[]), CAST(CAST(? AS text[]) AS date[]))"
                + " WITH ORDINALITY k(u, p, f, t, i)")
        .params(
            keys.stream().map(Key::unit).toArray(String[]::new),
            keys.stream().map(Key::position).toArray(String[]::new),
            keys.stream().map(k -> k.from().toString()).toArray(String[]::new),
            keys.stream()
                .map(k -> k.to() == null ? null : k.to().toString())
                .toArray(String[]::new))
        .query(
            rs -> {
              holders.put(keys.get(rs.getInt(1) - 1), rs.getLong(2));
            });
  }

  @Override
  public Optional<Unit> unit(String code, LocalDate on) {
    return unitOn.computeIfAbsent(code + "@" + on, k -> units.find(code, on));
  }

  @Override
  public Optional<Position> position(String code, LocalDate on) {
    return positionOn.computeIfAbsent(code + "@" + on, k -> catalogue.find(code, on));
  }

  /** As {@link Visibility#covers}: the actor's ground on a date, computed once per date. */
  @Override
  public boolean covers(Actor actor, String commune, LocalDate on) {
    if (actor.unrestricted()) {
      return true;
    }
    Set<String> communes = ground.computeIfAbsent(on, d -> visibility.communesOn(actor, d));
    return communes.contains(commune);
  }

  @Override
  public long holders(String unit, String position, LocalDate from, LocalDate to) {
    Long recorded = holders.get(new Key(unit, position, from, to));
    if (recorded == null) {
      recorded = rules.live.holders(unit, position, from, to);
    }
    long pending = 0;
    for (NewAssignment a : accepted.getOrDefault(unit + "/" + position, List.of())) {
      if (AssignmentRules.overlaps(from, to, a.from(), a.to())) {
        pending++;
      }
    }
    return recorded + pending;
  }
}
