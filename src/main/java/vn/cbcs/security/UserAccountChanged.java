package vn.cbcs.security;

import java.time.Instant;

/**
 * Published after an administrator (or the user) changed an account, for the audit log and anyone
 * else who listens. Never carries a password.
 *
 * @param username the account changed
 * @param change what changed
 * @param actor who changed it
 * @param detail a short description for people (e.g. the roles and scopes now held), may be empty
 */
public record UserAccountChanged(
    String username, Change change, String actor, String detail, Instant at) {

  /** What changed. */
  public enum Change {
    CREATED,
    RENAMED,
    ACCESS_CHANGED,
    ENABLED,
    DISABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    UNLOCKED,
    RECORD_LINKED,
    RECORD_UNLINKED
  }
}
