package vn.cbcs.units;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An official list applied to the map.
 *
 * @param effectiveFrom first day in force; null for the pre-2025 snapshot (start unknown)
 * @param report what the loader did and reconciled, line by line
 */
public record UnitDataset(
    String name,
    String source,
    LocalDate effectiveFrom,
    Instant loadedAt,
    String checksum,
    String report) {}
