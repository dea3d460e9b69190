/**
 * The start page: what CBCS holds today and the ways into it. Uses other modules only through their
 * APIs; later capabilities add their own entries (dashboards, indicators).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package vn.cbcs.home;
