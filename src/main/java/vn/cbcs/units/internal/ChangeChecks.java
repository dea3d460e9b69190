package vn.cbcs.units.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.TextRules;
import vn.cbcs.units.CrosswalkKind;
import vn.cbcs.units.CrosswalkLink;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitChange;
import vn.cbcs.units.UnitChangeDraft;
import vn.cbcs.units.UnitChangeKind;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.UnitType;
import vn.cbcs.units.Units;

/**
 * Turns a draft into a change the map can take, or says every reason it cannot, field by field: the
 * resolution and its dates, the units (taken from the map, or as written), the links, the shape of
 * the kind, and what the map already says (a successor that existed before, a predecessor that goes
 * on to the reform, a link or a change already on record).
 */
@Component
public class ChangeChecks {

  /** The official conversion table of 1-7-2025 is that day's change; no other is recorded on it. */
  public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  private final Units units;
  private final ChangeRows rows;
  private final JdbcClient jdbc;
  private final MapView database;

  ChangeChecks(Units units, ChangeRows rows, JdbcClient jdbc) {
    this.units = units;
    this.rows = rows;
    this.jdbc = jdbc;
    this.database = new Database();
  }

  /**
   * What the checks read of the map: the database as it is ({@link #check(UnitChangeDraft, boolean,
   * Long)}), or a {@link Snapshot} a shipped list of changes reads once.
   */
  public interface MapView {
    Optional<Unit> find(String code, LocalDate day);

    List<CrosswalkLink> successors(Unit unit);

    /** A link of these codes on this day is on record, other than one of change {@code except}. */
    boolean linkExists(UnitChange.Link l, LocalDate day, Long except);

    /** Another current change taking effect on the day and naming one of the codes. */
    Optional<SameDay> sameDay(Collection<String> codes, LocalDate day, Long except);
  }

  /** The change another one would meet on its day: its resolution and id. */
  public record SameDay(String resolutionNumber, long id) {}

  private final class Database implements MapView {
    @Override
    public Optional<Unit> find(String code, LocalDate day) {
      return units.find(code, day);
    }

    @Override
    public List<CrosswalkLink> successors(Unit unit) {
      return units.successors(unit);
    }

    @Override
    public boolean linkExists(UnitChange.Link l, LocalDate e, Long except) {
      return jdbc.sql(
              "SELECT x.change_id FROM unit_crosswalk x LEFT JOIN unit_change c ON c.id ="
                  + " x.change_id WHERE x.predecessor_code = ? AND x.successor_code = ? AND"
                  + " x.effective_date = ? AND (c.chain_id IS NULL OR c.chain_id <> ?)")
          .params(l.from(), l.to(), e, except == null ? -1L : except)
          .query((rs, i) -> rs.getObject(1) == null ? 0L : rs.getLong(1))
          .optional()
          .isPresent();
    }

    @Override
    public Optional<SameDay> sameDay(Collection<String> codes, LocalDate day, Long except) {
      return rows.sameDay(codes, day, except).map(c -> new SameDay(c.resolutionNumber(), c.id()));
    }
  }

  /**
   * The map as it is when a shipped list of changes starts, read in three queries: the list's
   * changes are all checked against the map before any is applied (the changes are applied together
   * at the end), so only the changes checked before one can differ from the database, and they are
   * told with {@link #recorded}. For new changes only ({@code except} null).
   */
  public Snapshot snapshot() {
    return new Snapshot();
  }

  public final class Snapshot implements MapView {
    private final Map<String, List<Unit>> versions = new HashMap<>();
    private final Set<String> links = new HashSet<>();
    private final List<Recorded> changes = new ArrayList<>();

    private record Recorded(long id, String resolutionNumber, LocalDate day, Set<String> codes) {}

    private Snapshot() {
      jdbc.sql("SELECT " + UnitRows.COLUMNS + " FROM unit u ORDER BY u.id")
          .query((rs, i) -> UnitRows.map(rs, 0))
          .list()
          .forEach(u -> versions.computeIfAbsent(u.code(), k -> new ArrayList<>()).add(u));
      jdbc.sql("SELECT predecessor_code, successor_code, effective_date FROM unit_crosswalk")
          .query(
              rs -> {
                links.add(key(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)));
              });
      rows.inForce(null, null).stream()
          .sorted(Comparator.comparing(UnitChange::effectiveDate).thenComparing(UnitChange::id))
          .forEach(
              c -> {
                Set<String> codes = new HashSet<>(c.codes());
                c.links().forEach(l -> codes.add(l.from()));
                c.links().forEach(l -> codes.add(l.to()));
                changes.add(new Recorded(c.id(), c.resolutionNumber(), c.effectiveDate(), codes));
              });
    }

