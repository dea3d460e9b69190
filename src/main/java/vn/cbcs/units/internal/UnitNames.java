package vn.cbcs.units.internal;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.cbcs.units.UnitType;

/**
 * The kind of a unit read from its full name ("Xã Cao Trĩ", "Thị trấn Yến Lạc", "Huyện Na Rì"), the
 * short name without the kind, and the English names in the style of the official lists ("Cao Tri
 * Commune", "Yen Lac Township").
 */
public final class UnitNames {

  /** Longest prefix first: "Thị trấn" before "Thị xã" does not matter, "Thành phố" is one. */
  private static final Map<String, UnitType> PREFIXES = new LinkedHashMap<>();

  static {
    PREFIXES.put("thị trấn ", UnitType.THI_TRAN);
    PREFIXES.put("thị xã ", UnitType.THI_XA);
    PREFIXES.put("thành phố ", UnitType.THANH_PHO_THUOC_TINH);
    PREFIXES.put("đặc khu ", UnitType.DAC_KHU);
    PREFIXES.put("phường ", UnitType.PHUONG);
    PREFIXES.put("huyện ", UnitType.HUYEN);
    PREFIXES.put("quận ", UnitType.QUAN);
    PREFIXES.put("xã ", UnitType.XA);
  }

  private UnitNames() {}

  /** NFC, trimmed, single spaces. */
  public static String clean(String s) {
    return s == null
        ? ""
        : Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
  }

  /**
   * The kind named by the first words of a full name; a city ("Thành phố") under a centrally-run
   * city is {@link UnitType#THANH_PHO_THUOC_TP_TW}.
   */
  public static Optional<UnitType> typeOf(String fullName, boolean underCentralCity) {
    String lower = clean(fullName).toLowerCase(Locale.ROOT);
    for (var e : PREFIXES.entrySet()) {
      if (lower.startsWith(e.getKey()) && lower.length() > e.getKey().length()) {
        UnitType t = e.getValue();
        return Optional.of(
            t == UnitType.THANH_PHO_THUOC_TINH && underCentralCity
                ? UnitType.THANH_PHO_THUOC_TP_TW
                : t);
      }
    }
    return Optional.empty();
  }

  /** The name without its kind: "Xã Cao Trĩ" → "Cao Trĩ". */
  public static String shortName(String fullName) {
    String c = clean(fullName);
    String lower = c.toLowerCase(Locale.ROOT);
    for (String prefix : PREFIXES.keySet()) {
      if (lower.startsWith(prefix)) {
        return c.substring(prefix.length()).strip();
      }
    }
    return c;
  }

  /** Without diacritics, đ → d: "Cao Trĩ" → "Cao Tri". */
  public static String english(String shortName) {
    String nfd = Normalizer.normalize(clean(shortName), Normalizer.Form.NFD);
    return nfd.replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
  }

  /** "Cao Tri Commune", "Yen Lac Township", "Na Ri District", "Bac Kan City". */
  public static String englishFull(String shortName, UnitType type) {
    String kind =
        switch (type) {
          case XA -> "Commune";
          case PHUONG -> "Ward";
          case THI_TRAN -> "Township";
          case DAC_KHU -> "Special Zone";
          case HUYEN, QUAN -> "District";
          case THI_XA -> "Town";
          case THANH_PHO_THUOC_TINH, THANH_PHO_THUOC_TP_TW, THANH_PHO_TRUC_THUOC_TW -> "City";
          case TINH -> "Province";
        };
    return english(shortName) + " " + kind;
  }

  /** Names compared without diacritics, case, kind and punctuation ("Hòa" = "Hoà"). */
  public static String loose(String fullName) {
    return english(shortName(fullName)).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
