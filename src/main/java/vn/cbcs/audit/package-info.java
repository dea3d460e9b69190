/**
 * The audit log: an append-only, hash-chained record of every write to the record tables (captured
 * by database triggers, with who, from where and on what basis the application put in the
 * transaction) and of every read of a full person record. {@link vn.cbcs.audit.AuditLog} is its
 * API: record a read, look events up (per person, user, unit, date, kind), verify the chain, export
 * for an inspection. Pages {@code /audit} and JSON {@code /api/audit} for administrators and
 * inspectors. SQL API: {@code audit_attach(table, keys)} audits another table, {@code
 * audit_verify()} checks the chain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.cbcs.audit;
