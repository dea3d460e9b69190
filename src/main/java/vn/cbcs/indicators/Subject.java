package vn.cbcs.indicators;

/** What an indicator counts: people in commune posts, or communes. */
public enum Subject {
  PEOPLE,
  COMMUNES
}
