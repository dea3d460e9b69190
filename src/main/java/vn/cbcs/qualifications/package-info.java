/**
 * Qualifications as dated tracks per person (professional, political theory, state management, IT,
 * foreign and ethnic languages, defence-security), each with level, major, institution, date,
 * evidence and verification. The highest level of a track as of a date is the query other modules
 * use (also as the SQL function {@code qualifications_highest_on}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Qualifications")
package vn.cbcs.qualifications;
