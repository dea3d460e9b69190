package vn.cbcs.security;

/** The roles of PRODUCT.md; access is always a role intersected with a subtree of units. */
public enum Role {
  ADMIN,
  PROVINCE_OFFICER,
  DISTRICT_OFFICER,
  COMMUNE_OFFICER,
  COMMUNE_HEAD,
  CADRE,
  INSPECTOR;

  public String authority() {
    return "ROLE_" + name();
  }
}
