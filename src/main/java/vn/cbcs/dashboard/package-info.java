/**
 * The dashboard of a unit: key indicators with their trends and targets, the child units as a
 * coloured table, charts, and the progress of the resolutions governing the unit. Reads only;
 * everything shown comes from the indicators and resolutions modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package vn.cbcs.dashboard;
