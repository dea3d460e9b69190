package vn.cbcs.indicators.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.cbcs.indicators.IndicatorScope;
import vn.cbcs.standards.Staffing;
import vn.cbcs.units.Unit;

/**
 * Everything indicators need about one scope on one date, loaded once and shared by every indicator
 * computed over it. Compliance verdicts and staffing are loaded only if an indicator asks.
 */
public final class Ground {

  private final IndicatorScope scope;
  private final List<PersonFacts> people;
  private final Supplier<Map<Long, StandardStanding>> meetsLoader;
  private final Supplier<List<Staffing.CommuneStaffing>> staffingLoader;
  private final Map<String, Unit> communes = new HashMap<>();
  private Map<Long, StandardStanding> meets;
  private Supplier<Map<Long, RatingFacts>> ratingsLoader = Map::of;
  private Map<Long, RatingFacts> ratings;
  private List<Staffing.CommuneStaffing> staffing;
  private Supplier<Map<Long, List<PostAtRisk>>> postsAtRiskLoader = Map::of;
  private Map<Long, List<PostAtRisk>> postsAtRisk;
  private Supplier<Map<Long, String>> placedLoader = Map::of;
  private Map<Long, String> placed;

  public Ground(
      IndicatorScope scope,
      List<PersonFacts> people,
      Supplier<Map<Long, StandardStanding>> meets,
      Supplier<List<Staffing.CommuneStaffing>> staffing) {
    this.scope = scope;
    this.people = people;
    this.meetsLoader = meets;
    this.staffingLoader = staffing;
    scope.communes().forEach(c -> communes.put(c.code(), c));
  }

  public IndicatorScope scope() {
    return scope;
  }

  public List<PersonFacts> people() {
    return people;
  }

  public Unit commune(String code) {
    return communes.get(code);
  }

  /** Whether each person meets the standard of every post they hold, and by when otherwise. */
  public Map<Long, StandardStanding> meets() {
    if (meets == null) {
      meets = meetsLoader.get();
    }
    return meets;
  }

  /** Where the final ratings of the as-of year come from (loaded only if asked). */
  public Ground withRatings(Supplier<Map<Long, RatingFacts>> loader) {
    this.ratingsLoader = loader;
    return this;
  }

  /**
   * The final ratings of each person of the ground for the as-of date's year; people without one
   * are absent.
   */
  public Map<Long, RatingFacts> ratings() {
    if (ratings == null) {
      ratings = ratingsLoader.get();
    }
    return ratings;
  }

  /** Where the posts at risk of the as-of date come from (loaded only if asked). */
  public Ground withPostsAtRisk(Supplier<Map<Long, List<PostAtRisk>>> loader) {
    this.postsAtRiskLoader = loader;
    return this;
  }

  /** Person id → the posts they hold that are at risk on the as-of date; others are absent. */
  public Map<Long, List<PostAtRisk>> postsAtRisk() {
    if (postsAtRisk == null) {
      postsAtRisk = postsAtRiskLoader.get();
    }
    return postsAtRisk;
  }

  /** Where the placements in a job position with a grade come from (loaded only if asked). */
  public Ground withPlaced(Supplier<Map<Long, String>> loader) {
    this.placedLoader = loader;
    return this;
  }

  /** Person id → the job position with a grade held on the date; people without one are absent. */
  public Map<Long, String> placed() {
    if (placed == null) {
      placed = placedLoader.get();
    }
    return placed;
  }

  public List<Staffing.CommuneStaffing> staffing() {
    if (staffing == null) {
      staffing = staffingLoader.get();
    }
    return staffing;
  }
}
