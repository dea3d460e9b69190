package vn.cbcs.units.load;

import vn.cbcs.units.CrosswalkKind;

/** A predecessor → successor pair before it is written. */
record Link(String from, String to, CrosswalkKind kind, String note) {

  String key() {
    return from + ">" + to;
  }
}
