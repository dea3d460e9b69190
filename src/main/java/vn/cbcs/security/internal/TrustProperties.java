package vn.cbcs.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sessions, lock-out and single sign-on ({@code cbcs.security.*}). The idle timeout is Spring's
 * {@code server.servlet.session.timeout}.
 *
 * @param session how long a signed-in session may live at most, however active.
 * @param login failed sign-ins tolerated before the account or the address is locked.
 * @param oidc how an OpenID Connect login is matched to a CBCS user.
 */
@ConfigurationProperties("cbcs.security")
record TrustProperties(Session session, Login login, Oidc oidc) {

  TrustProperties {
    session = session == null ? new Session(null, null) : session;
    login = login == null ? new Login(0, null, null, 0) : login;
    oidc = oidc == null ? new Oidc(null) : oidc;
  }

  /**
   * @param absoluteTimeout from the session's creation, whatever the activity (default 12 h).
   * @param lastAccessResolution how far a session's stored last access may fall behind before a
   *     request writes it again (default 1 min; 0 writes it at every request): the idle timeout is
   *     counted from it.
   */
  record Session(Duration absoluteTimeout, Duration lastAccessResolution) {
    Session {
      absoluteTimeout = absoluteTimeout == null ? Duration.ofHours(12) : absoluteTimeout;
      lastAccessResolution =
          lastAccessResolution == null ? Duration.ofMinutes(1) : lastAccessResolution;
    }
  }

  /**
   * @param maxFailures failed sign-ins for one username within {@code failureWindow} that lock it
   *     (default 5).
   * @param failureWindow the window failures are counted in (default 15 min).
   * @param lockDuration how long a username or an address stays locked (default 15 min).
   * @param maxFailuresPerAddress failed sign-ins from one client address within the window that
   *     lock the address, whatever the usernames (default 100).
   */
  record Login(
      int maxFailures, Duration failureWindow, Duration lockDuration, int maxFailuresPerAddress) {
    Login {
      maxFailures = maxFailures <= 0 ? 5 : maxFailures;
      failureWindow = failureWindow == null ? Duration.ofMinutes(15) : failureWindow;
      lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
      maxFailuresPerAddress = maxFailuresPerAddress <= 0 ? 100 : maxFailuresPerAddress;
    }
  }

  /**
   * @param usernameClaim the ID token claim holding the CBCS username.
   */
  record Oidc(String usernameClaim) {
    Oidc {
      usernameClaim =
          usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
    }
  }
}
