package vn.cbcs.units;

import java.util.Set;

/**
 * Published when a change of the map was recorded, corrected or withdrawn: the versions and
 * crosswalk links of these codes were recomputed. Whoever keeps something derived from the map (the
 * security module's scope cache) drops it.
 *
 * @param codes the codes whose versions may have changed
 * @param changeId the change recorded (its id, the same in all its versions)
 */
public record UnitMapChanged(Set<String> codes, long changeId) {}
