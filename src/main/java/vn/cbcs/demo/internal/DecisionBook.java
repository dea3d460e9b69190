package vn.cbcs.demo.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import vn.cbcs.positions.DecisionData;
import vn.cbcs.positions.DecisionKind;

/** Numbers decisions per issuing body and year, as a records office would ("37/QĐ-UBND"). */
final class DecisionBook {

  private final Map<String, Integer> counters = new HashMap<>();
  private final Random random;
  private final NamePool names;

  DecisionBook(Random random, NamePool names) {
    this.random = random;
    this.names = names;
  }

  /** A decision signed a few days before {@code effective}. */
  DecisionData decision(String issuer, String suffix, DecisionKind kind, LocalDate effective) {
    LocalDate signed = effective.minusDays(random.nextInt(15));
    String key = issuer + "|" + signed.getYear();
    int n = counters.merge(key, 1 + random.nextInt(3), Integer::sum);
    String signer =
        names.familyName(random, random.nextDouble() < 0.6 ? "02" : "01")
            + " "
            + names.givenAndMiddle(random, vn.cbcs.people.Sex.MALE);
    return new DecisionData(n + "/" + suffix, signed, issuer, signer, kind);
  }
}
