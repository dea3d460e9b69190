package vn.cbcs.audit;

import java.time.Instant;

/**
 * The result of checking the hash chain.
 *
 * @param ok every event matches its hash, every seal its events and the previous seal
 * @param seals seals checked (seq 1 to headSeq)
 * @param events events checked
 * @param headSeq the last seal; with headHash, what an inspector notes down to check later that
 *     nothing before it changed
 * @param headHash SHA-256 of the last seal, hex
 * @param firstBadSeq the first seal that does not verify, if any
 * @param problem what is wrong, in English (null when ok)
 * @param verifier {@code java} (recomputed by CBCS) or {@code database} (by {@code audit_verify()})
 */
public record AuditVerification(
    boolean ok,
    long seals,
    long events,
    Long headSeq,
    String headHash,
    Long firstBadSeq,
    String problem,
    String verifier,
    Instant checkedAt) {}
