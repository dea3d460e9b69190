/**
 * Infrastructure every capability stands on: the embedded PostgreSQL used when no external database
 * is configured, the page context handed to every view (messages, user, CSRF token), as-of date
 * parsing, and the error pages and JSON error bodies. Its root package is its API; {@code db} and
 * {@code web} are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package vn.cbcs.platform;
