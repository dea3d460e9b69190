/**
 * Administrative units of Vietnam as an effective-dated tree: provinces, districts (until
 * 30-6-2025) and communes, with official codes, the crosswalk of the 1-7-2025 reorganisation and
 * later changes, and dated attributes (class, mountainous, border, ...) kept by province officers.
 * {@link vn.cbcs.units.Units} is the API other modules use; {@code load}, {@code web} and {@code
 * internal} are its insides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administrative units")
package vn.cbcs.units;
