package vn.cbcs.importexport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cbcs.support.Api;

/** Uploads files to {@code POST /api/imports} with HTTP Basic, as a script would. */
final class ImportClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final RestClient client;
  private final String base;
  final Api api;

  ImportClient(int port, String user, String password) {
    this.base = "http://localhost:" + port;
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.client = RestClient.builder().defaultHeader("Authorization", "Basic " + token).build();
    this.api = new Api(port, user, password);
  }

  static ImportClient admin(int port) {
    return new ImportClient(port, "admin", "admin-test-password");
  }

  Api.Response upload(byte[] file, String kind, boolean dryRun, String mode) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add(
        "file",
        new ByteArrayResource(file) {
          @Override
          public String getFilename() {
            return "tep-thu.xlsx";
          }
        });
    form.add("kind", kind);
    form.add("dryRun", String.valueOf(dryRun));
    if (mode != null) {
      form.add("mode", mode);
    }
    return client
        .post()
        .uri(java.net.URI.create(base + "/api/imports"))
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(form)
        .exchange(
            (req, res) -> {
              String body = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
              JsonNode json = body.isBlank() || body.startsWith("<") ? null : JSON.readTree(body);
              return new Api.Response(res.getStatusCode().value(), json, body);
            });
  }

  Api.Response commit(long id) {
    return api.post("/api/imports/" + id + "/commit", java.util.Map.of());
  }
}
