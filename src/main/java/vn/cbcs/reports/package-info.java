/**
 * Statutory documents printed from the records: the official CV printout ("Sơ yếu lý lịch", form of
 * Thông tư 06/2023/TT-BNV) as PDF and DOCX; the Home Affairs statistical table "Số lượng, chất
 * lượng cán bộ, công chức cấp xã" as XLSX and PDF; the review report of a resolution ("Báo cáo sơ
 * kết / tổng kết") as DOCX and PDF, with charts. A document is first assembled as one content
 * model, which the writers only lay out, so every format says the same thing. Large reports run as
 * background jobs with progress. Owns the shipped fonts (Liberation Serif 2.x, embedded in every
 * PDF and chart). Reads the other modules through their APIs only; writes nothing but the audit log
 * (each CV printout is a read of a full record).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Reports",
    allowedDependencies = {
      "people",
      "units",
      "qualifications",
      "positions",
      "platform",
      "indicators",
      "resolutions",
      "audit"
    })
package vn.cbcs.reports;
