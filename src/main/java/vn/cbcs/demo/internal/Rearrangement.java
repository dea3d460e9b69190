package vn.cbcs.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.cbcs.positions.DecisionData;
import vn.cbcs.positions.DecisionKind;
import vn.cbcs.units.CrosswalkLink;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitLevel;

/**
 * A change of the map before 1-7-2025 on the day it took effect (NQ 855/NQ-UBTVQH14: 1-2-2020; NQ
 * 722/NQ-UBTVQH15: 10-4-2023): the staff of each commune the change ended are carried by one
 * decision of the provincial People's Committee into its successor (the one it went into whole,
 * else the first it went into in part) — into the same post where the successor has the seat, else
 * into a free seat of their kind (civil servant or elected cadre). Civil servants left over are
 * transferred to a free seat of their title elsewhere in the district, or leave their post as
 * surplus (dôi dư); cadres left over leave their post. Seats still free are filled later, as after
 * a retirement.
 */
final class Rearrangement {

  private final History history;

  Rearrangement(History history) {
    this.history = history;
  }

  /** The first day in (from, last] on which a commune in force ends before the reform. */
  LocalDate next(LocalDate from, LocalDate last) {
    return history.communes.stream()
        .map(c -> c.unit.validTo())
        .filter(Objects::nonNull)
        .filter(to -> !to.isBefore(from) && to.isBefore(last))
        .min(Comparator.naturalOrder())
        .map(to -> to.plusDays(1))
        .orElse(null);
  }

  void on(LocalDate day) {
    LocalDate lastDay = day.minusDays(1);
    List<History.Commune> ending =
        history.communes.stream().filter(c -> lastDay.equals(c.unit.validTo())).toList();
    Map<String, List<History.Commune>> bySuccessor = new LinkedHashMap<>();
    Set<String> successors = new TreeSet<>();
    for (History.Commune c : ending) {
      for (CrosswalkLink l : history.units.successors(c.unit)) {
        if (l.successor().level() == UnitLevel.COMMUNE) {
          successors.add(l.successor().code());
        }
      }
      String main = History.successor(history.units, c.unit);
      if (main != null) {
        bySuccessor.computeIfAbsent(main, k -> new ArrayList<>()).add(c);
      }
    }
    history.communes.removeAll(ending);
    List<History.Commune> made = new ArrayList<>();
    Map<History.Commune, List<History.Commune>> predecessors = new LinkedHashMap<>();
    for (String code : successors) {
      Unit unit = history.units.find(code, day).orElseThrow();
      List<History.Commune> from = new ArrayList<>(bySuccessor.getOrDefault(code, List.of()));
      // the commune whose code goes on comes first: its staff keep their seats first
      from.sort(Comparator.comparing(c -> !c.unit.code().equals(code)));
      History.Commune n = commune(unit, from, day);
      history.add(n);
      made.add(n);
      predecessors.put(n, from);
    }
    for (History.Commune n : made) {
      Unit province =
          history
              .units
              .find(n.district.parentCode(), day)
              .orElseThrow(); // the decision is the province's
      DecisionData decision =
          history.book.decision(
              "UBND " + province.fullName(), "QĐ-UBND", DecisionKind.TRANSFER, day);
      place(n, predecessors.get(n), day, decision);
    }
    for (History.Commune c : ending) {
      for (int i = 0; i < c.slots.size(); i++) {
        if (c.holders[i] != null) { // a commune with no successor on the map: the post ends
          c.holders[i].endAll(
              lastDay,
              history.book.decision(
                  "UBND " + c.district.fullName(), "QĐ-UBND", DecisionKind.END_OF_POST, lastDay));
          c.holders[i] = null;
        }
      }
    }
    for (History.Commune n : made) {
      fill(n, day);
    }
  }

