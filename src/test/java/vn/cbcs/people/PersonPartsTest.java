package vn.cbcs.people;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.support.Api;
import vn.cbcs.support.BrowserSession;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.TestActors;

/** Photo, verification of evidence, and harmless rendering of hostile text on the person page. */
@IntegrationTest
class PersonPartsTest {

  @LocalServerPort int port;
  @Autowired Photos photos;

  private long create(ObjectNode body) {
    Api.Response r = Api.admin(port).post("/api/people", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  @Test
  void aPhotoIsAJpegOrPngUpToTwoMegabytesCheckedByItsBytes() {
    long id = create(person("Hoàng Văn Ảnh", false, 1980));
    Actor actor =
        TestActors.ADMIN; // the person has no post: in nobody's ground but the administrator's
    byte[] png = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    assertThat(photos.exists(id, TestActors.SYSTEM)).isFalse();
    photos.store(id, png, actor);
    assertThat(photos.exists(id, TestActors.SYSTEM)).isTrue();
    assertThat(photos.find(id, TestActors.SYSTEM))
        .hasValueSatisfying(p -> assertThat(p.contentType()).isEqualTo("image/png"));
    assertThat(catchField(() -> photos.store(id, "<svg onload=alert(1)>".getBytes(), actor)))
        .isEqualTo("person.photo.type");
    assertThat(catchField(() -> photos.store(id, new byte[Photos.MAX_BYTES + 10], actor)))
        .isEqualTo("person.photo.tooLarge");
    BrowserSession browser = new BrowserSession(port);
    browser.signIn("admin", "admin-test-password");
    assertThat(browser.get("/people/" + id).body()).contains("/people/" + id + "/photo");
    assertThat(browser.get("/people/" + id + "/photo").headers().firstValue("Content-Type"))
        .hasValue("image/png");
  }

  private static String catchField(Runnable r) {
    try {
      r.run();
      return null;
    } catch (InvalidInputException e) {
      return e.errors().get(0).key();
    }
  }

  @Test
  void evidenceOfAQualificationCanBeVerifiedOrRejectedAndRejectedDoesNotCount() {
    ObjectNode p = person("Nông Thị Bằng", true, 1987);
    p.set("qualifications", array(qualification("PROFESSIONAL", "DAI_HOC", "2010-06-30")));
    long id = create(p);
    Api api = Api.admin(port);
    long qid = api.get("/api/people/" + id).json().get("qualifications").get(0).get("id").asLong();
    assertThat(
            api.post("/api/qualifications/" + qid + "/verification", Map.of("state", "REJECTED"))
                .status())
        .isEqualTo(200);
    JsonNode after = api.get("/api/people/" + id).json();
    assertThat(after.get("qualifications").get(0).get("verification").asString())
        .isEqualTo("REJECTED");
    assertThat(after.get("highestQualifications").has("PROFESSIONAL"))
        .as("rejected evidence does not count")
        .isFalse();
    assertThat(
            api.post("/api/qualifications/" + qid + "/verification", Map.of("state", "MAYBE"))
                .status())
        .isEqualTo(400);
    assertThat(
            api.post("/api/qualifications/999999999/verification", Map.of("state", "VERIFIED"))
                .status())
        .isEqualTo(404);
  }

  @Test
  void hostileTextIsShownAsTextOnThePage() {
    String script = "<script>alert('x')</script>";
    ObjectNode p = person("Lý \"Văn\" <i>Nghiêng</i>", false, 1982);
    p.put("residence", script + " \"quoted\" & 'single'");
    p.put("strengths", "<img src=x onerror=alert(1)>");
    long id = create(p);
    BrowserSession browser = new BrowserSession(port);
    browser.signIn("admin", "admin-test-password");
    HttpResponse<String> page = browser.get("/people/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .doesNotContain(script)
        .doesNotContain("<img src=x")
        .doesNotContain("<i>Nghiêng</i>")
        .contains("&lt;script&gt;alert(")
        .contains("&lt;img src=x onerror=alert(1)&gt;");
  }
}
