package vn.cbcs.importexport.web;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import vn.cbcs.security.Role;

/**
 * Who may import: the personnel officers who may write person records (administrators, province,
 * district and commune officers), as {@code PersonEditors} of the people module says. Everyone
 * signed in may download templates and export the lists they can see.
 */
final class ImportEditors {

  private static final Set<String> EDITORS =
      Set.of(
          Role.ADMIN.authority(),
          Role.PROVINCE_OFFICER.authority(),
          Role.DISTRICT_OFFICER.authority(),
          Role.COMMUNE_OFFICER.authority());

  private ImportEditors() {}

  static boolean mayImport(Authentication auth) {
    return auth != null
        && auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(EDITORS::contains);
  }

  static void require(Authentication auth) {
    if (!mayImport(auth)) {
      throw new AccessDeniedException("personnel officers only");
    }
  }
}
