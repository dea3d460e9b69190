package vn.cbcs.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.qualifications.Track;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * The posts held on a date in a unit subtree, with the facts the rules look at, read in bulk
 * through the SQL API of positions, units and qualifications and the standards' own view of the
 * person record.
 */
@Component
class Population {

  private final JdbcClient jdbc;
  private final Units units;

  Population(JdbcClient jdbc, Units units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  Unit scope(String unitCode, LocalDate asOf) {
    return units
        .find(unitCode, asOf)
        .orElseThrow(() -> new NotFoundException("error.unit.unknown", unitCode));
  }

  /** Posts held on {@code asOf} in the subtree of {@code scope} (or by one person). */
  List<PostHolder> holders(Unit scope, Long personId, LocalDate asOf) {
    return holders(scope, null, personId, asOf);
  }

  /** Posts held on {@code asOf} in the given communes. */
  List<PostHolder> holders(java.util.Collection<String> communeCodes, LocalDate asOf) {
    if (communeCodes.isEmpty()) {
      return List.of();
    }
    return holders(null, communeCodes, null, asOf);
  }

  private List<PostHolder> holders(
      Unit scope, java.util.Collection<String> communeCodes, Long personId, LocalDate asOf) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT pa.person_id, f.full_name, f.synthetic, pa.assignment_id, pa.unit_code, u.full_name,"
                + " u.type, split_part(u.path, '/', 1), pa.position_code, pa.concurrent, pa.valid_from,"
                + " f.birth_date, f.sex, f.general_education, f.early_retirement_years"
                + " FROM positions_assignments_on(:d) pa"
                + " JOIN units_in_force_on(:d) u ON u.code = pa.unit_code"
                + " JOIN standards_person_facts f ON f.person_id = pa.person_id WHERE true");
    var params = new HashMap<String, Object>();
    params.put("d", asOf);
    if (scope != null) {
      sql.append(" AND (u.code = :unit OR (u.path >= :start AND u.path < :end))");
      params.put("unit", scope.code());
      params.put("start", scope.path() + "/");
      params.put("end", scope.path() + "0");
    }
    if (communeCodes != null) {
      sql.append(" AND pa.unit_code IN (:codes)");
      params.put("codes", new ArrayList<>(communeCodes));
    }
    if (personId != null) {
      sql.append(" AND pa.person_id = :person");
      params.put("person", personId);
    }
    sql.append(" ORDER BY u.path, pa.person_id, pa.concurrent");
    var spec = jdbc.sql(sql.toString());
    for (var e : params.entrySet()) {
      spec = spec.param(e.getKey(), e.getValue());
    }
    return spec.query(
            (rs, i) ->
                new PostHolder(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getBoolean(3),
                    rs.getLong(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getBoolean(10),
                    rs.getObject(11, LocalDate.class),
                    rs.getObject(12, LocalDate.class),
                    rs.getString(13),
                    rs.getString(14),
                    rs.getInt(15)))
        .list();
  }

  /**
   * Above this many holders their posts are read in one pass over every post rather than looked up
   * by index 5,000 people at a time. Measured in psql at national scale (issue 18; 505,105 posts,
   * 192,000 holders): the pass takes 0.7 s, the look-ups 87 ms per 5,000 people (3.3 s for the
   * country), so they cross near 40,000 people.
   */
  private static final int READ_ALL_ABOVE = 40_000;

  /** The day a post was taken and the first day of unbroken service, per assignment. */
  record Tenure(LocalDate heldSince, LocalDate serviceSince) {}

  private record Post(
      long id, boolean concurrent, LocalDate from, LocalDate to, String startKind) {}

  /**
   * For each post of {@code holders}: the day it was taken, followed back through transfer
   * decisions (the reform's transfer of 1-7-2025 among them) to an earlier post that ended the day
   * before or later; and the first day of the holder's unbroken commune-level service.
   */
  Map<Long, Tenure> tenure(List<PostHolder> holders, LocalDate asOf) {
    return tenure(holders, asOf, READ_ALL_ABOVE);
  }

