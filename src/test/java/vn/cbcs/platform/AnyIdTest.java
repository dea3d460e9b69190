package vn.cbcs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The condition and its parameter come from the same ids: {@code = ?} for one, an array else. */
class AnyIdTest {

  @Test
  void oneIdIsAnEqualityAndItsValue() {
    AnyId one = AnyId.of(List.of(7L));
    assertThat(one.in("p.person_id")).isEqualTo("p.person_id = ?");
    assertThat(one.param()).isEqualTo(7L);
  }

  @Test
  void severalIdsAreAnArrayOfThem() {
    Long[] ids = {7L, 8L, 9L};
    AnyId several = AnyId.of(ids);
    ids[0] = 1L; // the caller's array is not the parameter
    assertThat(several.in("p.person_id")).isEqualTo("p.person_id = ANY(CAST(? AS bigint[]))");
    assertThat(several.param()).isEqualTo(new Long[] {7L, 8L, 9L});
    assertThat(AnyId.of(List.of(1L, 2L)).param()).isEqualTo(new Long[] {1L, 2L});
  }

  @Test
  void noIdIsRefused() {
    assertThatThrownBy(() -> AnyId.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AnyId.of(new Long[0])).isInstanceOf(IllegalArgumentException.class);
  }
}
