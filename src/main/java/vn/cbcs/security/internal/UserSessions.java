package vn.cbcs.security.internal;

import jakarta.servlet.http.HttpSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions of a user in the shared session store: marked at sign-in with the user's epoch,
 * deleted when they must end, whichever instance holds them.
 */
@Component
public class UserSessions {

  private final FindByIndexNameSessionRepository<? extends Session> sessions;
  private final UserStore users;

  UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions, UserStore users) {
    this.sessions = sessions;
    this.users = users;
  }

  /** Marks a session just signed in (or whose epoch its own user moved) with the current epoch. */
  public void markSignedIn(HttpSession session, String username) {
    int epoch = users.sessionEpoch(username).orElse(-1);
    session.setAttribute(SignedIn.ATTRIBUTE, new SignedIn(username, epoch));
  }

  /** Deletes every session of the user (the epoch was changed by the caller). */
  int endAll(String username) {
    return endAllBut(username, null);
  }

  /** Deletes every session of the user but {@code keepId}. */
  int endAllBut(String username, String keepId) {
    int ended = 0;
    for (String id : sessions.findByPrincipalName(username).keySet()) {
      if (!id.equals(keepId)) {
        sessions.deleteById(id);
        ended++;
      }
    }
    return ended;
  }
}
