package vn.cbcs.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cbcs.demo.DemoDataGenerator;
import vn.cbcs.support.DemoProvince;
import vn.cbcs.support.IntegrationTest;

/**
 * The holders' posts are read two ways — looked up by index for a province, in one pass over every
 * post for the country (issue 18) — and both must give each post the same tenure.
 */
@IntegrationTest
class PopulationReadsTest {

  @Autowired DemoDataGenerator generator;
  @Autowired Population population;

  @Test
  void tenureIsTheSameReadByIndexOrInOnePass() {
    DemoProvince.ensure(generator);
    for (Object[] ground :
        new Object[][] {
          {"06", LocalDate.of(2024, 1, 1)},
          {"19", DemoProvince.END},
          {"19", LocalDate.of(2025, 7, 1)}
        }) {
      LocalDate asOf = (LocalDate) ground[1];
      List<PostHolder> holders =
          population.holders(population.scope((String) ground[0], asOf), null, asOf);
      assertThat(holders).as("posts held in %s on %s", ground[0], asOf).hasSizeGreaterThan(100);

      Map<Long, Population.Tenure> byIndex = population.tenure(holders, asOf, Integer.MAX_VALUE);
      Map<Long, Population.Tenure> onePass = population.tenure(holders, asOf, 0);

      assertThat(onePass).isEqualTo(byIndex).hasSize(holders.size());
    }
    // after the reform, posts taken by the transfer of 1-7-2025 are followed back to earlier ones
    LocalDate after = DemoProvince.END;
    List<PostHolder> holders = population.holders(population.scope("19", after), null, after);
    Map<Long, Population.Tenure> tenure = population.tenure(holders, after, 0);
    assertThat(holders)
        .anyMatch(h -> tenure.get(h.assignmentId()).heldSince().isBefore(h.postFrom()));
  }
}
