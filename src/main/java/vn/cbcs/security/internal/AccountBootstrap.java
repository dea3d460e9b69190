package vn.cbcs.security.internal;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.cbcs.platform.Role;

/**
 * Makes sure someone can sign in, and no one with a published password can in production.
 *
 * <p>Demo mode: (re)creates the documented demo accounts at every start and prints them; the
 * administrator's password is {@code cbcs.demo.admin-password} or freshly generated. Production
 * mode: refuses to start while a demo account exists, and creates the first administrator from
 * {@code cbcs.bootstrap-admin.*} when there is none.
 */
@Component
@DependsOnDatabaseInitialization
class AccountBootstrap implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

  /** Demo accounts besides {@code admin}: username, display name, role, scope. */
  static final List<DemoAccount> DEMO_ACCOUNTS =
      List.of(
          new DemoAccount("tinh", "Cán bộ Ban Tổ chức Tỉnh ủy (demo)", Role.PROVINCE_OFFICER, "19"),
          new DemoAccount(
              "huyen", "Phòng Nội vụ huyện Chợ Đồn (demo)", Role.DISTRICT_OFFICER, "064"),
          new DemoAccount(
              "xa", "Công chức Văn phòng UBND xã (demo)", Role.COMMUNE_OFFICER, "01840"),
          new DemoAccount("chutich", "Chủ tịch UBND phường (demo)", Role.COMMUNE_HEAD, "01840"),
          new DemoAccount("canbo", "Cán bộ tự phục vụ (demo)", Role.CADRE, "01840"),
          new DemoAccount("thanhtra", "Ủy ban Kiểm tra (demo)", Role.INSPECTOR, "19"));

  /** Start-up messages are for operators, in English. */
  private static final java.util.Map<String, String> BOOTSTRAP_REFUSALS =
      java.util.Map.of(
          "error.password.tooShort",
          "must have at least " + PasswordPolicy.MIN_LENGTH + " characters",
          "error.password.tooLong",
          "must have at most " + PasswordPolicy.MAX_LENGTH + " characters",
          "error.password.username",
          "must not contain the username",
          "error.password.common",
          "is too common");

  record DemoAccount(String username, String displayName, Role role, String scope) {}

  private final UserStore users;
  private final PasswordEncoder encoder;
  private final SecurityProperties props;

  AccountBootstrap(UserStore users, PasswordEncoder encoder, SecurityProperties props) {
    this.users = users;
    this.encoder = encoder;
    this.props = props;
  }

  @Override
  public void afterPropertiesSet() {
    if (props.production()) {
      production();
    } else {
      demo();
    }
  }

  private void production() {
    List<String> demo = users.demoUsernames();
    if (!demo.isEmpty()) {
      if (!props.removeDemoAccounts()) {
        throw new IllegalStateException(
            "Production mode refuses to start: demo accounts exist "
                + demo
                + ". Start once with --cbcs.remove-demo-accounts=true to delete them.");
      }
      log.warn("Deleted {} demo accounts: {}", users.deleteDemoUsers(), demo);
    }
    SecurityProperties.BootstrapAdmin admin = props.bootstrapAdmin();
    if (users.administratorCount() > 0) {
      return;
    }
    if (admin.username() == null || admin.password() == null) {
      throw new IllegalStateException(
          "Production mode needs a first administrator: set cbcs.bootstrap-admin.username and"
              + " cbcs.bootstrap-admin.password (for example --cbcs.bootstrap-admin.password=...).");
    }
    List<String> refused =
        PasswordPolicy.check("password", admin.username(), admin.password()).stream()
            .map(e -> BOOTSTRAP_REFUSALS.getOrDefault(e.key(), e.key()))
            .toList();
    if (!refused.isEmpty()) {
      throw new IllegalStateException(
          "cbcs.bootstrap-admin.password " + String.join("; ", refused));
    }
    String name = admin.displayName() == null ? "Quản trị hệ thống" : admin.displayName();
    users.upsert(
        admin.username(),
        encoder.encode(admin.password()),
        name,
        false,
        EnumSet.of(Role.ADMIN),
        List.of());
    log.info("Created the first administrator '{}'", admin.username());
  }

  private void demo() {
    String adminPassword = props.demo().adminPassword();
    boolean generated = adminPassword == null || adminPassword.isBlank();
    if (generated) {
      adminPassword = generatePassword();
    }
    String password = props.demo().password();
    if (password == null || password.isBlank()) {
      password = generatePassword();
    }
    // the two Argon2id hashes at once, one on another thread (issue 18: start-up time)
    String admins = adminPassword;
    CompletableFuture<String> adminHash =
        CompletableFuture.supplyAsync(() -> encoder.encode(admins));
    String hash = encoder.encode(password);
    users.upsert(
        "admin",
        adminHash.join(),
        "Quản trị viên (demo)",
        true,
        EnumSet.of(Role.ADMIN, Role.PROVINCE_OFFICER),
        List.of("19"));
    for (DemoAccount a : DEMO_ACCOUNTS) {
      users.upsert(a.username(), hash, a.displayName(), true, Set.of(a.role()), List.of(a.scope()));
    }
    StringBuilder banner = new StringBuilder();
    banner.append("\n================ CBCS demo accounts (demo mode) ================\n");
    banner.append(String.format("  %-10s %-22s %s%n", "admin", adminPassword, "ADMIN, scope 19"));
    for (DemoAccount a : DEMO_ACCOUNTS) {
      banner.append(
          String.format(
              "  %-10s %-22s %s, scope %s%n", a.username(), password, a.role(), a.scope()));
    }
    banner.append(
        generated
            ? "  (admin's password is generated at every start; set cbcs.demo.admin-password to fix"
                + " it)\n"
            : "  (admin's password comes from cbcs.demo.admin-password)\n");
    banner.append("================================================================");
    log.info(banner.toString());
  }

  private static String generatePassword() {
    String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
