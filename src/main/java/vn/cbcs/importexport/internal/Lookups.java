package vn.cbcs.importexport.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import vn.cbcs.people.CatalogueEntry;
import vn.cbcs.people.People;
import vn.cbcs.positions.DecisionKind;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.qualifications.Track;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.UnitSearchHit;
import vn.cbcs.units.Units;

/**
 * The code lists an import reads values against, loaded once per import, and the unit look-ups
 * remembered for the rest of the file. Values are matched as people write them: a code, "code –
 * name" as the templates' lists show, or the name (diacritics and case aside), and levels by their
 * catalogue aliases ("ĐH", "Cử nhân" → Đại học).
 */
public final class Lookups {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final Pattern CODE_DASH = Pattern.compile("^\\s*([A-Za-z0-9_]+)\\s*[–—-]\\s*.*$");

  private final Units units;
  private final PositionCatalogue positions;
  private final Map<String, String> ethnicities = new HashMap<>();
  private final Map<String, String> religions = new HashMap<>();
  private final Map<Track, Map<String, QualificationLevel>> levels = new HashMap<>();
  private final Map<String, Track> tracks = new HashMap<>();
  private final Map<String, DecisionKind> kinds = new HashMap<>();
  private final Map<String, Optional<Unit>> unitCache = new HashMap<>();
  private final Map<String, List<UnitSearchHit>> unitNames = new HashMap<>();
  private final Map<String, Optional<Position>> positionCache = new HashMap<>();
  private final List<Position> allPositions;

  public Lookups(
      People people,
      Qualifications qualifications,
      PositionCatalogue positions,
      Units units,
      MessageSource messages) {
    this.units = units;
    this.positions = positions;
    index(people.ethnicities(), ethnicities);
    index(people.religions(), religions);
    religions.putIfAbsent("khong", "00");
    for (QualificationLevel l : qualifications.levels()) {
      Map<String, QualificationLevel> m = levels.computeIfAbsent(l.track(), t -> new HashMap<>());
      m.put(Text.key(l.level()), l);
      m.put(Text.key(l.nameVi()), l);
      l.aliases().forEach(a -> m.putIfAbsent(Text.key(a), l));
    }
    for (Track t : Track.values()) {
      tracks.put(Text.key(t.name()), t);
      tracks.put(Text.key(messages.getMessage(t.messageKey(), null, t.name(), VI)), t);
    }
    tracks.put("llct", Track.POLITICAL_THEORY);
    tracks.put("qlnn", Track.STATE_MANAGEMENT);
    tracks.put("cntt", Track.IT);
    tracks.put("qp an", Track.DEFENCE_SECURITY);
    for (DecisionKind k : DecisionKind.values()) {
      kinds.put(Text.key(k.name()), k);
      String label = messages.getMessage(k.messageKey(), null, k.name(), VI);
      kinds.put(Text.key(label), k);
      for (String part : label.split(",")) {
        kinds.putIfAbsent(Text.key(part), k);
      }
    }
    kinds.put("bau", DecisionKind.ELECTION);
    kinds.put("phe chuan", DecisionKind.ELECTION);
    kinds.put("mien nhiem", DecisionKind.DISMISSAL);
    this.allPositions = positions.all();
  }

  private static void index(List<CatalogueEntry> entries, Map<String, String> into) {
    for (CatalogueEntry e : entries) {
      into.put(Text.key(e.code()), e.code());
      into.put(Text.key(e.name()), e.code());
      into.put(Text.key(e.code() + " " + e.name()), e.code());
    }
  }

  /** "02", "2", "02 – Tày", "Tày", "tay". */
  public Optional<String> ethnicity(String value) {
    return coded(value, ethnicities);
  }

  public Optional<String> religion(String value) {
    return coded(value, religions);
  }

