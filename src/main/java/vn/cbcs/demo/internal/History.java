package vn.cbcs.demo.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import vn.cbcs.demo.DemoSettings;
import vn.cbcs.positions.DecisionData;
import vn.cbcs.positions.DecisionKind;
import vn.cbcs.units.CrosswalkKind;
import vn.cbcs.units.CrosswalkLink;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.Units;

/**
 * The simulated history of the corps of some provinces: staffed communes on the first day, then
 * year by year retirements with replacements, Party congresses and council elections with turnover,
 * the end of commune police chiefs, transfers between communes of a district and in-service
 * training; on the day a change of the map took effect before 2025 (NQ 855/NQ-UBTVQH14 on 1-2-2020)
 * the staff of the communes it changed are carried into their successors ({@link Rearrangement});
 * on 1-7-2025 everyone in post is carried by a transfer decision into the successor commune ({@link
 * NewPosts}), and the history goes on to the last day.
 */
final class History {

  static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  /** A commune of before the reform, with its posts and who holds them. */
  static final class Commune {
    final Unit unit;
    final Unit district;
    final List<String> slots;
    final PlannedPerson[] holders;
    final boolean secretaryChairsCouncil;
    String unitClass;
    boolean extremelyDifficult;

    Commune(Unit unit, Unit district, List<String> slots, boolean secretaryChairsCouncil) {
      this.unit = unit;
      this.district = district;
      this.slots = slots;
      this.holders = new PlannedPerson[slots.size()];
      this.secretaryChairsCouncil = secretaryChairsCouncil;
    }
  }

  final List<PlannedPerson> people = new ArrayList<>();
  final Units units;
  private final DemoSettings settings;
  final Random r;
  private final PersonFactory factory;
  final DecisionBook book;

  /** The communes in force now, as the history runs. */
  final List<Commune> communes = new ArrayList<>();

  /** Every commune version the history staffed, for the facts it assumed. */
  private final List<Commune> all = new ArrayList<>();

  private final LocalDate lastOld;
  private final Rearrangement rearrangement;

  History(Units units, DemoSettings settings, NamePool names, int firstSerial) {
    this.units = units;
    this.settings = settings;
    this.r = new Random(settings.seed());
    this.factory = new PersonFactory(names, r, settings.family(), firstSerial);
    this.book = new DecisionBook(r, names);
    LocalDate dayBefore = REFORM.minusDays(1);
    this.lastOld = settings.end().isBefore(dayBefore) ? settings.end() : dayBefore;
    this.rearrangement = new Rearrangement(this);
  }

  void run() {
    LocalDate start = settings.start();
    for (String province : settings.provinces()) {
      for (Unit district : units.children(province, start)) {
        for (Unit commune : units.children(district.code(), start)) {
          if (commune.level() == UnitLevel.COMMUNE) {
            staff(commune, district, start);
          }
        }
      }
    }
    for (int year = start.getYear(); year <= lastOld.getYear(); year++) {
      yearBeforeReform(year);
    }
    if (!settings.end().isBefore(REFORM)) {
      new Reorganisation(this, units, r, factory, book).carryOver(communes, REFORM, settings.end());
    }
  }

  private void staff(Unit commune, Unit district, LocalDate start) {
    int quota = new int[] {23, 21, 19}[r.nextInt(3)];
    boolean concurrentChair = r.nextDouble() < 0.4;
    List<String> slots =
        Slots.of(
            commune.type().name(),
            quota,
            concurrentChair,
            r.nextInt(settings.staffShortfall() + 1),
            r);
    Commune c = new Commune(commune, district, slots, concurrentChair);
    c.unitClass = unitClass(quota);
    c.extremelyDifficult = r.nextDouble() < 0.4;
    add(c);
    for (int i = 0; i < slots.size(); i++) {
      String position = slots.get(i);
      PlannedPerson p = newPerson(PersonFactory.Kind.INITIAL, position, start, c);
      LocalDate from = start.minusDays(r.nextInt(5 * 365));
      LocalDate adult = p.birthDate().plusYears(22);
      from = from.isBefore(adult) ? adult : from;
      give(p, c, i, from, startDecision(c, position, from));
    }
  }

  static String unitClass(int quota) {
    return quota == 23 ? "LOAI_I" : quota == 21 ? "LOAI_II" : "LOAI_III";
  }

  static int quota(String unitClass) {
    return "LOAI_I".equals(unitClass) ? 23 : "LOAI_II".equals(unitClass) ? 21 : 19;
  }

  void add(Commune c) {
    communes.add(c);
    all.add(c);
  }

  PlannedPerson newPerson(PersonFactory.Kind kind, String position, LocalDate hired, Commune c) {
    PlannedPerson p =
        factory.make(
            kind, position, hired, c.unit.provinceCode(), c.unit.code(), c.unit.fullName());
    people.add(p);
    return p;
  }

