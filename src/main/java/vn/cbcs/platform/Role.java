package vn.cbcs.platform;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of PRODUCT.md. Access is always a role's capabilities intersected with a subtree of
 * units (the user's scopes); {@link #capabilities()} is the one map from roles to capabilities that
 * the services, the menus and the authorization tests all read.
 */
public enum Role {
  /** Administrator: every capability, every unit. */
  ADMIN(EnumSet.allOf(Capability.class)),
  /**
   * Ban Tổ chức Tỉnh ủy / Sở Nội vụ: keeps records and the province's rules, figures, targets; runs
   * the recruitment of commune civil servants (RECRUIT: NĐ 170/2025 Điều 7 khoản 1).
   */
  PROVINCE_OFFICER(
      Keepers.with(
          Capability.EDIT_RULES,
          Capability.DEFINE_INDICATORS,
          Capability.LOCK_FIGURES,
          Capability.EDIT_RESOLUTIONS,
          Capability.DECIDE_RATINGS,
          Capability.RECRUIT)),
  /** Phòng Nội vụ huyện (records before 1-7-2025). */
  DISTRICT_OFFICER(Keepers.OF_RECORDS),
  /** Công chức phụ trách nội vụ của xã: keeps the commune's records. */
  COMMUNE_OFFICER(Keepers.OF_RECORDS),
  /** Chủ tịch UBND xã: reads the commune's records, sensitive fields masked. */
  COMMUNE_HEAD(
      EnumSet.of(Capability.READ_RECORDS, Capability.READ_FIGURES, Capability.DECIDE_RATINGS)),
  /** A cadre using self-service: their own record only. */
  CADRE(
      EnumSet.of(
          Capability.READ_OWN_RECORD, Capability.REQUEST_CORRECTIONS, Capability.SELF_ASSESS)),
  /** Ủy ban Kiểm tra / Thanh tra: reads everything in scope, the audit log included. */
  INSPECTOR(
      EnumSet.of(
          Capability.READ_RECORDS,
          Capability.SEE_SENSITIVE,
          Capability.READ_FIGURES,
          Capability.READ_IMPORTS,
          Capability.READ_AUDIT));

  /** What every keeper of records may do (province, district and commune personnel officers). */
  private static final class Keepers {
    static final Set<Capability> OF_RECORDS =
        EnumSet.of(
            Capability.READ_RECORDS,
            Capability.SEE_SENSITIVE,
            Capability.EDIT_RECORDS,
            Capability.CORRECT_IDENTITY,
            Capability.IMPORT,
            Capability.READ_FIGURES,
            Capability.REVIEW_CORRECTIONS,
            Capability.PROPOSE_RATINGS,
            Capability.MANAGE_TRAINING,
            Capability.PLAN_SUCCESSION);

    static Set<Capability> with(Capability first, Capability... more) {
      Set<Capability> all = EnumSet.copyOf(OF_RECORDS);
      all.add(first);
      all.addAll(java.util.List.of(more));
      return all;
    }
  }

  private final Set<Capability> capabilities;

  Role(Set<Capability> capabilities) {
    this.capabilities = Collections.unmodifiableSet(capabilities);
  }

  public Set<Capability> capabilities() {
    return capabilities;
  }

  public String authority() {
    return "ROLE_" + name();
  }

  /** The roles that hold a capability (for tests and documentation). */
  public static Set<Role> holding(Capability capability) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role r : values()) {
      if (r.capabilities.contains(capability)) {
        roles.add(r);
      }
    }
    return roles;
  }
}
