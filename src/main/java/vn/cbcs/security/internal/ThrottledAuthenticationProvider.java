package vn.cbcs.security.internal;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username and password, for the form and for HTTP Basic alike. Every attempt that is not refused
 * by a lock costs one password hash, whether the user exists, is disabled or not, so that neither
 * the answer nor its time tells which. Failures are counted per username and per address ({@link
 * LoginThrottle}); a locked username or address is refused before its password is checked.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

  private final UserStore users;
  private final PasswordEncoder encoder;
  private final LoginThrottle throttle;
  private final BasicCredentialCache cache;
  // computed off the start-up thread (issue 18); ready long before a first sign-in needs it
  private final CompletableFuture<String> dummyHash;

  ThrottledAuthenticationProvider(
      UserStore users,
      PasswordEncoder encoder,
      LoginThrottle throttle,
      BasicCredentialCache cache) {
    this.users = users;
    this.encoder = encoder;
    this.throttle = throttle;
    this.cache = cache;
    this.dummyHash =
        CompletableFuture.supplyAsync(
            () -> encoder.encode("no user has this password: only its hashing time is used"));
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String typed = authentication.getName();
    String username = LoginThrottle.userKey(typed);
    String address =
        authentication.getDetails() instanceof WebAuthenticationDetails d
            ? d.getRemoteAddress()
            : null;
    if (throttle.locked(username, address)) {
      throw new LoginLockedException();
    }
    Object credentials = authentication.getCredentials();
    String password = credentials == null ? "" : credentials.toString();
    BasicCredentialCache.Hit hit = cache.get(username, password);
    if (hit != null) {
      // verified within the last minutes: the same account state means the same answer
      if (users.stamp(username).filter(hit.stamp()::equals).isPresent()) {
        return authenticated(hit.user(), authentication);
      }
      cache.forget(username);
    }
    Optional<CbcsUser> found = users.find(username);
    String hash = found.map(CbcsUser::passwordHash).orElseGet(dummyHash::join);
    boolean matches = encoder.matches(password, hash);
    if (found.isEmpty() || !matches || !found.get().enabled()) {
      cache.forget(username);
      if (throttle.recordFailure(username, address)) {
        throw new LoginLockedException();
      }
      throw new BadCredentialsException("bad credentials");
    }
    CbcsUser user = found.get();
    throttle.recordSuccess(username);
    if (encoder.upgradeEncoding(hash)) {
      users.upgradeHash(username, encoder.encode(password));
    }
    users.stamp(username).ifPresent(stamp -> cache.put(username, password, user, stamp));
    return authenticated(user, authentication);
  }

  private static Authentication authenticated(CbcsUser user, Authentication request) {
    UsernamePasswordAuthenticationToken result =
        UsernamePasswordAuthenticationToken.authenticated(
            user.withoutPassword(), null, user.getAuthorities());
    result.setDetails(request.getDetails());
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
