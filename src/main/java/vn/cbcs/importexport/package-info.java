/**
 * Excel in and out: downloadable templates (people with their current post and highest
 * qualifications, qualification history, assignments), validated imports with a dry run and a
 * report of every row, commits in one transaction (accepted rows, or all or nothing), the kept
 * history of every import (file, who, when, counts, rows changed), error reports to fix and resend,
 * and exports of any person list with the template's headers. Writes go through the people,
 * qualifications and positions APIs — annual ratings through the evaluation service (ADR 18), and
 * the applications and scores of a recruitment round through {@code recruitment.Rounds} (issue 16,
 * the same edge as ADR 18: recruitment does not depend on importexport), and the candidates of a
 * succession plan through {@code planning.Plans#addCandidate} (issue 14, the same edge) — so that
 * every check of the record applies; owns the tables {@code excel_import} and {@code
 * excel_import_row}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Excel import and export")
package vn.cbcs.importexport;
