/**
 * The catalogue of commune posts (chức vụ, chức danh, vị trí việc làm) as effective-dated rows with
 * seats, and assignments: a person holds a post in a commune over a period, created and ended by
 * decisions (number, date, issuing body, signer). Concurrent posts (kiêm nhiệm) may overlap a main
 * post; main posts of one person never overlap. SQL API: {@code positions_assignments_on}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Positions")
package vn.cbcs.positions;
