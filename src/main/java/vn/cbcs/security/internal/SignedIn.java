package vn.cbcs.security.internal;

import java.io.Serializable;

/**
 * What a session remembers of its sign-in: who, and the user's session epoch then. Once the epoch
 * in the database differs (disabled, roles changed, password reset), the session is refused.
 */
record SignedIn(String username, int epoch) implements Serializable {

  static final String ATTRIBUTE = "cbcs.signedIn";
}