    /** A change checked, to be written with this id: the next ones are checked against it. */
    public void recorded(ChangeSpec spec, long id) {
      Set<String> codes = new HashSet<>();
      spec.predecessors().forEach(p -> codes.add(p.code()));
      spec.successors().forEach(p -> codes.add(p.code()));
      spec.links().forEach(l -> codes.add(l.from()));
      spec.links().forEach(l -> codes.add(l.to()));
      changes.add(new Recorded(id, spec.resolutionNumber(), spec.effectiveDate(), codes));
    }

    @Override
    public Optional<Unit> find(String code, LocalDate day) {
      List<Unit> found =
          versions.getOrDefault(code, List.of()).stream()
              .filter(
                  u ->
                      (u.validFrom() == null || !u.validFrom().isAfter(day))
                          && (u.validTo() == null || !u.validTo().isBefore(day)))
              .toList();
      if (found.size() > 1) {
        throw new IncorrectResultSizeDataAccessException(1, found.size());
      }
      return found.stream().findFirst();
    }

    @Override
    public List<CrosswalkLink> successors(Unit unit) {
      return units.successors(unit);
    }

    @Override
    public boolean linkExists(UnitChange.Link l, LocalDate day, Long except) {
      requireNew(except);
      return links.contains(key(l.from(), l.to(), day));
    }

    @Override
    public Optional<SameDay> sameDay(Collection<String> codes, LocalDate day, Long except) {
      requireNew(except);
      return changes.stream()
          .filter(c -> c.day().equals(day))
          .filter(c -> codes.stream().anyMatch(c.codes()::contains))
          .findFirst()
          .map(c -> new SameDay(c.resolutionNumber(), c.id()));
    }

    private static void requireNew(Long except) {
      if (except != null) {
        throw new IllegalArgumentException("A snapshot checks new changes only");
      }
    }

