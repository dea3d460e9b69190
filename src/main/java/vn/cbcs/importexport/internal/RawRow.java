package vn.cbcs.importexport.internal;

import java.util.List;
import vn.cbcs.platform.FieldError;

/**
 * A data row as read: the text of each template column (null when blank or absent), whether the
 * cell held a number (dates as Excel serials, IDs that lost their zeros), and what could not be
 * read (a formula without a value, an error cell, a cell over 32,767 characters), by column id.
 */
public record RawRow(int rowNo, String[] values, boolean[] numeric, List<FieldError> problems) {

  public String value(int column) {
    return values[column];
  }
}
