/**
 * Administrative units of Vietnam as an effective-dated tree: provinces, districts (until
 * 30-6-2025) and communes, with official codes, the crosswalk of the 1-7-2025 reorganisation, the
 * dated changes by resolution before it and after (shipped, or recorded by province officers with
 * their versions: {@link vn.cbcs.units.UnitChanges}, ADR 16), and dated attributes (class,
 * mountainous, border, ...) kept by province officers. {@link vn.cbcs.units.Units} is the API other
 * modules use; the event {@link vn.cbcs.units.UnitMapChanged} says the map was recomputed. SQL API:
 * {@code units_in_force_on(date)}. Tables: {@code unit}, {@code unit_crosswalk}, {@code
 * unit_dataset}, {@code unit_attribute}, {@code unit_change}, {@code unit_change_unit}, {@code
 * unit_change_link}, {@code unit_base_image}. {@code load}, {@code web} and {@code internal} are
 * its insides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administrative units")
package vn.cbcs.units;
