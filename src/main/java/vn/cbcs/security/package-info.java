/**
 * Users, their roles and unit scopes, sign-in (form and optional OpenID Connect single sign-on for
 * people, HTTP Basic for scripts), sessions kept in PostgreSQL (idle and absolute timeouts, ended
 * at once when a user is disabled or its rights change), lock-out after repeated failures, the
 * password policy, user administration ({@code /admin/users}, {@code /api/admin/users}), the demo
 * accounts of demo mode and the first administrator of production mode; the actor of each request
 * (resolved once after sign-in). Its API: {@link vn.cbcs.security.Visibility} — the ground of a
 * scope and of a person, which every service asks with the actor of its call — and the event {@link
 * vn.cbcs.security.UserAccountChanged}. Tables: {@code app_user*}, {@code login_failure}, {@code
 * spring_session*}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package vn.cbcs.security;
