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

  /** Imports are read by the officers who make them, administrators and inspectors. */
  static boolean mayRead(Authentication auth) {
    return mayImport(auth) || has(auth, Role.INSPECTOR.authority());
  }

  /** Administrators and inspectors read every import; an officer only their own. */
  static boolean readsAll(Authentication auth) {
    return has(auth, Role.ADMIN.authority()) || has(auth, Role.INSPECTOR.authority());
  }

  private static boolean has(Authentication auth, String authority) {
    return auth != null
        && auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(authority::equals);
  }

  /** The import, if the user may read it; otherwise 403 (role) or 404 (another's import). */
  static vn.cbcs.importexport.ImportReport readable(
      vn.cbcs.importexport.Imports imports, long id, Authentication auth) {
    if (!mayRead(auth)) {
      throw new AccessDeniedException("personnel officers and inspectors only");
    }
    vn.cbcs.importexport.ImportReport r = imports.require(id);
    if (!readsAll(auth) && !r.createdBy().equals(auth.getName())) {
      throw new vn.cbcs.platform.NotFoundException("import.notFound", id);
    }
    return r;
  }

  static java.util.List<vn.cbcs.importexport.ImportReport> readableRecent(
      vn.cbcs.importexport.Imports imports, int limit, Authentication auth) {
    if (!mayRead(auth)) {
      throw new AccessDeniedException("personnel officers and inspectors only");
    }
    return imports.recent(limit).stream()
        .filter(r -> readsAll(auth) || r.createdBy().equals(auth.getName()))
        .toList();
  }

  static void require(Authentication auth) {
    if (!mayImport(auth)) {
      throw new AccessDeniedException("personnel officers only");
    }
  }
}
