package vn.cbcs.security;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.cbcs.platform.AsOf;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * What the signed-in user may see: a scope is a unit code covering that unit's ground on the date
 * viewed, followed through the crosswalk (a Thái Nguyên officer sees the Bắc Kạn communes that
 * merged into Thái Nguyên, in their old dates). Administrators, and code running without a user
 * (start-up, demo generation, benchmarks), see everything. A cadre sees only their own record.
 */
@Service
public class Visibility {

  /** The user's grant: roles, scope unit codes and the person linked to the account. */
  public record Grant(
      String username, Set<Role> roles, List<String> scopes, Long personId, boolean unrestricted) {

    public boolean has(Role role) {
      return roles.contains(role);
    }

    /** Only their own record: the cadre role without an officer role. */
    public boolean selfOnly() {
      return !unrestricted && roles.contains(Role.CADRE) && roles.size() == 1;
    }

    /**
     * Keeps person records: administrators and personnel officers of province, district, commune.
     */
    public boolean editsRecords() {
      return unrestricted
          || roles.contains(Role.PROVINCE_OFFICER)
          || roles.contains(Role.DISTRICT_OFFICER)
          || roles.contains(Role.COMMUNE_OFFICER);
    }

    /** Sees ethnic group, religion, Party history, health, discipline, personal history, family. */
    public boolean seesSensitive() {
      return unrestricted
          || roles.contains(Role.PROVINCE_OFFICER)
          || roles.contains(Role.DISTRICT_OFFICER)
          || roles.contains(Role.COMMUNE_OFFICER)
          || roles.contains(Role.INSPECTOR);
    }
  }

  private static final Grant SYSTEM =
      new Grant("system", Set.of(Role.ADMIN), List.of(), null, true);

  private final JdbcClient jdbc;
  private final Units units;
  private final Map<String, Set<String>> everCache = new ConcurrentHashMap<>();

  Visibility(JdbcClient jdbc, Units units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  /** The grant of the current request's user; everything when no user is signed in. */
  public Grant current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
      return SYSTEM;
    }
    Set<Role> roles = new HashSet<>();
    for (GrantedAuthority a : auth.getAuthorities()) {
      String name = a.getAuthority();
      if (name != null && name.startsWith("ROLE_")) {
        try {
          roles.add(Role.valueOf(name.substring(5)));
        } catch (IllegalArgumentException e) {
          // an authority that is not one of ours (e.g. OIDC scopes)
        }
      }
    }
    String username = auth.getName();
    List<String> scopes =
        jdbc.sql("SELECT unit_code FROM app_user_scope WHERE username = :u ORDER BY unit_code")
            .param("u", username)
            .query(String.class)
            .list();
    Long personId =
        jdbc.sql("SELECT person_id FROM app_user_person WHERE username = :u")
            .param("u", username)
            .query(Long.class)
            .optional()
            .orElse(null);
    return new Grant(username, roles, scopes, personId, roles.contains(Role.ADMIN));
  }

  /** Links an account to the person record of the cadre who uses it (self-service). */
  public boolean linkPerson(String username, long personId) {
    return jdbc.sql(
                "INSERT INTO app_user_person (username, person_id) SELECT :u, :p"
                    + " WHERE EXISTS (SELECT 1 FROM app_user WHERE username = :u)"
                    + " ON CONFLICT (username) DO UPDATE SET person_id = :p")
            .param("u", username)
            .param("p", personId)
            .update()
        > 0;
  }

  /** The communes the grant covers on a date; null means every commune. */
  public Set<String> communesOn(Grant g, LocalDate date) {
    if (g.unrestricted()) {
      return null;
    }
    Set<String> codes = new HashSet<>();
    if (g.selfOnly()) {
      return codes;
    }
    for (String scope : g.scopes()) {
      scopeUnit(scope)
          .ifPresent(u -> units.communesCovering(u, date).forEach(c -> codes.add(c.code())));
    }
    return codes;
  }

  /** Every commune code the grant's ground ever had, before and after each reorganisation. */
  public Set<String> communesEver(Grant g) {
    if (g.unrestricted()) {
      return null;
    }
    Set<String> codes = new HashSet<>();
    if (g.selfOnly()) {
      return codes;
    }
    for (String scope : g.scopes()) {
      codes.addAll(everCache.computeIfAbsent(scope + "@" + AsOf.today(), k -> ever(scope)));
    }
    return codes;
  }

  private Set<String> ever(String scope) {
    Set<String> codes = new HashSet<>();
    Optional<Unit> unit = scopeUnit(scope);
    if (unit.isEmpty()) {
      return codes;
    }
    List<LocalDate> dates =
        jdbc.sql("SELECT DISTINCT effective_date FROM unit_crosswalk ORDER BY 1")
            .query(LocalDate.class)
            .list();
    Set<LocalDate> probes = new HashSet<>();
    probes.add(AsOf.today());
    for (LocalDate d : dates) {
      probes.add(d);
      probes.add(d.minusDays(1));
    }
    for (LocalDate d : probes) {
      units.communesCovering(unit.get(), d).forEach(c -> codes.add(c.code()));
    }
    return codes;
  }

  /** The scope's unit: the version in force today, else the one closest to today. */
  private Optional<Unit> scopeUnit(String code) {
    return units.nearest(code, AsOf.today());
  }

  /** Whether the grant covers all the given communes (a unit's ground on a date). */
  public boolean covers(Grant g, Collection<String> communes, LocalDate date) {
    if (g.unrestricted()) {
      return true;
    }
    if (communes.isEmpty()) {
      return false;
    }
    return communesOn(g, date).containsAll(communes);
  }

  /** Whether the grant covers the ground of a unit (as identified on {@code on}) on that date. */
  public boolean coversUnit(Grant g, String unitCode, LocalDate on) {
    if (g.unrestricted()) {
      return true;
    }
    Optional<Unit> unit = units.nearest(unitCode, on);
    if (unit.isEmpty()) {
      return false;
    }
    return covers(g, units.communesCovering(unit.get(), on).stream().map(Unit::code).toList(), on);
  }

  /** Whether the grant sees a person: their own record, or any post ever in its ground. */
  public boolean sees(Grant g, long personId) {
    if (g.unrestricted()) {
      return true;
    }
    if (g.personId() != null && g.personId() == personId) {
      return true;
    }
    if (g.selfOnly()) {
      return false;
    }
    Set<String> ever = communesEver(g);
    if (ever.isEmpty()) {
      return false;
    }
    return jdbc.sql("SELECT count(*) FROM positions_units_of(:p) x WHERE x.unit_code IN (:codes)")
            .param("p", personId)
            .param("codes", List.copyOf(ever))
            .query(Long.class)
            .single()
        > 0;
  }
}
