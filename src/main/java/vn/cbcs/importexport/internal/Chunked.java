package vn.cbcs.importexport.internal;

import java.util.List;
import java.util.function.Supplier;

/**
 * A handler that applies its rows a chunk at a time: what every row looks up is read once for the
 * chunk, and the rows that can be written together are written in few statements. The results are
 * the same as {@link RowHandler#apply} row by row, in the file's order.
 */
interface Chunked extends RowHandler {

  /** Rows read before a chunk is applied. */
  int CHUNK = 1000;

  /** The results of the chunk's rows, in order. */
  List<RowResult> applyChunk(List<RawRow> rows, Runner runner);

  /** What the import's runner offers a chunk. */
  interface Runner {
    /** One row through {@link RowHandler#apply}, in its own savepoint, as without chunks. */
    RowResult oneByOne(RawRow row);

    /** Work in a savepoint of the import's transaction: rolled back to it if it throws. */
    <T> T inSavepoint(Supplier<T> work);
  }
}
