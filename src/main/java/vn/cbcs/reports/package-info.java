/**
 * Statutory documents printed from the records, starting with the official CV printout ("Sơ yếu lý
 * lịch", form of Thông tư 06/2023/TT-BNV) as PDF and DOCX. A document is first assembled as one
 * content model, which the PDF and the DOCX writers only lay out, so both always say the same
 * thing. Owns the shipped fonts (Liberation Serif 2.x, embedded in every PDF). Reads the other
 * modules through their APIs only; writes nothing but the audit log (each printout is a read of a
 * full record).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Reports",
    allowedDependencies = {"people", "units", "qualifications", "positions", "platform", "audit"})
package vn.cbcs.reports;
