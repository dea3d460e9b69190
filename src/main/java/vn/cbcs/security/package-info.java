/**
 * Users, their roles and unit scopes, sign-in (form for people, HTTP Basic for scripts), the demo
 * accounts of demo mode and the first administrator of production mode. Later: sessions in the
 * database, lock-out and the full authorization matrix (see the Trust issue).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package vn.cbcs.security;
