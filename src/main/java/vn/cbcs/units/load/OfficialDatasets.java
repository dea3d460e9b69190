package vn.cbcs.units.load;

import java.time.LocalDate;
import java.util.List;

/**
 * The official lists CBCS ships, in the order they are applied. Provenance of each file is in
 * {@code src/main/resources/units/PROVENANCE.md}. A later official change is added here as a new
 * entry; already loaded entries are never reapplied.
 */
final class OfficialDatasets {

  /** The day the two-level local government took effect (Law 80/2025, NQ 202/2025/QH15). */
  static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);

  /** Đồng Nai became a centrally-run city; ten of its xã became phường. */
  static final LocalDate DONG_NAI_CITY = LocalDate.of(2026, 4, 30);

  enum Kind {
    UNIT_LIST,
    CONVERSION_TABLE,
    /** dated changes by resolution, applied to the map already loaded (units/history) */
    CHANGE_LIST
  }

  record Dataset(
      String name,
      String resource,
      Kind kind,
      SnapshotLoader.Mode mode,
      LocalDate effectiveFrom,
      String source) {}

  static final List<Dataset> ALL =
      List.of(
          new Dataset(
              "pre2025-v2.4.1",
              "units/pre2025_vn_units_v2.4.1_postgres_ImportData.sql",
              Kind.UNIT_LIST,
              SnapshotLoader.Mode.INITIAL,
              null,
              "thanglequoc/vietnamese-provinces-database v2.4.1 (snapshot of early 2025; start"
                  + " dates unknown)"),
          new Dataset(
              "post2025-v3.0.2",
              "units/post2025_vn_units_v3.0.2_postgres_ImportData.sql",
              Kind.UNIT_LIST,
              SnapshotLoader.Mode.REFOUNDING,
              REORGANISATION,
              "thanglequoc/vietnamese-provinces-database v3.0.2 (34 provinces, 3,321 communes)"),
          new Dataset(
              "nso-conversion-2025-07-01",
              "units/nso_conversion_old_new_2025-07-01.csv",
              Kind.CONVERSION_TABLE,
              null,
              REORGANISATION,
              "Bảng chuyển đổi ĐVHC mới – cũ, Cục Thống kê (via sunshine-tech/VietnamProvinces)"),
          new Dataset(
              "post2025-head-2026-08",
              "units/post2025_vn_units_HEAD_2026-08_postgres_ImportData.sql",
              Kind.UNIT_LIST,
              SnapshotLoader.Mode.AMENDMENT,
              DONG_NAI_CITY,
              "thanglequoc/vietnamese-provinces-database @ cd580632 (Đồng Nai becomes a city)"),
          new Dataset(
              "history-bac-kan-06-2016-2025",
              "units/history/bac_kan_06_changes_2016-2025.json",
              Kind.CHANGE_LIST,
              null,
              null,
              "Bắc Kạn 2016–2025: NQ 855/NQ-UBTVQH14 (1-2-2020, 122 → 108 communes) and NQ"
                  + " 722/NQ-UBTVQH15 (10-4-2023), compiled from the resolutions and checked"
                  + " against the statistics office's list by date (PROVENANCE.md)"),
          new Dataset(
              "history-national-2016-2021-same-code",
              "units/history/national_same_code_changes_2016-2021.json",
              Kind.CHANGE_LIST,
              null,
              null,
              "402 reclassifications, renamings and moves between districts of one code, 2017–2021,"
                  + " from the statistics office's list by effective date"
                  + " (daohoangson/dvhcvn-historical-data @ d88580f), each dated by a resolution of"
                  + " its province; mergers not included (PROVENANCE.md)"));

  private OfficialDatasets() {}
}
