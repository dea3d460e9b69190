package vn.cbcs.importexport;

import vn.cbcs.platform.MessageException;

/** The file as a whole is refused (not an xlsx, encrypted, too large, wrong sheet, ...). */
public class ImportRefusedException extends MessageException {

  public ImportRefusedException(String messageKey, Object... args) {
    super(messageKey, args);
  }
}
