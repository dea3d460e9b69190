package vn.cbcs.security.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form, with a button per configured single sign-on provider. */
@Controller
class LoginController {

  private final List<SsoLink> sso;
  private final long lockMinutes;

  LoginController(
      ObjectProvider<ClientRegistrationRepository> registrations, TrustProperties props) {
    this.sso = links(registrations.getIfAvailable());
    this.lockMinutes = Math.max(1, props.login().lockDuration().toMinutes());
  }

  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("sso", sso);
    model.addAttribute("lockMinutes", lockMinutes);
    return "security/login";
  }

  private static List<SsoLink> links(ClientRegistrationRepository repository) {
    List<SsoLink> links = new ArrayList<>();
    if (repository instanceof Iterable<?> all) {
      for (Object o : all) {
        ClientRegistration r = (ClientRegistration) o;
        links.add(
            new SsoLink(
                "/oauth2/authorization/" + r.getRegistrationId(),
                r.getClientName() == null ? r.getRegistrationId() : r.getClientName()));
      }
    }
    return List.copyOf(links);
  }
}
