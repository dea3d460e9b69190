package vn.cbcs.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.Role;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.TestActors;

/**
 * Whether an actor sees a person is answered once per GET or HEAD request ({@link
 * ReadRequestMemo}), and asked again in a request that may write, in the next request, and in work
 * outside any request.
 */
@IntegrationTest
class ReadRequestMemoTest {

  private static final String NAM_TUAN = "01660";
  private static final String HOA_AN = "01654";

  @LocalServerPort int port;
  @Autowired Visibility visibility;

  private final Actor hoaAn = TestActors.user("memo-ha", Role.COMMUNE_OFFICER, HOA_AN);

  @AfterEach
  void noRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  /** A person in post in Nam Tuấn, not seen from Hòa An. */
  private long inNamTuan() {
    ObjectNode p = PersonJsonMother.person("Hà Văn Nhớ", false, 1986);
    p.set("assignments", array(assignment(NAM_TUAN, "VTVL_VHXH_Y_TE", "2025-07-01", null)));
    var r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  /** Moves the person to Hòa An (another request, another thread): now seen from there. */
  private void moveToHoaAn(long person) {
    ObjectNode a = assignment(HOA_AN, "VTVL_VHXH_Y_TE", "2026-01-01", null);
    a.put("transfer", true);
    var r = Api.admin(port).post("/api/people/" + person + "/assignments", a);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  private static void serving(String method) {
    RequestContextHolder.setRequestAttributes(
        new ServletRequestAttributes(new MockHttpServletRequest(method, "/people/1")));
  }

  @Test
  void aReadingRequestKeepsItsAnswerAndTheNextRequestAsksAgain() {
    long person = inNamTuan();
    serving("GET");
    assertThat(visibility.sees(hoaAn, person)).isFalse();
    moveToHoaAn(person);
    assertThat(visibility.sees(hoaAn, person)).as("the same GET request").isFalse();
    serving("GET");
    assertThat(visibility.sees(hoaAn, person)).as("the next request").isTrue();
  }

  @Test
  void aRequestThatMayWriteAndWorkOutsideRequestsAskEachTime() {
    long person = inNamTuan();
    serving("POST");
    assertThat(visibility.sees(hoaAn, person)).isFalse();
    moveToHoaAn(person);
    assertThat(visibility.sees(hoaAn, person)).as("a POST request").isTrue();

    long other = inNamTuan();
    RequestContextHolder.resetRequestAttributes();
    assertThat(visibility.sees(hoaAn, other)).isFalse();
    moveToHoaAn(other);
    assertThat(visibility.sees(hoaAn, other)).as("outside any request").isTrue();
  }
}
