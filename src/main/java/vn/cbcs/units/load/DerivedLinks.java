package vn.cbcs.units.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cbcs.units.CrosswalkKind;

/**
 * Province → province and district → commune links computed from the commune links, so that "former
 * Bắc Kạn" or "Huyện Chợ Đồn" can be followed across 1-7-2025 like a commune.
 *
 * <p>A derived link is FULL when everything of the predecessor went to that one successor (all its
 * communes' links point there, all FULL); UNCHANGED for a province that kept its code and took in
 * no other province; PARTIAL otherwise.
 */
final class DerivedLinks {

  private DerivedLinks() {}

  static List<Link> derive(
      Collection<Link> communeLinks,
      Map<String, KnownUnit> oldCommunes,
      Map<String, KnownUnit> newCommunes) {
    Map<String, List<Link>> byProvincePair = new LinkedHashMap<>();
    Map<String, List<Link>> byDistrictPair = new LinkedHashMap<>();
    Map<String, Set<String>> provinceTargets = new HashMap<>();
    Map<String, Set<String>> districtTargets = new HashMap<>();
    Map<String, Set<String>> provinceSources = new HashMap<>();
    for (Link l : communeLinks) {
      KnownUnit from = oldCommunes.get(l.from());
      KnownUnit to = newCommunes.get(l.to());
      if (from == null || to == null) {
        continue; // whole-district links are already district level
      }
      String p = from.provinceCode();
      String q = to.provinceCode();
      byProvincePair.computeIfAbsent(p + ">" + q, k -> new ArrayList<>()).add(l);
      provinceTargets.computeIfAbsent(p, k -> new HashSet<>()).add(q);
      provinceSources.computeIfAbsent(q, k -> new HashSet<>()).add(p);
      String d = from.parentCode();
      byDistrictPair.computeIfAbsent(d + ">" + l.to(), k -> new ArrayList<>()).add(l);
      districtTargets.computeIfAbsent(d, k -> new HashSet<>()).add(l.to());
    }
    List<Link> derived = new ArrayList<>();
    byProvincePair.forEach(
        (pair, links) -> {
          String p = pair.substring(0, pair.indexOf('>'));
          String q = pair.substring(pair.indexOf('>') + 1);
          boolean whole = provinceTargets.get(p).size() == 1;
          CrosswalkKind kind =
              !whole
                  ? CrosswalkKind.PARTIAL
                  : p.equals(q) && provinceSources.get(q).size() == 1
                      ? CrosswalkKind.UNCHANGED
                      : CrosswalkKind.FULL;
          derived.add(new Link(p, q, kind, note(kind, links.size())));
        });
    byDistrictPair.forEach(
        (pair, links) -> {
          String d = pair.substring(0, pair.indexOf('>'));
          String c = pair.substring(pair.indexOf('>') + 1);
          boolean whole =
              districtTargets.get(d).size() == 1
                  && links.stream().allMatch(l -> l.kind() != CrosswalkKind.PARTIAL);
          CrosswalkKind kind = whole ? CrosswalkKind.FULL : CrosswalkKind.PARTIAL;
          derived.add(new Link(d, c, kind, note(kind, links.size())));
        });
    return derived;
  }

  private static String note(CrosswalkKind kind, int communeLinks) {
    String what =
        switch (kind) {
          case FULL -> "Toàn bộ";
          case PARTIAL -> "Một phần";
          case UNCHANGED -> "Giữ nguyên";
        };
    return what + " (tổng hợp từ " + communeLinks + " dòng cấp xã)";
  }
}
