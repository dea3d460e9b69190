package vn.cbcs.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import vn.cbcs.platform.Access;
import vn.cbcs.platform.CurrentActor;
import vn.cbcs.platform.Role;
import vn.cbcs.security.Visibility;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestUsers;

/**
 * A signed-in request reads its user's ground once: with the session's epoch check ({@link
 * SessionGuardFilter}), and the actor is built from it ({@link ActorFilter}) — only when the
 * request is still that user's; a session that must end hands nothing on.
 */
@IntegrationTest
class SessionGroundTest {

  @LocalServerPort int port;
  @Autowired Visibility visibility;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
    CurrentActor.clear();
  }

  private int epoch(String username) {
    return jdbc.sql("SELECT session_epoch FROM app_user WHERE username = ?")
        .param(username)
        .query(Integer.class)
        .single();
  }

  private MockHttpServletRequest signedInRequest(String username, int epoch) {
    MockHttpSession session = new MockHttpSession();
    session.setAttribute(SignedIn.ATTRIBUTE, new SignedIn(username, epoch));
    var auth =
        UsernamePasswordAuthenticationToken.authenticated(
            username, null, List.of(new SimpleGrantedAuthority("ROLE_COMMUNE_OFFICER")));
    session.setAttribute(
        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
        new SecurityContextImpl(auth));
    SecurityContextHolder.setContext(new SecurityContextImpl(auth));
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/people");
    request.setSession(session);
    return request;
  }

  private SessionGuardFilter guard() {
    return new SessionGuardFilter(visibility, Duration.ofHours(12), Clock.systemUTC());
  }

  /** The actor the filters give the rest of the request. */
  private Access actorOf(MockHttpServletRequest request) throws Exception {
    AtomicReference<Access> seen = new AtomicReference<>();
    guard()
        .doFilter(
            request,
            new MockHttpServletResponse(),
            (req, res) ->
                new ActorFilter(visibility)
                    .doFilter(
                        req,
                        res,
                        (r2, s2) ->
                            seen.set(CurrentActor.get().map(a -> a.access()).orElse(null))));
    return seen.get();
  }

  @Test
  void theGroundReadWithTheSessionsCheckMakesTheActor() throws Exception {
    String user = TestUsers.create(port, "nen", "COMMUNE_OFFICER", "01840");
    MockHttpServletRequest request = signedInRequest(user, epoch(user));
    Access access = actorOf(request);
    assertThat(access).isNotNull();
    assertThat(access.scopes()).containsExactly("01840");
    assertThat(access.roles()).containsExactly(Role.COMMUNE_OFFICER);
    assertThat(request.getAttribute(SessionGuardFilter.GROUND))
        .isEqualTo(
            new SessionGuardFilter.SessionGround(
                user, new Visibility.Ground(List.of("01840"), null)));
    assertThat(access)
        .as("the same access as the user's own lookup")
        .isEqualTo(visibility.accessOf(user, List.of(Role.COMMUNE_OFFICER)));
  }

  /**
   * The actor is made from what the guard read, not read again — and only for the user it was read
   * for (a ground handed on for another name is not used).
   */
  @Test
  void theActorIsMadeFromTheGuardsGroundOnlyForItsUser() throws Exception {
    String user = TestUsers.create(port, "nen", "COMMUNE_OFFICER", "01840");
    Access handedOn = actorGiven(user, user);
    assertThat(handedOn.scopes()).as("not read again").containsExactly("06");
    assertThat(handedOn.personId()).isEqualTo(42L);
    Access readAgain = actorGiven(user, "someone-else");
    assertThat(readAgain.scopes()).as("read for the user signed in").containsExactly("01840");
    assertThat(readAgain.personId()).isNull();
  }

  /**
   * The actor {@link ActorFilter} makes for {@code user} signed in, when the guard handed on a
   * ground (06, record 42) read for {@code groundOf}.
   */
  private Access actorGiven(String user, String groundOf) throws Exception {
    AtomicReference<Access> seen = new AtomicReference<>();
    MockHttpServletRequest request = signedInRequest(user, epoch(user));
    request.setAttribute(
        SessionGuardFilter.GROUND,
        new SessionGuardFilter.SessionGround(groundOf, new Visibility.Ground(List.of("06"), 42L)));
    new ActorFilter(visibility)
        .doFilter(
            request,
            new MockHttpServletResponse(),
            (r, s) -> seen.set(CurrentActor.get().orElseThrow().access()));
    return seen.get();
  }

  @Test
  void aSessionOfAnOlderEpochEndsAndHandsNothingOn() throws Exception {
    String user = TestUsers.create(port, "nen", "COMMUNE_OFFICER", "01840");
    MockHttpServletRequest request = signedInRequest(user, epoch(user) - 1);
    MockHttpSession session = (MockHttpSession) request.getSession(false);
    Access access = actorOf(request);
    assertThat(session.isInvalid()).isTrue();
    assertThat(request.getAttribute(SessionGuardFilter.GROUND)).isNull();
    assertThat(access).as("anonymous from there on").isNull();
  }
}
