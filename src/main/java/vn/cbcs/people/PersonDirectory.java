package vn.cbcs.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Access;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * Finding people: lists by unit subtree and filters as of a date, in Vietnamese order (given name,
 * then family and middle names), and search by name without diacritics or by personal ID. Reads
 * posts and qualifications through their modules' SQL API ({@code positions_assignments_on}, {@code
 * qualifications_has_level}, {@code units_in_force_on}).
 */
@Service
@Transactional(readOnly = true)
public class PersonDirectory {

  public static final int MAX_PAGE_SIZE = 200;

  /**
   * A search by name or ID counts its matches up to this many (or just past the page asked for):
   * counting every match of a short name in millions of records would cost more than finding the
   * page itself. Lists without a search are counted to the end.
   */
  public static final int SEARCH_COUNT_CAP = 1000;

  /**
   * A list of the people in post in a unit (or in the whole ground) is paged by walking the names'
   * index, its people tested against their posts, when the communes it covers are a share of the
   * country's large enough for the page to be found within about this many names; otherwise its
   * posts are read first and their people sorted (a commune's list). At 2.5 million people, a
   * province's first page: 180 ms walked against 760 ms sorted (README, Benchmarks).
   */
  static final int WALK_BUDGET = 100_000;

  private final JdbcClient jdbc;
  private final Units units;
  private final Qualifications qualifications;

  private final vn.cbcs.security.Visibility visibility;

  PersonDirectory(
      JdbcClient jdbc,
      Units units,
      Qualifications qualifications,
      vn.cbcs.security.Visibility visibility) {
    this.visibility = visibility;
    this.jdbc = jdbc;
    this.units = units;
    this.qualifications = qualifications;
  }

  /**
   * People the actor may read, in post in a unit subtree on a date or on record, by filters. A unit
   * outside the actor's ground is refused (403); without a unit, the list is the actor's ground.
   */
  public PersonPage list(PersonFilter f, int page, int size, Actor actor) {
    return listing(f, page, size, actor, null).page();
  }

  /** A page of a list and the unit it was asked for (in force on the date; null: none asked). */
  public record Listed(PersonPage page, Unit scope) {}

  /** {@link #list}, with the unit it found (a page showing it needs not look it up again). */
  public Listed listing(PersonFilter f, int page, int size, Actor actor) {
    return listing(f, page, size, actor, null);
  }

  /**
   * The list, its shape forced for tests ({@code walk}: the people in post paged by walking the
   * names' index or not; null: decided by {@link #walksNames}).
   */
  PersonPage list(PersonFilter f, int page, int size, Actor actor, Boolean walk) {
    return listing(f, page, size, actor, walk).page();
  }

