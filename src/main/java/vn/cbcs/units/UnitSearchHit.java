package vn.cbcs.units;

/**
 * A unit found by name, with the names of its parents for telling apart units of the same name.
 *
 * @param inForce whether this version is in force on the date searched
 * @param parents full names of the parents, nearest first, as of the version's own period
 */
public record UnitSearchHit(Unit unit, boolean inForce, String parents) {}
