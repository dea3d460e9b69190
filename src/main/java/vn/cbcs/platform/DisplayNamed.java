package vn.cbcs.platform;

/** A signed-in principal that has a human name to show in the page header. */
public interface DisplayNamed {
  String displayName();
}
