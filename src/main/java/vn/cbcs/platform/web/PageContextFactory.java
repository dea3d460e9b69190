package vn.cbcs.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.CurrentActor;
import vn.cbcs.platform.DisplayNamed;
import vn.cbcs.platform.PageContext;

/** Builds the {@link PageContext} of a request. */
@Component
public class PageContextFactory {

  private final MessageSource messages;
  private final boolean demoMode;

  PageContextFactory(MessageSource messages, org.springframework.core.env.Environment env) {
    this.messages = messages;
    this.demoMode = !"production".equalsIgnoreCase(env.getProperty("cbcs.mode", "demo"));
  }

  public PageContext create(HttpServletRequest request) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    boolean signedIn =
        auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    String username = signedIn ? auth.getName() : null;
    String displayName =
        signedIn && auth.getPrincipal() instanceof DisplayNamed named
            ? named.displayName()
            : username;
    Actor actor = CurrentActor.get().orElse(null);
    Set<String> roles =
        actor == null
            ? Set.of()
            : actor.access().roles().stream().map(Enum::name).collect(Collectors.toSet());
    Set<Capability> capabilities = actor == null ? Set.of() : actor.access().capabilities();
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    String query = request.getQueryString();
    String uri =
        request.getAttribute("jakarta.servlet.error.request_uri") instanceof String err
            ? err
            : request.getRequestURI();
    return new PageContext(
        RequestContextUtils.getLocale(request),
        messages,
        username,
        displayName,
        roles,
        capabilities,
        actor == null ? null : actor.access().homeUnit(),
        actor != null && actor.access().personId() != null,
        csrf == null ? null : csrf.getParameterName(),
        csrf == null ? null : csrf.getHeaderName(),
        csrf == null ? null : csrf.getToken(),
        query == null ? uri : uri + "?" + query,
        demoMode);
  }
}