  void give(PlannedPerson p, Commune c, int slot, LocalDate from, DecisionData decision) {
    String position = c.slots.get(slot);
    p.posts.add(new PlannedPerson.Post(c.unit.code(), position, false, from, decision));
    if (c.secretaryChairsCouncil && "BI_THU_DANG_UY_XA".equals(position)) {
      p.posts.add(
          new PlannedPerson.Post(
              c.unit.code(),
              "CHU_TICH_HDND_XA",
              true,
              from,
              book.decision(
                  "HĐND " + c.unit.fullName(), "NQ-HĐND", DecisionKind.CONCURRENT, from)));
    }
    c.holders[slot] = p;
  }

  DecisionData startDecision(Commune c, String position, LocalDate from) {
    String district = c.district.fullName();
    if (Slots.PARTY.contains(position)) {
      return book.decision(
          "Ban Thường vụ "
              + district
                  .replace("Huyện", "Huyện ủy")
                  .replace("Thành phố", "Thành ủy")
                  .replace("Thị xã", "Thị ủy"),
          "QĐ-HU",
          DecisionKind.ELECTION,
          from);
    }
    if (Slots.COUNCIL.contains(position)) {
      return book.decision("HĐND " + c.unit.fullName(), "NQ-HĐND", DecisionKind.ELECTION, from);
    }
    if (Slots.MASS.contains(position)) {
      return book.decision("Ủy ban MTTQ " + district, "QĐ-MTTQ", DecisionKind.ELECTION, from);
    }
    return book.decision("UBND " + district, "QĐ-UBND", DecisionKind.RECRUITMENT, from);
  }

  /** Something that happens to a commune on a day; a year's events run in date order. */
  private record Event(LocalDate day, Runnable action) {}

  private void yearBeforeReform(int year) {
    LocalDate first =
        LocalDate.of(year, 1, 1).isBefore(settings.start())
            ? settings.start()
            : LocalDate.of(year, 1, 1);
    LocalDate last =
        LocalDate.of(year, 12, 31).isAfter(lastOld) ? lastOld : LocalDate.of(year, 12, 31);
    LocalDate from = first;
    for (LocalDate day = rearrangement.next(from, last);
        day != null;
        day = rearrangement.next(from, last)) {
      period(year, from, day.minusDays(1));
      rearrangement.on(day);
      from = day;
    }
    period(year, from, last);
  }

  /** The events of the communes in force from {@code from} to {@code to}, within one year. */
  private void period(int year, LocalDate from, LocalDate to) {
    for (Commune c : List.copyOf(communes)) {
      List<Event> events = new ArrayList<>();
      for (int i = 0; i < c.slots.size(); i++) {
        PlannedPerson h = c.holders[i];
        int slot = i;
        if (h != null && !h.retirement.isBefore(from) && !h.retirement.isAfter(to)) {
          events.add(
              new Event(
                  h.retirement,
                  () -> {
                    if (c.holders[slot] == h) { // not replaced earlier in the year
                      replace(
                          c,
                          slot,
                          h.retirement,
                          DecisionKind.RETIREMENT,
                          PersonFactory.Kind.RECRUIT);
                    }
                  }));
        }
      }
      turnover(events, c, from, to, LocalDate.of(2020, Month.AUGUST, 20), Slots.PARTY);
      turnover(events, c, from, to, LocalDate.of(2021, Month.JUNE, 28), Slots.COUNCIL);
      turnover(events, c, from, to, LocalDate.of(2019, Month.OCTOBER, 10), Slots.MASS);
      turnover(events, c, from, to, LocalDate.of(2024, Month.OCTOBER, 10), Slots.MASS);
      policeChiefLeaves(events, c, year, from, to);
      events.sort(Comparator.comparing(Event::day));
      events.forEach(e -> e.action().run());
    }
    LocalDate transfers = LocalDate.of(year, 9, 1);
    if (!transfers.isBefore(from) && !transfers.isAfter(to)) {
      transfersWithinDistricts(transfers);
    }
    LocalDate training = LocalDate.of(year, 11, 15);
    if (!training.isBefore(from) && !training.isAfter(to)) {
      train(training);
    }
  }

  /** Ends the holder's posts on {@code lastDay} and fills the seat from a day or weeks later. */
  private void replace(
      Commune c, int slot, LocalDate lastDay, DecisionKind why, PersonFactory.Kind kind) {
    PlannedPerson h = c.holders[slot];
    String position = c.slots.get(slot);
    String issuer =
        Slots.cadre(position) ? "HĐND " + c.unit.fullName() : "UBND " + c.district.fullName();
    h.endAll(lastDay, book.decision(issuer, "QĐ-UBND", why, lastDay));
    c.holders[slot] = null;
    LocalDate from = lastDay.plusDays(1 + r.nextInt(why == DecisionKind.RETIREMENT ? 60 : 1));
    if (from.isAfter(lastOld) || (c.unit.validTo() != null && from.isAfter(c.unit.validTo()))) {
      return; // the commune ends first: its successor fills the seat
    }
    PlannedPerson next =
        newPerson(Slots.cadre(position) ? PersonFactory.Kind.CADRE : kind, position, from, c);
    give(next, c, slot, from, startDecision(c, position, from));
  }