  private Listed listing(PersonFilter f, int page, int size, Actor actor, Boolean walk) {
    actor.require(Capability.READ_RECORDS);
    if (page < 0) {
      throw new BadRequestException("page", "error.page.negative");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new BadRequestException("size", "error.page.size", MAX_PAGE_SIZE);
    }
    LocalDate asOf = f.asOf();
    if ((f.ethnicityCode() != null || f.partyMember() != null)
        && !actor.can(Capability.SEE_SENSITIVE)) {
      // filtering by a masked field would reveal it
      throw new BadRequestException(
          f.ethnicityCode() != null ? "ethnicity" : "party", "person.filter.sensitive");
    }
    List<String> where = new ArrayList<>();
    Params params = new Params();
    params.put("asOf", asOf);
    java.util.Set<String> unitCommunes = null;
    Unit scope = null;
    StringBuilder posts;
    // the units the list covers: the communes the actor sees, or every unit under the scope; -1
    // for the whole country
    int covered = -1;
    if (f.unitCode() != null && !f.unitCode().isBlank()) {
      scope =
          units
              .find(f.unitCode().trim(), asOf)
              .orElseThrow(
                  () -> new vn.cbcs.platform.NotFoundException("error.unit.unknown", f.unitCode()));
      visibility.requireUnit(actor, scope, asOf);
    }
    boolean oneCommune = scope != null && scope.level() == vn.cbcs.units.UnitLevel.COMMUNE;
    if (oneCommune) {
      // A commune in force on the date (found so above): its posts by its code alone, its name
      // given. Without the join to the units and the test of their paths, the statement's generic
      // plan is the right one for every commune and date, so PostgreSQL keeps it once the driver
      // has prepared the statement instead of planning each page (0.9 ms of its 2 ms per page).
      posts =
          new StringBuilder(" FROM positions_assignments_on(:asOf) pa WHERE pa.unit_code = :unit");
      params.put("unit", scope.code());
      params.put("scopeName", scope.fullName());
      unitCommunes = java.util.Set.of(scope.code());
    } else {
      posts =
          new StringBuilder(
              " FROM positions_assignments_on(:asOf) pa"
                  + " JOIN units_in_force_on(:asOf) u ON u.code = pa.unit_code WHERE true");
      if (scope != null) {
        // a district or a province: the units of its subtree
        if (!actor.unrestricted()) {
          unitCommunes = new java.util.HashSet<>();
          for (Unit c : units.communesCovering(scope, asOf)) {
            unitCommunes.add(c.code());
          }
        }
        posts.append(" AND (u.code = :unit OR (u.path >= :start AND u.path < :end))");
        params.put("unit", scope.code());
        params.put("start", scope.path() + "/");
        params.put("end", scope.path() + "0");
        if (actor.unrestricted()) {
          // the same units by their codes, which the posts' index on the unit can look up (a
          // restricted actor's posts are looked up by the communes of their ground)
          posts.append(" AND pa.unit_code = ANY(CAST(:under AS varchar[]))");
          String[] under =
              units.unitsUnder(scope, asOf).stream().map(Unit::code).toArray(String[]::new);
          params.put("under", under);
          covered = under.length;
        }
      }
    }
    if (f.positionCode() != null && !f.positionCode().isBlank()) {
      posts.append(" AND pa.position_code = :position");
      params.put("position", f.positionCode().trim());
    }
    Restricted restricted =
        restrictToScope(
            actor, asOf, unitCommunes, oneCommune, f.inPostOnly(), posts, where, params);
    ReachGround ground = restricted == null ? null : restricted.ground();
    if (restricted != null) {
      covered = restricted.visible();
    }
    List<String> byName = addSearch(f.q(), where, params);
    if (f.ethnicityCode() != null && !f.ethnicityCode().isBlank()) {
      where.add("p.ethnicity_code = :ethnicity");
      params.put("ethnicity", f.ethnicityCode().trim());
    }
    if (f.sex() != null) {
      where.add("p.sex = :sex");
      params.put("sex", f.sex().name());
    }
    if (f.ageBand() != null) {
      // born after (asOf - to years) and on or before (asOf - from years)
      where.add("p.birth_date > :bornAfter AND p.birth_date <= :bornBy");
      params.put("bornAfter", asOf.minusYears(f.ageBand().to()));
      params.put("bornBy", asOf.minusYears(f.ageBand().from()));
    }
    if (f.partyMember() != null) {
      where.add(
          f.partyMember()
              ? "p.party_join_date <= :asOf"
              : "(p.party_join_date IS NULL OR p.party_join_date > :asOf)");
    }
    if (f.track() != null) {
      QualificationLevel level =
          qualifications
              .level(f.track(), f.minLevel())
              .orElseThrow(
                  () ->
                      new BadRequestException(
                          "minLevel", "qualification.level.unknown", f.minLevel()));
      where.add("qualifications_has_level(p.id, :track, CAST(:rank AS smallint), :asOf)");
      params.put("track", f.track().name());
      params.put("rank", level.rank());
    }
    String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    long offset = (long) page * size;
    params.put("limit", size);
    params.put("offset", offset);
    boolean search = f.q() != null && !f.q().isBlank();
    if (!oneCommune || search) {
      // Planned for its values each time: once the driver prepares the statement, PostgreSQL may
      // keep a generic plan, which for this query walks every unit by code (8 ms instead of 0.6
      // for a commune; the list's cost under load halved). Local to this read's transaction.
      jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
    }
    String boundedFilter = filter;
    if (ground != null && !byName.isEmpty()) {
      // the first matches up to the cap: the name and the ground met in the reach's indexes
      List<String> bounded = new ArrayList<>(where);
      bounded.removeAll(byName);
      bounded.set(bounded.indexOf(ground.clause()), ground.reached(byName));
      boundedFilter = " WHERE " + String.join(" AND ", bounded);
    }
    boolean walked =
        f.inPostOnly()
            && !search
            && (walk != null
                ? walk
                : (f.positionCode() == null || f.positionCode().isBlank())
                    && walksNames(scope, covered, asOf, offset + size));
    PersonListSql shape =
        new PersonListSql(
            f.inPostOnly(),
            walked,
            posts.toString(),
            oneCommune ? "CAST(:scopeName AS text)" : "u.full_name",
            List.copyOf(where),
            filter,
            boundedFilter);
    if (search) {
      return new Listed(searchPage(shape, params, page, size), scope);
    }
    if (actor.unrestricted() && where.isEmpty() && !f.inPostOnly()) {
      // everyone on record: the page by walking the names' index, the count kept (V125)
      List<PersonRow> rows = rows(shape.page(false, false), params, null);
      return new Listed(
          new PersonPage(
              rows,
              page,
              size,
              jdbc.sql("SELECT coalesce(sum(n), 0) FROM person_count").query(Long.class).single()),
          scope);
    }
    if (ground != null && where.equals(List.of(ground.clause())) && !f.inPostOnly()) {
      // everyone on record an officer may read: the page by walking the names' index, the count
      // from the reach's keys alone (counted with the page, every person on record was tested)
      List<PersonRow> rows = rows(shape.page(false, false), params, null);
      return new Listed(
          new PersonPage(rows, page, size, bind(ground.count(), params).query(Long.class).single()),
          scope);
    }
    AtomicLong total = new AtomicLong();
    List<PersonRow> rows = rows(shape.page(true, false), params, total);
    if (rows.isEmpty() && page > 0) {
      total.set(count(shape, params, null));
    }
    return new Listed(new PersonPage(rows, page, size, total.get()), scope);
  }