  private static Optional<String> coded(String value, Map<String, String> map) {
    String k = Text.key(value);
    if (k.matches("\\d")) {
      k = "0" + k;
    }
    String code = map.get(k);
    if (code == null) {
      Matcher m = CODE_DASH.matcher(value);
      if (m.matches()) {
        String c = m.group(1);
        code = map.get(Text.key(c.length() == 1 ? "0" + c : c));
      }
    }
    return Optional.ofNullable(code);
  }

  public Optional<QualificationLevel> level(Track track, String value) {
    Map<String, QualificationLevel> m = levels.getOrDefault(track, Map.of());
    QualificationLevel l = m.get(Text.key(value));
    if (l == null) {
      Matcher code = CODE_DASH.matcher(value);
      if (code.matches()) {
        l = m.get(Text.key(code.group(1)));
      }
    }
    return Optional.ofNullable(l);
  }

  public Optional<Track> track(String value) {
    return Optional.ofNullable(tracks.get(Text.key(value)));
  }

  public Optional<DecisionKind> decisionKind(String value) {
    return Optional.ofNullable(kinds.get(Text.key(value)));
  }

  /** The post in force on {@code date}: by code, "CODE – name", or a name that is unique then. */
  public Optional<Position> position(String value, LocalDate date) {
    String v = value.strip();
    Matcher m = CODE_DASH.matcher(v);
    String code = m.matches() ? m.group(1) : v;
    Optional<Position> byCode =
        positionCache.computeIfAbsent(
            code.toUpperCase(Locale.ROOT) + "@" + date,
            k -> positions.find(code.toUpperCase(Locale.ROOT), date));
    if (byCode.isPresent()) {
      return byCode;
    }
    String k = Text.key(v);
    List<Position> named =
        allPositions.stream()
            .filter(p -> p.inForceOn(date) && Text.key(p.nameVi()).equals(k))
            .toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  /** Whether the value looks like a code (so that "not in force" is the right message). */
  public static String codeOf(String value) {
    Matcher m = CODE_DASH.matcher(value.strip());
    return m.matches() ? m.group(1) : value.strip();
  }

  /**
   * The commune meant on {@code date}: a code (a 4-digit number that lost its leading zero is
   * padded), "code – name", or a name unique among communes in force then, optionally followed by
   * its district or province after a comma ("Xã Nam Cường, Thái Nguyên"). Several communes of the
   * name: the hits, for the message.
   */
  public UnitMatch commune(String value, LocalDate date) {
    String v = value.strip();
    Matcher m = CODE_DASH.matcher(v);
    String code = m.matches() ? m.group(1) : v;
    if (code.matches("\\d{1,5}")) {
      String padded = code.length() == 4 ? "0" + code : code;
      Optional<Unit> u =
          unitCache.computeIfAbsent(padded + "@" + date, k -> units.find(padded, date));
      return new UnitMatch(u.orElse(null), padded, List.of());
    }
    // "Xã Nam Cường, Thái Nguyên": a name, then (optionally) names of its parents
    int comma = v.indexOf(',');
    String name = comma < 0 ? v : v.substring(0, comma).strip();
    String parent = comma < 0 ? "" : Text.key(v.substring(comma + 1));
    String k = Text.key(name);
    List<UnitSearchHit> hits =
        unitNames.computeIfAbsent(k + "@" + date, x -> units.search(name, date, 50));
    List<Unit> same = new ArrayList<>();
    for (UnitSearchHit h : hits) {
      Unit u = h.unit();
      if (h.inForce()
          && u.level() == UnitLevel.COMMUNE
          && (Text.key(u.fullName()).equals(k) || Text.key(u.name()).equals(k))
          && (parent.isEmpty() || Text.key(h.parents()).contains(parent))) {
        same.add(u);
      }
    }
    if (same.size() == 1) {
      return new UnitMatch(same.get(0), same.get(0).code(), List.of());
    }
    return new UnitMatch(null, null, same);
  }

  /**
   * A commune found (or not), with the code tried, or the communes of the same name when the name
   * is ambiguous.
   */
  public record UnitMatch(Unit unit, String code, List<Unit> ambiguous) {}
}
