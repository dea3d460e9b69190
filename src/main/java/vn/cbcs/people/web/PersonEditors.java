package vn.cbcs.people.web;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may write person records: administrators and personnel officers of province, district and
 * commune. Heads, cadres (self-service) and inspectors read. (Scopes come with the Trust issue.)
 */
@Component
public class PersonEditors {

  private static final Set<String> EDITORS =
      Set.of(
          "ROLE_ADMIN", "ROLE_PROVINCE_OFFICER", "ROLE_DISTRICT_OFFICER", "ROLE_COMMUNE_OFFICER");

  public boolean mayEdit(Authentication auth) {
    return auth != null
        && auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(EDITORS::contains);
  }

  public void requireEditor(Authentication auth) {
    if (!mayEdit(auth)) {
      throw new AccessDeniedException("personnel officers only");
    }
  }
}
