package vn.cbcs.audit.web;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import vn.cbcs.security.Role;

/**
 * Who may read the audit log: administrators and inspectors (Ủy ban Kiểm tra). Everyone else is
 * refused (403), including personnel officers, whose own actions the log records.
 */
final class AuditAccess {

  private static final Set<String> READERS =
      Set.of(Role.ADMIN.authority(), Role.INSPECTOR.authority());

  private AuditAccess() {}

  static boolean mayRead(Authentication auth) {
    return auth != null
        && auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(READERS::contains);
  }

  static void require(Authentication auth) {
    if (!mayRead(auth)) {
      throw new AccessDeniedException("administrators and inspectors only");
    }
  }
}