  /** As {@link #tenure(List, LocalDate)}, reading every post above {@code readAllAbove} holders. */
  Map<Long, Tenure> tenure(List<PostHolder> holders, LocalDate asOf, int readAllAbove) {
    Map<Long, Tenure> tenure = new HashMap<>();
    if (holders.isEmpty()) {
      return tenure;
    }
    Map<Long, List<Post>> posts = new HashMap<>();
    forHolders(
        holders,
        "SELECT person_id, assignment_id, concurrent, valid_from, valid_to, start_kind"
            + " FROM positions_posts_until(:d)",
        "",
        asOf,
        readAllAbove,
        rs ->
            posts
                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(
                    new Post(
                        rs.getLong(2),
                        rs.getBoolean(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6))));
    for (PostHolder h : holders) {
      List<Post> mine = posts.getOrDefault(h.personId(), List.of());
      Post own = mine.stream().filter(p -> p.id() == h.assignmentId()).findFirst().orElse(null);
      if (own == null) {
        tenure.put(h.assignmentId(), new Tenure(h.postFrom(), h.postFrom()));
        continue;
      }
      tenure.put(h.assignmentId(), new Tenure(heldSince(own, mine), serviceSince(own, mine)));
    }
    return tenure;
  }

  private static LocalDate heldSince(Post own, List<Post> mine) {
    Post cur = own;
    for (int guard = 0; guard < 50 && "TRANSFER".equals(cur.startKind()); guard++) {
      Post at = cur;
      Post prev =
          mine.stream()
              .filter(p -> !p.concurrent() && p.from().isBefore(at.from()))
              .filter(p -> p.to() != null && !p.to().isBefore(at.from().minusDays(1)))
              .max(java.util.Comparator.comparing(Post::to))
              .orElse(null);
      if (prev == null) {
        break;
      }
      cur = prev;
    }
    return cur.from();
  }

  private static LocalDate serviceSince(Post own, List<Post> mine) {
    LocalDate start = own.from();
    boolean moved = true;
    while (moved) {
      moved = false;
      for (Post p : mine) {
        if (p.from().isBefore(start) && (p.to() == null || !p.to().isBefore(start.minusDays(1)))) {
          start = p.from();
          moved = true;
        }
      }
    }
    return start;
  }

  /** The professional qualifications with a major held on {@code asOf}, per person. */
  Map<Long, List<ComplianceEngine.Major>> majors(List<PostHolder> holders, LocalDate asOf) {
    Map<Long, List<ComplianceEngine.Major>> majors = new HashMap<>();
    if (holders.isEmpty()) {
      return majors;
    }
    forHolders(
        holders,
        "SELECT person_id, rank, major FROM qualifications_majors_on(:d)",
        " ORDER BY person_id, rank DESC",
        asOf,
        Integer.MAX_VALUE, // always by index: the pass took as long (0.35 s against 0.4 s)
        rs ->
            majors
                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new ComplianceEngine.Major(rs.getInt(2), rs.getString(3))));
    return majors;
  }

  /** The rank held on {@code asOf} in each track, for the people of {@code holders}. */
  Map<Long, Map<Track, Integer>> ranks(List<PostHolder> holders, LocalDate asOf) {
    Map<Long, Map<Track, Integer>> ranks = new HashMap<>();
    if (holders.isEmpty()) {
      return ranks;
    }
    // always by index: one pass over every qualification (DISTINCT ON, or grouped) took as long
    // as the look-ups for the whole country (1.4 s against 1.3 s, issue 18)
    forHolders(
        holders,
        "SELECT person_id, track, rank FROM qualifications_highest_on(:d)",
        "",
        asOf,
        Integer.MAX_VALUE,
        rs ->
            ranks
                .computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Track.class))
                .put(Track.valueOf(rs.getString(2)), rs.getInt(3)));
    return ranks;
  }

  /**
   * Runs {@code select} (a relation with {@code person_id} first, on {@code :d}) for the people of
   * {@code holders} and hands each of their rows to {@code row}: by index, 5,000 people a query, or
   * in one pass over the relation keeping only theirs when they are more than {@code readAllAbove}.
   */
  private void forHolders(
      List<PostHolder> holders,
      String select,
      String orderBy,
      LocalDate asOf,
      int readAllAbove,
      RowCallbackHandler row) {
    List<Long> ids =
        new ArrayList<>(holders.stream().map(PostHolder::personId).distinct().toList());
    if (ids.size() > readAllAbove) {
      Set<Long> wanted = new HashSet<>(ids);
      jdbc.sql(select + orderBy)
          .param("d", asOf)
          .query(
              rs -> {
                if (wanted.contains(rs.getLong(1))) {
                  row.processRow(rs);
                }
              });
      return;
    }
    for (int from = 0; from < ids.size(); from += 5000) {
      jdbc.sql(select + " WHERE person_id IN (:ids)" + orderBy)
          .param("d", asOf)
          .param("ids", ids.subList(from, Math.min(ids.size(), from + 5000)))
          .query(row);
    }
  }
}