  /**
   * A search's page, its matches counted up to a cap (or just past the page): first the matches up
   * to that many, in any order, and the page among them — the whole answer when there are no more;
   * when there are more, the page in name order, which PostgreSQL can then find by walking the
   * names' index (the matches are many), without counting them all.
   */
  private PersonPage searchPage(PersonListSql shape, Params params, int page, int size) {
    long offset = (long) page * size;
    long cap = Math.max(SEARCH_COUNT_CAP, offset + size);
    params.put("bound", cap + 1);
    AtomicLong total = new AtomicLong();
    List<PersonRow> rows = rows(shape.page(true, true), params, total);
    if (rows.isEmpty()) {
      long counted = page == 0 ? 0 : count(shape, params, cap + 1);
      return new PersonPage(rows, page, size, Math.min(counted, cap), counted <= cap);
    }
    if (total.get() <= cap) {
      return new PersonPage(rows, page, size, total.get());
    }
    rows = rows(shape.page(false, false), params, null);
    if (rows.size() < size) {
      // the page ends the matches: counted without counting
      return new PersonPage(rows, page, size, offset + rows.size());
    }
    return new PersonPage(rows, page, size, cap, false);
  }

  /**
   * Whether the people in post in the scope (or the actor's ground) are to be paged by walking the
   * names' index: when the communes covered are a large enough share of the country's for the names
   * up to the page's end to be met within {@link #WALK_BUDGET} names. Never for a commune.
   */
  private boolean walksNames(Unit scope, int covered, LocalDate asOf, long end) {
    if (scope != null && scope.level() == vn.cbcs.units.UnitLevel.COMMUNE) {
      return false;
    }
    if (covered < 0) {
      return true;
    }
    return (double) covered / Math.max(1, units.communeCount(asOf)) * WALK_BUDGET >= end;
  }

