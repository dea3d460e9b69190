package vn.cbcs.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the JSON API, signed in with HTTP Basic as a script would be. */
public final class Api {

  /** Status and parsed body of one call. */
  public record Response(int status, JsonNode json, String body) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final RestClient client;

  public Api(int port, String username, String password) {
    RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + port);
    if (username != null) {
      String token =
          Base64.getEncoder()
              .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
      builder.defaultHeader("Authorization", "Basic " + token);
    }
    this.client = builder.build();
  }

  public static Api admin(int port) {
    return new Api(port, "admin", "admin-test-password");
  }

  public Response get(String path) {
    return client
        .get()
        .uri(path)
        .exchange(
            (req, res) -> {
              HttpStatusCode status = res.getStatusCode();
              String body = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
              JsonNode json = body.isBlank() || body.startsWith("<") ? null : JSON.readTree(body);
              return new Response(status.value(), json, body);
            });
  }
}
