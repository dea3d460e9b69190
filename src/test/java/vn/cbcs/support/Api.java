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

  /** Status, headers and raw bytes of a download (PDF, DOCX). */
  public record Download(int status, org.springframework.http.HttpHeaders headers, byte[] bytes) {

    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final RestClient client;
  private final String base;

  public Api(int port, String username, String password) {
    this.base = "http://localhost:" + port;
    RestClient.Builder builder = RestClient.builder();
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

  public Response post(String path, Object body) {
    return send(
        client
            .post()
            .uri(java.net.URI.create(base + path))
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
            .body(JSON.writeValueAsString(body)));
  }

  public Response put(String path, Object body) {
    return send(
        client
            .put()
            .uri(java.net.URI.create(base + path))
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
            .body(JSON.writeValueAsString(body)));
  }

  private Response send(RestClient.RequestBodySpec spec) {
    return spec.exchange(
        (req, res) -> {
          String body = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
          JsonNode json = body.isBlank() || body.startsWith("<") ? null : JSON.readTree(body);
          return new Response(res.getStatusCode().value(), json, body);
        });
  }

  public Response delete(String path) {
    return client
        .delete()
        .uri(java.net.URI.create(base + path))
        .exchange(
            (req, res) -> {
              String body = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
              JsonNode json = body.isBlank() || body.startsWith("<") ? null : JSON.readTree(body);
              return new Response(res.getStatusCode().value(), json, body);
            });
  }

  /** A multipart POST of one file (and the parameters in the path's query). */
  public Response upload(String path, String field, String fileName, byte[] bytes) {
    org.springframework.util.MultiValueMap<String, Object> form =
        new org.springframework.util.LinkedMultiValueMap<>();
    form.add(
        field,
        new org.springframework.core.io.ByteArrayResource(bytes) {
          @Override
          public String getFilename() {
            return fileName;
          }
        });
    return send(
        client
            .post()
            .uri(java.net.URI.create(base + path))
            .contentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA)
            .body(form));
  }

  /** GET of a file: the body is kept as bytes. */
  public Download download(String path) {
    return client
        .get()
        .uri(java.net.URI.create(base + path))
        .exchange(
            (req, res) ->
                new Download(
                    res.getStatusCode().value(), res.getHeaders(), res.getBody().readAllBytes()));
  }

  public Response get(String path) {
    return client
        .get()
        .uri(java.net.URI.create(base + path))
        .exchange(
            (req, res) -> {
              HttpStatusCode status = res.getStatusCode();
              String body = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
              JsonNode json = body.isBlank() || body.startsWith("<") ? null : JSON.readTree(body);
              return new Response(status.value(), json, body);
            });
  }
}
