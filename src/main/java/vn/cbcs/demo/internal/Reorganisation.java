package vn.cbcs.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.cbcs.positions.DecisionData;
import vn.cbcs.positions.DecisionKind;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * 1 July 2025: the staff of each old commune in post on 30 June are carried by one transfer
 * decision of the provincial People's Committee into the new commune that succeeded it, on the
 * posts of the two-level structure; then retirements go on (leaders replaced, about half of the
 * other seats refilled, as staff is being reduced) to the last day.
 */
final class Reorganisation {

  private record NewCommune(Unit unit, NewPosts seats, List<PlannedPerson> staff) {}

  private final History history;
  private final Units units;
  private final Random r;
  private final PersonFactory factory;
  private final DecisionBook book;

  Reorganisation(History history, Units units, Random r, PersonFactory factory, DecisionBook book) {
    this.history = history;
    this.units = units;
    this.r = r;
    this.factory = factory;
    this.book = book;
  }

  /**
   * The successor commune in force on the reform day: a successor that itself ended before it (a
   * commune merged again before 1-7-2025 whose staff were not all carried) is followed to its own.
   */
  private String successorOn(Unit old, LocalDate day) {
    Unit u = old;
    for (int step = 0; step < 5; step++) {
      String code = History.successor(units, u);
      if (code == null) {
        return null;
      }
      if (units.find(code, day).isPresent()) {
        return code;
      }
      java.util.Optional<Unit> next = units.nearest(code, day);
      if (next.isEmpty()) {
        return null;
      }
      u = next.get();
    }
    return null;
  }

  void carryOver(List<History.Commune> old, LocalDate reform, LocalDate end) {
    Map<String, List<PlannedPerson>> bySuccessor = new LinkedHashMap<>();
    for (History.Commune c : old) {
      String successor = successorOn(c.unit, reform);
      if (successor == null) {
        continue;
      }
      for (PlannedPerson h : c.holders) {
        if (h != null && h.openPost() != null) {
          bySuccessor.computeIfAbsent(successor, k -> new ArrayList<>()).add(h);
        }
      }
    }
    List<NewCommune> communes = new ArrayList<>();
    for (var e : bySuccessor.entrySet()) {
      Unit unit = units.find(e.getKey(), reform).orElseThrow();
      Unit province = units.find(unit.parentCode(), reform).orElseThrow();
      DecisionData decision =
          book.decision("UBND " + province.fullName(), "QĐ-UBND", DecisionKind.TRANSFER, reform);
      NewPosts seats = new NewPosts(unit.type().name());
      List<PlannedPerson> staff = new ArrayList<>(e.getValue());
      java.util.Collections.shuffle(staff, r);
      staff.sort(History.bySeniority());
      for (PlannedPerson h : staff) {
        String oldPost = h.openPost().position;
        h.endAll(reform.minusDays(1), decision);
        h.posts.add(
            new PlannedPerson.Post(unit.code(), seats.place(oldPost), false, reform, decision));
      }
      communes.add(new NewCommune(unit, seats, staff));
    }
    for (int year = reform.getYear(); year <= end.getYear(); year++) {
      LocalDate first = year == reform.getYear() ? reform : LocalDate.of(year, 1, 1);
      LocalDate last = LocalDate.of(year, 12, 31).isAfter(end) ? end : LocalDate.of(year, 12, 31);
      for (NewCommune c : communes) {
        retirements(c, first, last, end);
      }
      LocalDate training = LocalDate.of(year, 11, 15);
      if (!training.isAfter(end)) {
        history.train(training);
      }
    }
  }

  private void retirements(NewCommune c, LocalDate first, LocalDate last, LocalDate end) {
    for (PlannedPerson h : new ArrayList<>(c.staff())) {
      PlannedPerson.Post post = h.openPost();
      if (post == null || h.retirement.isBefore(first) || h.retirement.isAfter(last)) {
        continue;
      }
      h.endAll(
          h.retirement,
          book.decision(
              "UBND " + c.unit().fullName(), "QĐ-UBND", DecisionKind.RETIREMENT, h.retirement));
      c.seats().release(post.position);
      boolean leader = !post.position.startsWith("VTVL_");
      LocalDate from = h.retirement.plusDays(1 + r.nextInt(60));
      if (from.isAfter(end) || (!leader && r.nextDouble() < 0.5)) {
        continue;
      }
      PersonFactory.Kind kind = leader ? PersonFactory.Kind.CADRE : PersonFactory.Kind.RECRUIT;
      PlannedPerson next =
          factory.make(
              kind,
              post.position,
              from,
              c.unit().provinceCode(),
              c.unit().code(),
              c.unit().fullName());
      history.people.add(next);
      DecisionKind how = leader ? DecisionKind.APPOINTMENT : DecisionKind.RECRUITMENT;
      String position = leader ? c.seats().place(samePost(post.position)) : post.position;
      next.posts.add(
          new PlannedPerson.Post(
              c.unit().code(),
              position,
              false,
              from,
              book.decision("UBND " + c.unit().fullName(), "QĐ-UBND", how, from)));
      c.staff().add(next);
    }
  }

  /**
   * An old post whose first choice is {@code newPost}, so that a vacated seat is refilled as such.
   */
  private static String samePost(String newPost) {
    return switch (newPost) {
      case "BI_THU_DANG_UY" -> "BI_THU_DANG_UY_XA";
      case "CHU_TICH_UBND" -> "CHU_TICH_UBND_XA";
      case "CHU_TICH_HDND" -> "CHU_TICH_HDND_XA";
      case "PHO_CHU_TICH_UBND" -> "PHO_CHU_TICH_UBND_XA";
      case "CHU_TICH_UBMTTQ" -> "CHU_TICH_MTTQ_XA";
      default -> "PHO_CHU_TICH_UBND_XA";
    };
  }
}
