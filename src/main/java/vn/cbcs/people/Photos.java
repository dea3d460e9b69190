package vn.cbcs.people;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;

/** The 4×6 photo of a record: JPEG or PNG up to 2 MB, checked by its first bytes, not its name. */
@Service
public class Photos {

  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /** A stored photo. */
  public record Photo(String contentType, byte[] bytes) {}

  private final JdbcClient jdbc;
  private final People people;

  Photos(JdbcClient jdbc, People people) {
    this.jdbc = jdbc;
    this.people = people;
  }

  /** Stores the photo of a record the actor keeps (404 no record, 403 outside their ground). */
  @Transactional
  public void store(long personId, byte[] bytes, Actor actor) {
    people.requireEditable(personId, actor);
    String type = sniff(bytes);
    if (bytes == null || bytes.length == 0) {
      throw invalid("person.photo.empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw invalid("person.photo.tooLarge");
    }
    if (type == null) {
      throw invalid("person.photo.type");
    }
    jdbc.sql(
            "INSERT INTO person_photo (person_id, content_type, bytes, uploaded_by) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (person_id) DO UPDATE SET content_type = EXCLUDED.content_type,"
                + " bytes = EXCLUDED.bytes, uploaded_at = now(), uploaded_by = EXCLUDED.uploaded_by")
        .params(personId, type, bytes, actor.username())
        .update();
  }

  /** The photo of a record the actor may read (404 no record, 403 outside their ground). */
  @Transactional(readOnly = true)
  public Optional<Photo> find(long personId, Actor actor) {
    people.requireReadable(personId, actor);
    return jdbc.sql("SELECT content_type, bytes FROM person_photo WHERE person_id = ?")
        .param(personId)
        .query((rs, i) -> new Photo(rs.getString(1), rs.getBytes(2)))
        .optional();
  }

  /**
   * Whether a record the actor may read has a photo (refused as {@link #find}), without reading the
   * image: the person's page only links to it.
   */
  @Transactional(readOnly = true)
  public boolean exists(long personId, Actor actor) {
    people.requireReadable(personId, actor);
    return Boolean.TRUE.equals(
        jdbc.sql("SELECT EXISTS (SELECT 1 FROM person_photo WHERE person_id = ?)")
            .param(personId)
            .query(Boolean.class)
            .single());
  }

  private static InvalidInputException invalid(String key) {
    return new InvalidInputException(java.util.List.of(new FieldError("photo", key)));
  }

  /** JPEG starts FF D8 FF; PNG starts 89 50 4E 47 0D 0A 1A 0A. */
  static String sniff(byte[] b) {
    if (b != null
        && b.length > 3
        && (b[0] & 0xFF) == 0xFF
        && (b[1] & 0xFF) == 0xD8
        && (b[2] & 0xFF) == 0xFF) {
      return "image/jpeg";
    }
    byte[] png = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    if (b != null && b.length > 8 && java.util.Arrays.equals(java.util.Arrays.copyOf(b, 8), png)) {
      return "image/png";
    }
    return null;
  }
}
