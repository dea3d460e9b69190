/**
 * Infrastructure every capability stands on: the actor of every call and its access ({@link
 * vn.cbcs.platform.Actor}, {@link vn.cbcs.platform.Access}, the one map {@link
 * vn.cbcs.platform.Role} → {@link vn.cbcs.platform.Capability}, {@link
 * vn.cbcs.platform.CurrentActor}), the embedded PostgreSQL used when no external database is
 * configured, the page context handed to every view (messages, user, CSRF token), as-of date
 * parsing, text rules, strict ids, and the error pages and JSON error bodies. Its root package is
 * its API; {@code db} and {@code web} are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package vn.cbcs.platform;
