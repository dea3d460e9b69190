package vn.cbcs.resolutions;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds of the progress view.
 *
 * @param atRiskMargin percentage points below a future target still called "at risk" rather than
 *     "off track" (default 2)
 */
@ConfigurationProperties("cbcs.targets")
public record TargetSettings(BigDecimal atRiskMargin) {

  public TargetSettings {
    if (atRiskMargin == null) {
      atRiskMargin = BigDecimal.valueOf(2);
    }
  }
}
