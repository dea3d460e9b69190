package vn.cbcs.indicators.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import vn.cbcs.units.UnitAttributes;

/** Who may change indicator definitions, lock reporting dates and record resolutions. */
final class Access {

  private Access() {}

  static boolean mayEdit(Authentication auth) {
    return UnitAttributes.mayEdit(auth);
  }

  static void requireProvinceOfficer(Authentication auth) {
    if (!mayEdit(auth)) {
      throw new AccessDeniedException("province officers only");
    }
  }
}