  private History.Commune commune(Unit unit, List<History.Commune> from, LocalDate day) {
    Unit district = history.units.find(unit.parentCode(), day).orElseThrow();
    History.Commune main = from.isEmpty() ? null : from.get(0);
    int quota = from.stream().mapToInt(c -> History.quota(c.unitClass)).max().orElse(21);
    boolean chair = main != null ? main.secretaryChairsCouncil : history.r.nextDouble() < 0.4;
    List<String> slots = new ArrayList<>(Slots.of(unit.type().name(), quota, chair, 0, history.r));
    boolean police =
        from.stream()
            .anyMatch(
                c -> {
                  int i = c.slots.indexOf("TRUONG_CONG_AN_XA");
                  return i >= 0 && c.holders[i] != null;
                });
    if (!police) {
      slots.remove("TRUONG_CONG_AN_XA"); // regular police took over; no one is hired to it
    }
    History.Commune n = new History.Commune(unit, district, slots, chair);
    n.unitClass = History.unitClass(quota);
    n.extremelyDifficult = main != null ? main.extremelyDifficult : history.r.nextDouble() < 0.4;
    return n;
  }

  private record Candidate(PlannedPerson person, String position) {}

  private void place(
      History.Commune n, List<History.Commune> from, LocalDate day, DecisionData decision) {
    List<Candidate> candidates = new ArrayList<>();
    for (History.Commune c : from) {
      for (int i = 0; i < c.slots.size(); i++) {
        PlannedPerson h = c.holders[i];
        if (h != null && h.openPost() != null) {
          candidates.add(new Candidate(h, c.slots.get(i)));
        }
        c.holders[i] = null;
      }
    }
    // the same post, then any free seat of one's kind
    for (int i = 0; i < n.slots.size(); i++) {
      String seat = n.slots.get(i);
      take(n, i, day, decision, candidates, x -> same(x.position(), seat));
    }
    for (int i = 0; i < n.slots.size(); i++) {
      String seat = n.slots.get(i);
      if (!"TRUONG_CONG_AN_XA".equals(seat)) {
        take(n, i, day, decision, candidates, x -> Slots.cadre(x.position()) == Slots.cadre(seat));
      }
    }
    for (Candidate x : candidates) {
      History.Commune elsewhere = null;
      int seat = -1;
      if (!Slots.cadre(x.position())) {
        for (History.Commune c : history.communes) {
          int j = freeSeat(c, x.position());
          if (c != n && j >= 0 && c.district.code().equals(n.district.code())) {
            elsewhere = c;
            seat = j;
            break;
          }
        }
      }
      if (elsewhere != null) {
        x.person().endAll(day.minusDays(1), decision);
        history.give(x.person(), elsewhere, seat, day, decision);
      } else {
        x.person()
            .endAll(
                day.minusDays(1),
                history.book.decision(
                    "UBND " + n.district.fullName(),
                    "QĐ-UBND",
                    DecisionKind.END_OF_POST,
                    day.minusDays(1)));
      }
    }
  }

  private void take(
      History.Commune n,
      int i,
      LocalDate day,
      DecisionData decision,
      List<Candidate> candidates,
      java.util.function.Predicate<Candidate> fits) {
    if (n.holders[i] != null) {
      return;
    }
    for (Candidate x : candidates) {
      if (fits.test(x)) {
        candidates.remove(x);
        x.person().endAll(day.minusDays(1), decision);
        history.give(x.person(), n, i, day, decision);
        return;
      }
    }
  }

  /** Seats still free a few weeks after the change are filled as after a retirement. */
  private void fill(History.Commune n, LocalDate day) {
    for (int i = 0; i < n.slots.size(); i++) {
      String position = n.slots.get(i);
      if (n.holders[i] != null || "TRUONG_CONG_AN_XA".equals(position)) {
        continue;
      }
      LocalDate from = day.plusDays(1 + history.r.nextInt(60));
      PlannedPerson next =
          history.newPerson(
              Slots.cadre(position) ? PersonFactory.Kind.CADRE : PersonFactory.Kind.RECRUIT,
              position,
              from,
              n);
      history.give(next, n, i, from, history.startDecision(n, position, from));
    }
  }

  private static int freeSeat(History.Commune c, String position) {
    for (int j = 0; j < c.slots.size(); j++) {
      if (c.holders[j] == null && same(c.slots.get(j), position)) {
        return j;
      }
    }
    return -1;
  }

  /** The land title is one post whether the commune is a xã or a thị trấn / phường. */
  private static boolean same(String a, String b) {
    return a.equals(b) || (a.startsWith("DIA_CHINH_") && b.startsWith("DIA_CHINH_"));
  }
}
