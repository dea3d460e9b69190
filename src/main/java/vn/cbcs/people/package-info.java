/**
 * The person record: one per cadre or civil servant, keyed by the 12-digit personal identification
 * number, with the fields of the official CV form (TT 06/2023/TT-BNV), family members, work
 * history, rewards and disciplines. Every correction is versioned and logged. Finding people (lists
 * by unit subtree and filters, diacritic-insensitive search) and the person page live here;
 * qualifications and assignments come from their own modules' APIs.
 *
 * <p>Event: {@link vn.cbcs.people.DisciplineRecorded} when a correction adds a discipline decision
 * (planning takes the person out of its plans at once, QĐ 377-QĐ/TW Điều 29).
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package vn.cbcs.people;
