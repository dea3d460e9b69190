package vn.cbcs.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accounts at start-up.
 *
 * @param mode {@code demo} (default: demo accounts, demo data) or {@code production} (no default
 *     passwords; refuses to start while a demo account exists).
 * @param demo demo-mode settings.
 * @param bootstrapAdmin the first administrator of production mode.
 * @param removeDemoAccounts in production mode, delete demo accounts left by a demo run instead of
 *     refusing to start.
 */
@ConfigurationProperties("cbcs")
record SecurityProperties(
    String mode, Demo demo, BootstrapAdmin bootstrapAdmin, boolean removeDemoAccounts) {

  SecurityProperties {
    mode = mode == null ? "demo" : mode.trim().toLowerCase(java.util.Locale.ROOT);
    demo = demo == null ? new Demo(null, null) : demo;
    bootstrapAdmin = bootstrapAdmin == null ? new BootstrapAdmin(null, null, null) : bootstrapAdmin;
  }

  boolean production() {
    return "production".equals(mode);
  }

  /**
   * @param adminPassword password of {@code admin}; generated and printed when absent.
   * @param password password of the other demo accounts: {@code cbcs.demo.password} in
   *     application.properties (documented in the README); generated and printed when absent.
   */
  record Demo(String adminPassword, String password) {}

  record BootstrapAdmin(String username, String password, String displayName) {}
}
