package vn.cbcs.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After the form or single sign-on: a successful sign-in marks its (new-id) session with the user's
 * epoch and goes where the person was going; a failure goes back to the form with one of three
 * messages that never tell whether the username exists.
 */
@Component
class SignInHandlers {

  private final UserSessions sessions;

  SignInHandlers(UserSessions sessions) {
    this.sessions = sessions;
  }

  AuthenticationSuccessHandler success() {
    SavedRequestAwareAuthenticationSuccessHandler target =
        new SavedRequestAwareAuthenticationSuccessHandler();
    target.setDefaultTargetUrl("/");
    return (request, response, authentication) -> {
      sessions.markSignedIn(request.getSession(), authentication.getName());
      target.onAuthenticationSuccess(request, response, authentication);
    };
  }

  /** The form: {@code /login?locked} after too many failures, else {@code /login?error}. */
  AuthenticationFailureHandler formFailure() {
    return (request, response, e) -> redirect(request, response, failureUrl(e));
  }

  /** Single sign-on: the identity provider said who, but CBCS has no such enabled user. */
  AuthenticationFailureHandler ssoFailure() {
    return (request, response, e) -> redirect(request, response, "/login?sso-error");
  }

  static String failureUrl(AuthenticationException e) {
    return e instanceof LoginLockedException ? "/login?locked" : "/login?error";
  }

  private static void redirect(HttpServletRequest request, HttpServletResponse response, String url)
      throws IOException {
    response.sendRedirect(request.getContextPath() + url);
  }
}
