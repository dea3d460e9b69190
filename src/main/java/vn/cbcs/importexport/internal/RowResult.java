package vn.cbcs.importexport.internal;

import java.util.List;
import vn.cbcs.importexport.RowOutcome;
import vn.cbcs.importexport.RowReport;
import vn.cbcs.platform.FieldError;

/**
 * What a handler made of a row; errors name template column ids (or, for a field of the record that
 * has no column, the record's field name).
 */
public record RowResult(
    RowOutcome outcome,
    Long personId,
    String personalId,
    String fullName,
    List<FieldError> errors,
    List<RowReport.Change> changes) {

  public static RowResult rejected(String personalId, String name, List<FieldError> errors) {
    return new RowResult(RowOutcome.REJECTED, null, personalId, name, errors, List.of());
  }
}
