package vn.cbcs.platform.web;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The size limits of request bodies, and how they read in a message ("20 MB"): uploads (multipart,
 * {@code spring.servlet.multipart.*}) and JSON bodies ({@code cbcs.api.max-json-bytes}).
 */
@Component
class RequestLimits {

  private final DataSize maxFile;
  private final DataSize maxRequest;
  private final DataSize maxJson;

  RequestLimits(
      @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile,
      @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest,
      @Value("${cbcs.api.max-json-bytes:1MB}") DataSize maxJson) {
    this.maxFile = maxFile;
    this.maxRequest = maxRequest;
    this.maxJson = maxJson;
  }

  /** The largest upload: the smaller of the file and the request limit (negative: none). */
  DataSize upload() {
    if (maxFile.isNegative()) {
      return maxRequest;
    }
    if (maxRequest.isNegative()) {
      return maxFile;
    }
    return maxFile.compareTo(maxRequest) <= 0 ? maxFile : maxRequest;
  }

  long maxJsonBytes() {
    return maxJson.toBytes();
  }

  DataSize json() {
    return maxJson;
  }

  /** "20 MB", "512 KB", "100 byte": the largest whole unit. */
  static String describe(DataSize size) {
    long bytes = size.toBytes();
    if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
      return (bytes >> 20) + " MB";
    }
    if (bytes >= 1 << 20) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
    }
    if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
      return (bytes >> 10) + " KB";
    }
    return bytes + " byte";
  }
}