  /** The page's rows; the list's count (its {@code total} column) into {@code total} if given. */
  private List<PersonRow> rows(String sql, Params params, AtomicLong total) {
    return bind(sql, params)
        .query(
            (rs, i) -> {
              if (total != null) {
                total.set(rs.getLong("total"));
              }
              return new PersonRow(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  Sex.valueOf(rs.getString(4)),
                  rs.getObject(5, LocalDate.class),
                  rs.getBoolean(6),
                  rs.getBoolean(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10));
            })
        .list();
  }

  /**
   * The full names of the given people that the actor may read (their own record; for readers of
   * records, people with a post ever in their ground), in one query: for lists of other modules
   * (evaluations, plans) that hold person ids. Ids the actor may not read are absent.
   */
  public java.util.Map<Long, String> names(java.util.Collection<Long> ids, Actor actor) {
    java.util.Map<Long, String> names = new java.util.HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    Access a = actor.access();
    boolean all = a.unrestricted();
    String[] ever =
        all || !a.can(Capability.READ_RECORDS)
            ? new String[0]
            : visibility.communesEver(actor).toArray(String[]::new);
    Long own = a.can(Capability.READ_OWN_RECORD) ? a.personId() : null;
    jdbc.sql(
            "SELECT p.id, p.full_name FROM person p WHERE p.id = ANY(CAST(:ids AS bigint[]))"
                + " AND (:all OR p.id = CAST(:own AS bigint) OR EXISTS (SELECT 1 FROM"
                + " positions_units_of(p.id) x WHERE x.unit_code = ANY(CAST(:ever AS varchar[]))))")
        .param("ids", ids.stream().distinct().toArray(Long[]::new))
        .param("all", all)
        .param("own", own)
        .param("ever", ever)
        .query((rs, i) -> names.put(rs.getLong(1), rs.getString(2)))
        .list();
    return names;
  }

  /** How many records the actor may read (everyone on record within their ground). */
  public long countReadable(Actor actor) {
    if (!actor.can(Capability.READ_RECORDS)) {
      return actor.can(Capability.READ_OWN_RECORD) && actor.access().personId() != null ? 1 : 0;
    }
    return list(PersonFilter.search(null, vn.cbcs.platform.AsOf.today()), 0, 1, actor).total();
  }

  /** A restricted actor's list: the ground's condition (null: the posts decide), communes seen. */
  private record Restricted(ReachGround ground, int visible) {}

  /**
   * The user's unit scopes, in SQL: posts on the date only in the communes their ground covers, and
   * among everyone on record only people with a post there at some date (a cadre: only themself).
   * With a unit asked for, only its communes among them: the same rows, but a commune's list reads
   * the posts of that commune by index instead of every post on record. When the posts decide who
   * is listed, a listed person holds a post on the date in a commune of the ground, so (those
   * communes being among the ground's communes ever) the test of their posts ever is true for every
   * row and is left out; otherwise the test, added to {@code where}, is returned.
   *
   * <p>Who has held a post in a commune, and who was created and posted nowhere, is read from the
   * people's reach (migration V123: kept by triggers from the posts and the records, the same rule
   * as {@code positions_units_of}), which an index can intersect with a name.
   */
  private Restricted restrictToScope(
      Actor actor,
      LocalDate asOf,
      java.util.Set<String> unitCommunes,
      boolean oneCommune,
      boolean postsDecide,
      StringBuilder posts,
      List<String> where,
      Params params) {
    if (actor.unrestricted()) {
      return null;
    }
    Access grant = actor.access();
    java.util.Set<String> on = visibility.communesOn(actor, asOf);
    if (unitCommunes != null) {
      on.retainAll(unitCommunes);
    }
    java.util.Set<String> ever = visibility.communesEver(actor);
    if (!(oneCommune && on.equals(unitCommunes))) {
      // (the posts of a commune the actor sees are already those of its code)
      posts.append(" AND pa.unit_code = ANY(CAST(:visibleOn AS varchar[]))");
    }
    params.put("visibleOn", on.toArray(String[]::new));
    if (postsDecide && ever.containsAll(on)) {
      return new Restricted(null, on.size());
    }
    List<String> keys = new ArrayList<>(ever);
    if (grant.can(Capability.READ_RECORDS)) {
      keys.add(ReachGround.CREATED_BY + actor.username());
    }
    params.put("reachKeys", keys.toArray(String[]::new));
    Long own =
        grant.personId() != null && grant.can(Capability.READ_OWN_RECORD) ? grant.personId() : null;
    ReachGround ground = new ReachGround(own);
    where.add(ground.clause());
    return new Restricted(ground, on.size());
  }

