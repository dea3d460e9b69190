package vn.cbcs.importexport.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits that keep a hostile or broken file from doing harm. The upload itself is limited by {@code
 * spring.servlet.multipart.max-file-size} (20 MB).
 *
 * @param maxUncompressedMb the whole package inflated, counted while inflating (declared sizes can
 *     lie)
 * @param maxCompressionRatio of an entry past 10 MB inflated; xlsx parts rarely exceed 30
 * @param maxRows data rows of one sheet
 * @param maxEmptyRows empty rows tolerated in a sheet (a sheet formatted down to row 1,048,576 is
 *     refused with a message rather than read for minutes)
 * @param maxColumns a filled cell right of this column refuses the file
 * @param workers imports run in parallel at most
 * @param apiWaitSeconds how long {@code POST /api/imports} waits for the report before answering
 *     202 with the running import
 */
@ConfigurationProperties("cbcs.import")
public record ImportLimits(
    Integer maxUncompressedMb,
    Integer maxCompressionRatio,
    Integer maxRows,
    Integer maxEmptyRows,
    Integer maxColumns,
    Integer workers,
    Integer apiWaitSeconds) {

  /** Excel's own limit of a cell's text. */
  public static final int MAX_CELL_CHARS = 32_767;

  public ImportLimits {
    maxUncompressedMb = maxUncompressedMb == null ? 1024 : maxUncompressedMb;
    maxCompressionRatio = maxCompressionRatio == null ? 200 : maxCompressionRatio;
    maxRows = maxRows == null ? 200_000 : maxRows;
    maxEmptyRows = maxEmptyRows == null ? 10_000 : maxEmptyRows;
    maxColumns = maxColumns == null ? 200 : maxColumns;
    workers = workers == null ? 2 : workers;
    apiWaitSeconds = apiWaitSeconds == null ? 120 : apiWaitSeconds;
  }

  public long maxUncompressedBytes() {
    return maxUncompressedMb * 1024L * 1024L;
  }
}
