/**
 * Resolutions and their targets: "by 31/12/2020, 93% of commune cadres have a professional
 * qualification of sơ cấp or higher". Progress compares the indicator's value with each target at
 * its milestone — achieved, missed, on track or at risk — for the resolution's unit and its
 * children.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resolutions")
package vn.cbcs.resolutions;
