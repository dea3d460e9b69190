package vn.cbcs.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.ConnectionGuard;
import vn.cbcs.support.IntegrationTest;

/**
 * A backup downloaded in a signed-in browser session streams the database while the response, and
 * with it the session, is written: the session is saved before the backup holds its connection, so
 * the download never takes a second one (ADR 14).
 */
@IntegrationTest
class BackupDownloadTest {

  @LocalServerPort int port;

  @Test
  void aDownloadWithASessionHoldsOneConnection() {
    BrowserSession admin = new BrowserSession(port);
    assertThat(admin.signIn("admin", "admin-test-password").statusCode()).isEqualTo(302);
    List<ConnectionGuard.Violation> second =
        ConnectionGuard.recordedDuring(
            () -> {
              HttpResponse<String> r = admin.get("/api/backup");
              assertThat(r.statusCode()).isEqualTo(200);
              assertThat(r.body()).startsWith("PK");
              assertThat(r.headers().firstValue("Content-Type")).hasValue("application/zip");
              assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                  .startsWith("attachment; filename=\"cbcs-");
              return null;
            });
    assertThat(second).as("second connections").isEmpty();
  }
}
