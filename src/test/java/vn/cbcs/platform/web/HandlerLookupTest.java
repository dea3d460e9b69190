package vn.cbcs.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cbcs.support.Api;
import vn.cbcs.support.IntegrationTest;
import vn.cbcs.support.PersonJsonMother;
import vn.cbcs.support.RawHttp;

/**
 * Addresses with variables are matched by their path first ({@link PathFirstMappings}); the answer
 * is what every condition of the mapping says, as before: the handler when all match, and the
 * refusal that names what did not (405 method, 415 body type, 404 no such address).
 */
@IntegrationTest
class HandlerLookupTest {

  @LocalServerPort int port;

  private long aPerson() {
    return Api.admin(port)
        .post("/api/people", PersonJsonMother.person("Lò Thị Đường", false, 1988))
        .json()
        .get("id")
        .asLong();
  }

  @Test
  void theHandlerOfAPathWithVariablesAnswers() {
    long id = aPerson();
    RawHttp.Response r = RawHttp.admin(port).get("/api/people/" + id, "Accept: application/json");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("id").asLong()).isEqualTo(id);
    RawHttp.Response history = RawHttp.admin(port).get("/api/people/" + id + "/history");
    assertThat(history.status()).as(history.body()).isEqualTo(200);
  }

  @Test
  void aMethodTheAddressDoesNotTakeIs405AndAWrongBodyIs415() {
    long id = aPerson();
    RawHttp admin = RawHttp.admin(port);
    RawHttp.Response delete = admin.send("DELETE", "/api/people/" + id, null, null);
    assertThat(delete.status()).as(delete.body()).isEqualTo(405);
    assertThat(delete.json().get("status").asInt()).isEqualTo(405);
    RawHttp.Response text =
        admin.send("PUT", "/api/people/" + id, "text/plain", "x".getBytes(StandardCharsets.UTF_8));
    assertThat(text.status()).as(text.body()).isEqualTo(415);
  }

  @Test
  void anAddressWithAPercentEscapeIsMatchedByItsDecodedSegmentsAsBefore() {
    long id = aPerson();
    RawHttp.Response r = RawHttp.admin(port).get("/api/%70eople/" + id, "Accept: application/json");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("id").asLong()).isEqualTo(id);
  }

  @Test
  void aPatternsFixedBeginningEndsBeforeItsFirstVariableOrWildcard() {
    assertThat(PathFirstMappings.PathFirstHandlerMapping.fixedBeginning("/people/{id}/photo"))
        .isEqualTo("/people");
    assertThat(PathFirstMappings.PathFirstHandlerMapping.fixedBeginning("/webjars/**"))
        .isEqualTo("/webjars");
    assertThat(PathFirstMappings.PathFirstHandlerMapping.fixedBeginning("/api/units/x?"))
        .isEqualTo("/api/units");
    assertThat(PathFirstMappings.PathFirstHandlerMapping.fixedBeginning("/{page}")).isEmpty();
    assertThat(PathFirstMappings.PathFirstHandlerMapping.fixedBeginning("/login"))
        .isEqualTo("/login");
  }

  @Test
  void aPatternAdmitsOnlyAddressesOfItsNumberOfSegmentsUnlessAWildcardTakesSeveral() {
    var photo = PathFirstMappings.PathFirstHandlerMapping.Shape.of("/people/{id}/photo");
    assertThat(photo.admits(address("/people/3274/photo"))).isTrue();
    assertThat(photo.admits(address("/people/3274"))).isFalse();
    assertThat(photo.admits(address("/people/3274/photo/x"))).isFalse();
    assertThat(photo.admits(address("/units/3274/photo"))).isFalse();
    assertThat(photo.admits(address("/people/3274/"))).as("a trailing / is not counted").isTrue();
    var any = PathFirstMappings.PathFirstHandlerMapping.Shape.of("/webjars/**");
    assertThat(any.admits(address("/webjars/htmx.org/dist/htmx.min.js"))).isTrue();
    assertThat(any.admits(address("/webjars"))).isTrue();
    var rest = PathFirstMappings.PathFirstHandlerMapping.Shape.of("/files/{*path}");
    assertThat(rest.admits(address("/files/a/b/c"))).isTrue();
  }

  private static PathFirstMappings.PathFirstHandlerMapping.Address address(String path) {
    return PathFirstMappings.PathFirstHandlerMapping.Address.of(path);
  }

  /** Every page and API answer the tests ask for goes through the lookup; these are its edges. */
  @Test
  void anAddressOfTheRightBeginningButMoreSegmentsIs404AndOneWithFewerFindsItsOwn() {
    long id = aPerson();
    RawHttp admin = RawHttp.admin(port);
    assertThat(
            admin.get("/api/people/" + id + "/history/more", "Accept: application/json").status())
        .isEqualTo(404);
    assertThat(admin.get("/api/people", "Accept: application/json").status()).isEqualTo(200);
  }

  @Test
  void aPathThatNoMappingTakesIs404() {
    RawHttp.Response r =
        RawHttp.admin(port)
            .get("/api/people/" + aPerson() + "/no-such-part", "Accept: application/json");
    assertThat(r.status()).as(r.body()).isEqualTo(404);
  }
}
