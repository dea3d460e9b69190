package vn.cbcs.security.internal;

import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused because the username or the client address failed too often. Thrown the same way
 * for usernames that exist and those that do not.
 */
class LoginLockedException extends LockedException {

  LoginLockedException() {
    super("too many failed sign-ins; try again later");
  }
}
