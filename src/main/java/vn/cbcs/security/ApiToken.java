package vn.cbcs.security;

import java.time.Instant;

/**
 * An API token as its owner and administrators see it: never the secret, only its first characters
 * to recognise it.
 */
public record ApiToken(
    long id,
    String username,
    String name,
    String prefix,
    Instant createdAt,
    String createdBy,
    Instant expiresAt,
    Instant revokedAt,
    String revokedBy,
    Instant lastUsedAt) {

  public boolean active(Instant now) {
    return revokedAt == null && expiresAt.isAfter(now);
  }
}