  /** A congress or election: about a third of the posts change holder. */
  private void turnover(
      List<Event> events,
      Commune c,
      LocalDate from,
      LocalDate to,
      LocalDate date,
      java.util.Set<String> posts) {
    if (date.isBefore(from) || date.isAfter(to) || date.isBefore(settings.start())) {
      return;
    }
    events.add(
        new Event(
            date,
            () -> {
              for (int i = 0; i < c.slots.size(); i++) {
                PlannedPerson h = c.holders[i];
                boolean inPost =
                    h != null && h.openPost() != null && h.openPost().from.isBefore(date);
                if (posts.contains(c.slots.get(i)) && inPost && r.nextDouble() < 0.35) {
                  replace(
                      c, i, date.minusDays(1), DecisionKind.END_OF_POST, PersonFactory.Kind.CADRE);
                }
              }
            }));
  }

  /** Regular police took over; the title ended (no longer a commune civil servant, NĐ 33/2023). */
  private void policeChiefLeaves(
      List<Event> events, Commune c, int year, LocalDate from, LocalDate to) {
    int i = c.slots.indexOf("TRUONG_CONG_AN_XA");
    if (i < 0 || (year != 2019 && year != 2020) || (year == 2019 && r.nextBoolean())) {
      return;
    }
    LocalDate day = LocalDate.of(year, 6 + r.nextInt(6), 1 + r.nextInt(28));
    if (day.isBefore(settings.start()) || day.isBefore(from) || day.isAfter(to)) {
      return;
    }
    events.add(
        new Event(
            day,
            () -> {
              if (c.holders[i] != null) {
                c.holders[i].endAll(
                    day,
                    book.decision(
                        "UBND " + c.district.fullName(), "QĐ-UBND", DecisionKind.END_OF_POST, day));
                c.holders[i] = null;
              }
            }));
  }

  /** About 2% of civil servants a year change commune within their district (điều động). */
  private void transfersWithinDistricts(LocalDate day) {
    if (day.isBefore(settings.start())) {
      return;
    }
    for (int n = 0; n < communes.size() / 5; n++) {
      Commune a = communes.get(r.nextInt(communes.size()));
      int i = r.nextInt(a.slots.size());
      if (Slots.cadre(a.slots.get(i)) || a.holders[i] == null) {
        continue;
      }
      Commune b =
          communes.stream()
              .filter(x -> x != a && x.district.code().equals(a.district.code()))
              .skip(r.nextInt(8))
              .findFirst()
              .orElse(null);
      int j = b == null ? -1 : b.slots.indexOf(a.slots.get(i));
      if (j < 0 || b.holders[j] == null) {
        continue;
      }
      PlannedPerson x = a.holders[i];
      PlannedPerson y = b.holders[j];
      if (x.retirement.isBefore(day.plusMonths(1))
          || y.retirement.isBefore(day.plusMonths(1))
          || !x.openPost().from.isBefore(day)
          || !y.openPost().from.isBefore(day)) {
        continue;
      }
      DecisionData d =
          book.decision("UBND " + a.district.fullName(), "QĐ-UBND", DecisionKind.TRANSFER, day);
      x.endAll(day.minusDays(1), d);
      y.endAll(day.minusDays(1), d);
      a.holders[i] = null;
      b.holders[j] = null;
      give(y, a, i, day, d);
      give(x, b, j, day, d);
    }
  }

  void train(LocalDate day) {
    for (PlannedPerson p : people) {
      PlannedPerson.Post post = p.openPost();
      if (post != null && !post.from.isAfter(day)) {
        Qualifying.yearOfTraining(
            p,
            Slots.cadre(post.position) || !post.position.startsWith("VTVL_"),
            day.plusDays(r.nextInt(30)),
            r);
      }
    }
  }

  /** Every commune version staffed, in the order the history met them. */
  List<Commune> allCommunes() {
    return all;
  }

  static Comparator<PlannedPerson> bySeniority() {
    return Comparator.comparingInt(p -> NewPosts.seniority(p.openPost().position));
  }

  /** The successor commune of an old commune: a whole merger first, else the first part. */
  static String successor(Units units, Unit old) {
    List<CrosswalkLink> links = units.successors(old);
    return links.stream()
        .filter(l -> l.successor().level() == UnitLevel.COMMUNE)
        .sorted(Comparator.comparing(l -> l.kind() == CrosswalkKind.PARTIAL))
        .map(l -> l.successor().code())
        .findFirst()
        .orElse(null);
  }
}
