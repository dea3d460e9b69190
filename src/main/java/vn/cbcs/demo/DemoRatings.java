package vn.cbcs.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.evaluation.CollectiveRatings;
import vn.cbcs.evaluation.EvaluationRules;
import vn.cbcs.evaluation.Level;
import vn.cbcs.evaluation.PastRatings;
import vn.cbcs.evaluation.RatingSystem;
import vn.cbcs.platform.Actor;

/**
 * The final ratings of the demo's people for every past evaluation year that has a rule set (NĐ
 * 56/2015, record-only, 2016–2019; NĐ 90/2020 from 2020; QĐ 366-QĐ/TW for Party members from 2025),
 * recorded through {@link PastRatings} like any past decision: everyone in post on 31 December who
 * held a post by 30 June (under 6 months worked is not rated), KHTNV for a discipline decided in
 * the year (NĐ 90/2020 as amended by NĐ 48/2023), otherwise mostly HTTNV, some HTNV, a few KHTNV,
 * and HTXSNV within the cap of each commune's groups (≤ 20% of the HTTNV count). Deterministic for
 * a seed.
 */
@Component
class DemoRatings {

  private final JdbcClient jdbc;
  private final PastRatings past;
  private final EvaluationRules rules;
  private final CollectiveRatings collectives;

  DemoRatings(
      JdbcClient jdbc, PastRatings past, EvaluationRules rules, CollectiveRatings collectives) {
    this.jdbc = jdbc;
    this.past = past;
    this.rules = rules;
    this.collectives = collectives;
  }

  /** Who was in post on a day: the main post's commune, leadership, discipline, Party. */
  private record InPost(
      long personId, String unitCode, boolean leader, boolean disciplined, boolean partyMember) {}

  /** Records the ratings; returns how many. */
  int record(DemoSettings settings, Actor actor) {
    int written = 0;
    for (int year = settings.start().getYear(); year <= settings.end().getYear(); year++) {
      if (LocalDate.of(year, 12, 20).isAfter(settings.end())) {
        break;
      }
      List<InPost> people = inPost(year);
      for (RatingSystem system : RatingSystem.values()) {
        var ruleSet = rules.ruleSet(year, system);
        if (ruleSet.isEmpty()) {
          continue;
        }
        if (ruleSet.get().rule(CollectiveRatings.RULE).isPresent()) {
          rateCollectives(settings.seed(), year, system, people, actor);
        }
        List<PastRatings.Row> rows = rows(settings.seed(), year, system, people);
        written += past.record(rows, actor);
      }
    }
    return written;
  }

  private List<InPost> inPost(int year) {
    return jdbc.sql(
            "SELECT DISTINCT ON (a.person_id) a.person_id, a.unit_code, coalesce((SELECT"
                + " bool_or(pos.leadership) FROM position pos WHERE pos.code = a.position_code),"
                + " false), EXISTS (SELECT 1 FROM person_discipline d WHERE d.person_id ="
                + " a.person_id AND d.decided_on BETWEEN make_date(:y, 1, 1) AND make_date(:y,"
                + " 12, 31)), p.party_join_date IS NOT NULL AND p.party_join_date <="
                + " make_date(:y, 12, 31)"
                + " FROM positions_assignments_on(make_date(:y, 12, 31)) a"
                + " JOIN person p ON p.id = a.person_id AND p.synthetic"
                + " WHERE EXISTS (SELECT 1 FROM positions_assignments_on(make_date(:y, 6, 30)) h"
                + " WHERE h.person_id = a.person_id)"
                + " ORDER BY a.person_id, a.concurrent, a.valid_from DESC")
        .param("y", year)
        .query(
            (rs, i) ->
                new InPost(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getBoolean(3),
                    rs.getBoolean(4),
                    rs.getBoolean(5)))
        .list();
  }

