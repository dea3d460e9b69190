package vn.cbcs.qualifications;

/** Whether the evidence of a qualification (diploma, certificate) has been checked. */
public enum Verification {
  UNVERIFIED,
  VERIFIED,
  REJECTED
}