    private static String key(String from, String to, LocalDate day) {
      return from + ">" + to + ">" + day;
    }
  }

  /** The effective date of a draft, or null when it is missing or unreadable (checked later). */
  public static LocalDate effectiveDate(UnitChangeDraft d) {
    try {
      return d.effectiveDate() == null || d.effectiveDate().isBlank()
          ? null
          : AsOf.parseLenient("effectiveDate", d.effectiveDate());
    } catch (BadRequestException e) {
      return null;
    }
  }

  /**
   * The units a draft names that the map can already place, each with the day it is named for
   * (predecessors the day before the effective date, successors that date): what the actor's ground
   * must cover. A unit the map does not have is placed by its parent.
   */
  public List<Map.Entry<Unit, LocalDate>> placed(UnitChangeDraft d) {
    LocalDate e = effectiveDate(d);
    List<Map.Entry<Unit, LocalDate>> out = new ArrayList<>();
    if (e == null) {
      return out;
    }
    for (boolean pred : new boolean[] {true, false}) {
      LocalDate day = pred ? e.minusDays(1) : e;
      for (UnitChangeDraft.PartDraft p : pred ? d.predecessors() : d.successors()) {
        String code = strip(p.code());
        Optional<Unit> u = code.matches("\\d{2,5}") ? units.find(code, day) : Optional.empty();
        if (u.isEmpty() && p.parentCode() != null && strip(p.parentCode()).matches("\\d{2,5}")) {
          u = units.find(strip(p.parentCode()), day);
        }
        u.ifPresent(unit -> out.add(Map.entry(unit, day)));
      }
    }
    return out;
  }

  /**
   * @param recordedByUser a user's record needs the resolution's date (a dataset's may lack it)
   * @param except the change being corrected (its own links and day are not a conflict)
   */
  public ChangeSpec check(UnitChangeDraft d, boolean recordedByUser, Long except) {
    return check(d, recordedByUser, except, database);
  }

  /** {@link #check(UnitChangeDraft, boolean, Long)} against a view of the map. */
  public ChangeSpec check(UnitChangeDraft d, boolean recordedByUser, Long except, MapView map) {
    List<FieldError> errors = new ArrayList<>();
    String number = strip(d.resolutionNumber());
    if (number.isEmpty() || number.length() > 100) {
      errors.add(new FieldError("resolutionNumber", "unit.change.error.number"));
    }
    TextRules.check(errors, "resolutionNumber", number);
    String issuer = strip(d.issuer());
    if (issuer.length() > 200) {
      errors.add(new FieldError("issuer", "unit.change.error.issuer"));
    }
    TextRules.check(errors, "issuer", issuer);
    LocalDate signed = date(errors, "resolutionDate", d.resolutionDate(), recordedByUser);
    LocalDate e = date(errors, "effectiveDate", d.effectiveDate(), true);
    if (signed != null && e != null && signed.isAfter(e)) {
      errors.add(new FieldError("resolutionDate", "unit.change.error.signedAfter"));
    }
    if (REFORM.equals(e)) {
      errors.add(new FieldError("effectiveDate", "unit.change.error.reform"));
    }
    UnitChangeKind kind = null;
    try {
      kind = UnitChangeKind.valueOf(strip(d.kind()).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      errors.add(new FieldError("kind", "unit.change.error.kind"));
    }
    String note = d.note() == null ? "" : d.note().strip();
    if (note.length() > 4000) {
      errors.add(new FieldError("note", "unit.change.error.note"));
    }
    TextRules.checkMultiLine(errors, "note", note);
    String reason = d.reason() == null ? null : d.reason().strip();
    if (reason != null && reason.length() > 1000) {
      errors.add(new FieldError("reason", "unit.change.error.reason"));
    }
    TextRules.checkMultiLine(errors, "reason", reason);
    if (e == null || REFORM.equals(e)) {
      InvalidInputException.throwIfAny(errors);
    }
    List<FieldError> partErrors = new ArrayList<>();
    Map<String, UnitChange.Part> preds =
        parts(map, partErrors, "predecessors", d.predecessors(), e.minusDays(1));
    Map<String, UnitChange.Part> succs = parts(map, partErrors, "successors", d.successors(), e);
    errors.addAll(partErrors);
    List<UnitChange.Link> links = List.of();
    if (partErrors.isEmpty()) {
      // the links and the shape are checked on the units read, whatever else is wrong
      links = links(errors, d, preds, succs);
      if (kind != null) {
        shape(errors, kind, preds, succs);
      }
    }
    InvalidInputException.throwIfAny(errors);
    againstTheMap(map, errors, e, preds, succs, links, except);
    InvalidInputException.throwIfAny(errors);
    return new ChangeSpec(
        number,
        issuer.isEmpty() ? null : issuer,
        signed,
        e,
        kind,
        note,
        reason == null || reason.isEmpty() ? null : reason,
        false,
        List.copyOf(preds.values()),
        List.copyOf(succs.values()),
        links);
  }

  private static LocalDate date(List<FieldError> errors, String field, String v, boolean need) {
    if (v == null || v.isBlank()) {
      if (need) {
        errors.add(new FieldError(field, "unit.change.error.dateRequired"));
      }
      return null;
    }
    try {
      return AsOf.parseLenient(field, v);
    } catch (BadRequestException ex) {
      errors.add(new FieldError(field, ex.messageKey(), ex.args()));
      return null;
    }
  }

  /** Each unit of a side, from the map (code alone) or as written, named for {@code day}. */
  private static Map<String, UnitChange.Part> parts(
      MapView map,
      List<FieldError> errors,
      String field,
      List<UnitChangeDraft.PartDraft> drafts,
      LocalDate day) {
    Map<String, UnitChange.Part> out = new LinkedHashMap<>();
    if (drafts.isEmpty()) {
      errors.add(new FieldError(field, "unit.change.error.noUnits"));
      return out;
    }
    for (UnitChangeDraft.PartDraft p : drafts) {
      String code = strip(p.code());
      if (!code.matches("\\d{2,5}")) {
        errors.add(new FieldError(field, "unit.change.error.code", code));
        continue;
      }
      if (out.containsKey(code)) {
        errors.add(new FieldError(field, "unit.change.error.twice", code));
        continue;
      }
      Optional<Unit> onMap = map.find(code, day);
      String fullName = UnitNames.clean(p.fullName());
      if (fullName.isEmpty()) {
        if (onMap.isEmpty()) {
          errors.add(new FieldError(field, "unit.change.error.notOnMap", code, day));
          continue;
        }
        Unit u = onMap.get();
        out.put(
            code,
            new UnitChange.Part(
                code,
                u.type(),
                u.name(),
                u.fullName(),
                u.nameEn(),
                u.fullNameEn(),
                u.parentCode()));
        continue;
      }
      TextRules.check(errors, field, fullName);
      String parentCode = strip(p.parentCode());
      if (parentCode.isEmpty() && onMap.isPresent()) {
        parentCode = onMap.get().parentCode();
      }
      Optional<Unit> parent =
          parentCode.matches("\\d{2,5}") ? map.find(parentCode, day) : Optional.empty();
      if (parent.isEmpty()) {
        errors.add(new FieldError(field, "unit.change.error.parent", code, parentCode, day));
        continue;
      }
      Optional<UnitType> type =
          UnitNames.typeOf(fullName, parent.get().type() == UnitType.THANH_PHO_TRUC_THUOC_TW);
      if (type.isEmpty()) {
        errors.add(new FieldError(field, "unit.change.error.typeWord", fullName));
        continue;
      }
      UnitLevel level = type.get().level();
      UnitLevel parentLevel = parent.get().level();
      boolean fits =
          (level == UnitLevel.COMMUNE && parentLevel == UnitLevel.DISTRICT)
              || (level == UnitLevel.DISTRICT && parentLevel == UnitLevel.PROVINCE)
              || (level == UnitLevel.COMMUNE
                  && parentLevel == UnitLevel.PROVINCE
                  && !day.isBefore(REFORM));
      if (!fits) {
        errors.add(new FieldError(field, "unit.change.error.parentLevel", fullName, parentCode));
        continue;
      }
      String name = UnitNames.shortName(fullName);
      boolean sameAsMap =
          onMap.isPresent()
              && onMap.get().type() == type.get()
              && UnitNames.loose(onMap.get().fullName()).equals(UnitNames.loose(fullName));
      out.put(
          code,
          new UnitChange.Part(
              code,
              type.get(),
              name,
              fullName,
              sameAsMap ? onMap.get().nameEn() : UnitNames.english(name),
              sameAsMap ? onMap.get().fullNameEn() : UnitNames.englishFull(name, type.get()),
              parentCode));
    }
    return out;
  }

  private static List<UnitChange.Link> links(
      List<FieldError> errors,
      UnitChangeDraft d,
      Map<String, UnitChange.Part> preds,
      Map<String, UnitChange.Part> succs) {
    List<UnitChange.Link> links = new ArrayList<>();
    if (d.links().isEmpty()) {
      if (succs.size() != 1) {
        errors.add(new FieldError("links", "unit.change.error.linksNeeded"));
        return links;
      }
      String to = succs.keySet().iterator().next();
      preds.keySet().forEach(p -> links.add(new UnitChange.Link(p, to, CrosswalkKind.FULL, null)));
      return links;
    }
    Set<String> pairs = new HashSet<>();
    for (UnitChangeDraft.LinkDraft l : d.links()) {
      String from = strip(l.from());
      String to = strip(l.to());
      if (!preds.containsKey(from)) {
        errors.add(new FieldError("links", "unit.change.error.linkFrom", from));
        continue;
      }
      if (!succs.containsKey(to)) {
        errors.add(new FieldError("links", "unit.change.error.linkTo", to));
        continue;
      }
      CrosswalkKind kind = linkKind(l.kind());
      if (kind == null) {
        errors.add(new FieldError("links", "unit.change.error.linkKind", from, to));
        continue;
      }
      if (!pairs.add(from + ">" + to)) {
        errors.add(new FieldError("links", "unit.change.error.linkTwice", from, to));
        continue;
      }
      String note = l.note() == null || l.note().isBlank() ? null : l.note().strip();
      if (note != null && note.length() > 500) {
        errors.add(new FieldError("links", "unit.change.error.note"));
        continue;
      }
      TextRules.check(errors, "links", note);
      links.add(new UnitChange.Link(from, to, kind, note));
    }
    Map<String, List<UnitChange.Link>> byFrom = new HashMap<>();
    links.forEach(l -> byFrom.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l));
    for (String p : preds.keySet()) {
      List<UnitChange.Link> out = byFrom.getOrDefault(p, List.of());
      if (out.isEmpty()) {
        errors.add(new FieldError("links", "unit.change.error.predecessorUnlinked", p));
      } else if (out.size() > 1 && out.stream().anyMatch(l -> l.kind() == CrosswalkKind.FULL)) {
        // all of a unit cannot go to one successor and part of it to another
        errors.add(new FieldError("links", "unit.change.error.fullAndMore", p));
      }
    }
    for (String s : succs.keySet()) {
      if (links.stream().noneMatch(l -> l.to().equals(s))) {
        errors.add(new FieldError("links", "unit.change.error.successorUnlinked", s));
      }
    }
    return links;
  }

  /** FULL / PARTIAL, or the Vietnamese words of the official table. */
  public static CrosswalkKind linkKind(String v) {
    String k =
        v == null || v.isBlank()
            ? "full"
            : UnitNames.english(v).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return switch (k) {
      case "full", "nhaptoanbo", "toanbo" -> CrosswalkKind.FULL;
      case "partial", "nhapmotphan", "motphan", "phanconlai" -> CrosswalkKind.PARTIAL;
      default -> null;
    };
  }

  private static void shape(
      List<FieldError> errors,
      UnitChangeKind kind,
      Map<String, UnitChange.Part> preds,
      Map<String, UnitChange.Part> succs) {
    Set<UnitLevel> levels = new HashSet<>();
    preds.values().forEach(p -> levels.add(p.type().level()));
    succs.values().forEach(p -> levels.add(p.type().level()));
    if (levels.size() > 1) {
      errors.add(new FieldError("successors", "unit.change.error.levels"));
      return;
    }
    boolean sameUnit =
        preds.size() == 1 && succs.size() == 1 && preds.keySet().equals(succs.keySet());
    switch (kind) {
      case RENAMED, RECLASSIFIED -> {
        if (!sameUnit) {
          errors.add(new FieldError("kind", "unit.change.error.sameUnit"));
        }
      }
      case MERGED -> {
        if (preds.size() < 2) {
          errors.add(new FieldError("kind", "unit.change.error.merged"));
        }
      }
      case SPLIT -> {
        if (succs.size() < 2) {
          errors.add(new FieldError("kind", "unit.change.error.split"));
        }
      }
      case ESTABLISHED -> {
        if (preds.keySet().containsAll(succs.keySet())) {
          errors.add(new FieldError("kind", "unit.change.error.established"));
        }
      }
      case ADJUSTED -> {}
    }
    if (levels.contains(UnitLevel.DISTRICT)
        && kind != UnitChangeKind.RENAMED
        && kind != UnitChangeKind.RECLASSIFIED) {
      errors.add(new FieldError("kind", "unit.change.error.districtKinds"));
    }
  }

  /** What the map already says about these units on these days. */
  private static void againstTheMap(
      MapView map,
      List<FieldError> errors,
      LocalDate e,
      Map<String, UnitChange.Part> preds,
      Map<String, UnitChange.Part> succs,
      List<UnitChange.Link> links,
      Long except) {
    LocalDate before = e.minusDays(1);
    for (String s : succs.keySet()) {
      if (preds.containsKey(s)) {
        continue;
      }
      Optional<Unit> w = map.find(s, e);
      if (w.isPresent() && w.get().validFrom() != null && w.get().validFrom().isBefore(e)) {
        errors.add(
            new FieldError(
                "successors",
                "unit.change.error.successorExisted",
                w.get().fullName(),
                w.get().validFrom()));
      } else if (w.isEmpty() && e.isBefore(REFORM)) {
        errors.add(new FieldError("successors", "unit.change.error.successorNotOnMap", s, e));
      }
    }
    for (String p : preds.keySet()) {
      if (succs.containsKey(p)) {
        continue;
      }
      Optional<Unit> v = map.find(p, before);
      if (v.isPresent() && v.get().validTo() != null && v.get().validTo().isAfter(before)) {
        List<CrosswalkLink> later = map.successors(v.get());
        if (!later.isEmpty()) {
          errors.add(
              new FieldError(
                  "predecessors",
                  "unit.change.error.predecessorGoesOn",
                  v.get().fullName(),
                  later.get(0).effectiveDate()));
        }
      }
    }
    for (UnitChange.Link l : links) {
      if (map.linkExists(l, e, except)) {
        errors.add(new FieldError("links", "unit.change.error.linkExists", l.from(), l.to(), e));
      }
    }
    Set<String> codes = new HashSet<>(preds.keySet());
    codes.addAll(succs.keySet());
    map.sameDay(codes, e, except)
        .ifPresent(
            c ->
                errors.add(
                    new FieldError(
                        "effectiveDate",
                        "unit.change.error.sameDay",
                        c.resolutionNumber(),
                        c.id())));
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
