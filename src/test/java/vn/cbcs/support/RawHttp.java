package vn.cbcs.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 over a plain socket, for requests a well-behaved client refuses to send: invalid
 * percent-encodings, raw bytes in the request line, bodies without a length (chunked). One request
 * per connection ({@code Connection: close}).
 */
public final class RawHttp {

  /** Status, headers (lower-case names) and body of one answer. */
  public record Response(int status, Map<String, String> headers, String body) {

    /** The body as JSON, or null when it is not JSON. */
    public JsonNode json() {
      String ct = headers.getOrDefault("content-type", "");
      return ct.contains("json") ? JSON.readTree(body) : null;
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int port;
  private final String authorization;

  private RawHttp(int port, String authorization) {
    this.port = port;
    this.authorization = authorization;
  }

  public static RawHttp admin(int port) {
    return as(port, "admin", "admin-test-password");
  }

  public static RawHttp as(int port, String username, String password) {
    return new RawHttp(
        port,
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  public static RawHttp anonymous(int port) {
    return new RawHttp(port, null);
  }

  /** GET of a target written as is (ASCII; {@code %XX} escapes are sent untouched). */
  public Response get(String target, String... headers) {
    return send("GET", target, null, null, false, headers);
  }

  /** A request with a body sent with Content-Length. */
  public Response send(String method, String target, String contentType, byte[] body) {
    return send(method, target, contentType, body, false);
  }

  /** A request with a body, sent with Content-Length or chunked (no length). */
  public Response send(
      String method,
      String target,
      String contentType,
      byte[] body,
      boolean chunked,
      String... headers) {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
      head.append("Host: localhost:").append(port).append("\r\n");
      head.append("Connection: close\r\n");
      if (authorization != null) {
        head.append("Authorization: ").append(authorization).append("\r\n");
      }
      for (String h : headers) {
        head.append(h).append("\r\n");
      }
      if (body != null) {
        if (contentType != null) {
          head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append(
            chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n");
      }
      head.append("\r\n");
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      try {
        if (body != null && chunked) {
          for (int i = 0; i < body.length; i += 8192) {
            int n = Math.min(8192, body.length - i);
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, i, n);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          }
          out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } else if (body != null) {
          out.write(body);
        }
        out.flush();
      } catch (SocketException e) {
        // the server answered early (e.g. 413) and closed: the answer is still there to read
      }
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    try {
      while ((n = in.read(buf)) > 0) {
        all.write(buf, 0, n);
      }
    } catch (SocketException e) {
      // connection reset after the answer: keep what arrived
    }
    byte[] bytes = all.toByteArray();
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("no HTTP answer: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    byte[] raw = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      raw = dechunk(raw);
    }
    return new Response(status, headers, new String(raw, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < raw.length) {
      int lineEnd = indexOf(raw, i);
      if (lineEnd < 0) {
        break;
      }
      String size = new String(raw, i, lineEnd - i, StandardCharsets.US_ASCII).split(";")[0];
      int n = Integer.parseInt(size.trim(), 16);
      if (n == 0) {
        break;
      }
      out.write(raw, lineEnd + 2, Math.min(n, raw.length - lineEnd - 2));
      i = lineEnd + 2 + n + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] raw, int from) {
    for (int i = from; i + 1 < raw.length; i++) {
      if (raw[i] == '\r' && raw[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
