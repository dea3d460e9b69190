/**
 * The start page: the user's work list first ({@link vn.cbcs.home.WorkList}, every module's {@link
 * vn.cbcs.platform.WorkItems} collected without depending on the producers; {@code GET
 * /api/work-items}), then what CBCS holds today and the ways into it. Uses other modules only
 * through their APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package vn.cbcs.home;
