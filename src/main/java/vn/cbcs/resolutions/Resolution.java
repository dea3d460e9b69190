package vn.cbcs.resolutions;

import java.time.LocalDate;
import java.util.List;

/** A resolution and its targets. */
public record Resolution(
    long id,
    String number,
    String title,
    String issuer,
    LocalDate issuedOn,
    String unitCode,
    LocalDate unitOn,
    String summary,
    List<Target> targets) {

  /** "Nghị quyết 10-NQ/TU ngày 26/4/2016 của Tỉnh ủy Bắc Kạn". */
  public String citation() {
    return "Nghị quyết "
        + number
        + " ngày "
        + issuedOn.getDayOfMonth()
        + "/"
        + issuedOn.getMonthValue()
        + "/"
        + issuedOn.getYear()
        + " của "
        + issuer;
  }
}
