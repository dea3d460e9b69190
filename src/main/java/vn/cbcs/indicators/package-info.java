/**
 * Indicators: a population of commune cadres and civil servants (or of communes), numerator
 * conditions over their facts as of a date, and a unit subtree — before or after the 2025
 * reorganisation, through the crosswalk where the unit did not exist on the date. Values come with
 * the people behind them. Also owns the locked values of reporting dates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators")
package vn.cbcs.indicators;
