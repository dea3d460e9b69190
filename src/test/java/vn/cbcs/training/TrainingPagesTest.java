package vn.cbcs.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;

/**
 * The pages of training render the same services' answers: the needs of a unit, its courses with
 * the form to record one, a course with its enrolments and forms (Côn Lôn, 02245).
 */
@IntegrationTest
class TrainingPagesTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  @DisplayName("/training/needs, /training/courses and a course page render, in Vietnamese")
  void pagesRender() {
    Api admin = Api.admin(port);
    Map<String, Object> course =
        Map.of(
            "kind", "JOB_POSITION",
            "name", "Bồi dưỡng kỹ năng một cửa (trang)",
            "provider", "UBND xã Côn Lôn",
            "unitCode", "02245",
            "startsOn", "2026-04-06",
            "endsOn", "2026-04-10",
            "periods", 40,
            "funding", "UNIT");
    Api.Response c = admin.post("/api/training/courses", course);
    assertThat(c.status()).as(c.body()).isEqualTo(201);
    long id = c.json().get("id").asLong();

    Api.Response needs = admin.get("/training/needs?unit=02245&asOf=2026-05-01");
    assertThat(needs.status()).as(needs.body()).isEqualTo(200);
    assertThat(needs.body()).contains("Nhu cầu đào tạo, bồi dưỡng").contains("training-needs");

    Api.Response list = admin.get("/training/courses?unit=02245");
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.body()).contains("Bồi dưỡng kỹ năng một cửa (trang)").contains("form-course");

    Api.Response one = admin.get("/training/courses/" + id);
    assertThat(one.status()).as(one.body()).isEqualTo(200);
    assertThat(one.body()).contains("form-enrol").contains("Bồi dưỡng theo vị trí việc làm");
  }
}