  private static List<PastRatings.Row> rows(
      long seed, int year, RatingSystem system, List<InPost> people) {
    Map<String, List<InPost>> byUnit = new LinkedHashMap<>();
    for (InPost p : people) {
      if (system == RatingSystem.STATE || p.partyMember()) {
        byUnit.computeIfAbsent(p.unitCode(), u -> new ArrayList<>()).add(p);
      }
    }
    List<PastRatings.Row> rows = new ArrayList<>();
    LocalDate unitOn = LocalDate.of(year, 12, 31);
    // the state rating before 15 December (NĐ 90/2020 as amended), the Party rating after it
    LocalDate decided = LocalDate.of(year, 12, system == RatingSystem.STATE ? 10 : 20);
    byUnit.forEach(
        (unit, members) -> {
          Map<InPost, Level> levels = new LinkedHashMap<>();
          List<InPost> good = new ArrayList<>();
          for (InPost p : members) {
            double r = unit(seed, year, p.personId(), system.ordinal());
            Level l =
                p.disciplined() || r < 0.015 ? Level.KHTNV : r < 0.14 ? Level.HTNV : Level.HTTNV;
            levels.put(p, l);
            if (l == Level.HTTNV) {
              good.add(p);
            }
          }
          // HTXSNV within the cap of each group (leaders and the others, CapGroups): k ≤ 20% ×
          // (HTTNV − k), i.e. k ≤ HTTNV / 6, some units fewer
          double share = 0.5 + 0.5 * unit(seed, year, unit.hashCode(), 7);
          for (boolean leaders : new boolean[] {true, false}) {
            List<InPost> group = good.stream().filter(p -> p.leader() == leaders).toList();
            int k = (int) Math.floor(group.size() / 6.0 * share);
            for (int i = 0; i < k; i++) {
              levels.put(group.get(i), Level.HTXSNV);
            }
          }
          String number =
              (100 + Math.floorMod(unit.hashCode() + year, 800))
                  + (system == RatingSystem.STATE ? "/QĐ-UBND" : "-QĐ/ĐU");
          String signer =
              system == RatingSystem.STATE ? "Chủ tịch Ủy ban nhân dân" : "Bí thư Đảng ủy";
          levels.forEach(
              (p, l) ->
                  rows.add(
                      new PastRatings.Row(
                          p.personId(),
                          year,
                          system,
                          unit,
                          unitOn,
                          p.leader(),
                          l,
                          number,
                          decided,
                          signer)));
        });
    return rows;
  }

  /**
   * The leadership collectives of every commune with people in post, rated before their heads (QĐ
   * 366-QĐ/TW): mostly HTTNV, one in ten HTXSNV, decided on 5 December.
   */
  private void rateCollectives(
      long seed, int year, RatingSystem system, List<InPost> people, Actor actor) {
    java.util.Set<String> units = new java.util.TreeSet<>();
    people.forEach(p -> units.add(p.unitCode()));
    for (String unit : units) {
      for (CollectiveRatings.Body body : CollectiveRatings.Body.values()) {
        double r = unit(seed, year, unit.hashCode(), 11 + body.ordinal());
        collectives.record(
            unit,
            new CollectiveRatings.NewCollective(
                year,
                system,
                body,
                r < 0.1 ? Level.HTXSNV : Level.HTTNV,
                (200 + Math.floorMod(unit.hashCode() + year, 700)) + "-QĐ/ĐU",
                LocalDate.of(year, 12, 5),
                body == CollectiveRatings.Body.PARTY_COMMITTEE
                    ? "Ban Thường vụ Tỉnh ủy"
                    : "Ban Thường vụ Đảng ủy xã"),
            actor);
      }
    }
  }

  /** A number in [0, 1) fixed by the seed and the keys. */
  static double unit(long seed, int year, long key, int salt) {
    long h = seed * 0x9E3779B97F4A7C15L + year * 1_000_003L + key * 31L + salt;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (h >>> 11) / (double) (1L << 53);
  }
}