  private long count(PersonListSql shape, Params params, Long limit) {
    return bind(shape.count(limit), params).query(Long.class).single();
  }

  /** The statement with the parameters it names (the list's shapes use different ones). */
  private JdbcClient.StatementSpec bind(String sql, Params params) {
    var spec = jdbc.sql(sql);
    for (var e : params.entrySet()) {
      if (sql.contains(":" + e.getKey())) {
        spec = spec.param(e.getKey(), e.getValue());
      }
    }
    return spec;
  }

  /**
   * A name (diacritics optional) or the start of a personal ID (3+ digits, spaces, dots and dashes
   * between them ignored). Returns the conditions on the name (none for an ID).
   */
  private List<String> addSearch(String q, List<String> where, Params params) {
    if (q == null || q.isBlank()) {
      return List.of();
    }
    String query = q.strip();
    if (query.length() > 100) {
      query = query.substring(0, 100);
    }
    // a personal ID as people type it: in groups separated by spaces, dots or dashes
    String digits = query.replaceAll("[\\s.\\-]", "");
    if (digits.matches("\\d{3,12}")) {
      where.add("p.personal_id LIKE :idPrefix");
      params.put("idPrefix", digits + "%");
      return List.of();
    }
    String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    List<String> starts = wordStarts(query);
    List<String> byName = new ArrayList<>();
    if (starts.isEmpty()) {
      byName.add("p.search_key LIKE cbcs_search_key(:like)");
    } else {
      // A name of several words: the trigram index is asked only for the first three letters of
      // each word, and the whole name is checked on the rows it finds (hidden from the index by
      // "|| ''"). Asked for every trigram of "nguyen thi huong", the index decodes the long lists
      // of the commonest ones (every word starting with t or h, every "nguyen"): at 2.5 million
      // people, 115 ms instead of 20 for the same rows (README, Benchmarks).
      for (int i = 0; i < starts.size(); i++) {
        byName.add("p.search_key LIKE :wordStart" + i);
        params.put("wordStart" + i, "%" + starts.get(i) + "%");
      }
      byName.add("(p.search_key || '') LIKE cbcs_search_key(:like)");
    }
    where.addAll(byName);
    params.put("like", like);
    return byName;
  }

  /**
   * The first three letters of each word of a name as the search key spells it (lower case, no
   * diacritics), when it has two words or more and each begins with three letters or digits; none
   * otherwise (a single word, a short word such as "Lê": the index's own trigrams then, which also
   * mark where words begin).
   */
  private List<String> wordStarts(String query) {
    String key =
        jdbc.sql("SELECT cbcs_search_key(:q)").param("q", query).query(String.class).single();
    String[] words = key.strip().split(" ");
    if (words.length < 2) {
      return List.of();
    }
    java.util.LinkedHashSet<String> starts = new java.util.LinkedHashSet<>();
    for (String w : words) {
      if (w.length() < 3 || !w.substring(0, 3).chars().allMatch(Character::isLetterOrDigit)) {
        return List.of();
      }
      starts.add(w.substring(0, 3));
    }
    return List.copyOf(starts);
  }

  /** Named parameters in order. */
  private static final class Params extends java.util.LinkedHashMap<String, Object> {}
}
