package vn.cbcs.people;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Role;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/**
 * The names other modules' lists show beside person ids ({@link PersonDirectory#names}) are only
 * those of people the user may read: a person of another commune stays a number.
 */
@IntegrationTest
class PersonNamesTest {

  @LocalServerPort int port;
  @Autowired PersonDirectory directory;

  private long posted(String name, String commune) {
    ObjectNode p = person(name, false, 1990);
    p.set(
        "assignments",
        array(assignment(commune, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  @Test
  void namesAreGivenOnlyForPeopleTheUserMayRead() {
    // Phường Tân Giang (01288, Cao Bằng) and Phường Thục Phán (01273) beside it
    long inside = posted("Hoàng Văn Trong Phạm Vi", "01288");
    long outside = posted("Hoàng Văn Ngoài Phạm Vi", "01273");
    Actor officer = TestActors.user("xa-tan-giang", Role.COMMUNE_OFFICER, "01288");
    assertThat(directory.names(List.of(inside, outside, 987_654_321L), officer))
        .containsOnlyKeys(inside)
        .containsValue("Hoàng Văn Trong Phạm Vi");
    assertThat(directory.names(List.of(inside, outside), TestActors.ADMIN))
        .containsOnlyKeys(inside, outside);
    // a cadre: their own record only
    Actor cadre =
        Actor.user("cb-tan-giang", Actor.Source.API, Set.of(Role.CADRE), List.of("01288"), outside);
    assertThat(directory.names(List.of(inside, outside), cadre)).containsOnlyKeys(outside);
  }
}
