package vn.cbcs.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;

/**
 * Scanned documents of a record (issue 17): decisions, certificates and other papers of the
 * personnel file (TT 06/2023/TT-BNV Điều 5 names the decisions and certificates a file holds),
 * stored in PostgreSQL beside the record. PDF, JPEG or PNG, recognised by their first bytes, not by
 * their names; the size limit is the setting {@code cbcs.attachments.max-bytes}.
 *
 * <p>Keepers of the record add and remove; whoever may read the record sees the list; the file
 * itself, which carries the personal data of a decision or certificate, is given to those who see
 * sensitive data and to the person themself (the same line as the record's masking). A removal
 * hides the document from the list and keeps it on the record's file with who removed it and why.
 */
@Service
public class Attachments {

  /** What a document is. */
  public enum Kind {
    DECISION,
    CERTIFICATE,
    OTHER
  }

  /** A document as listed (no bytes). */
  public record Attachment(
      long id,
      long personId,
      Kind kind,
      String title,
      String number,
      LocalDate date,
      String fileName,
      String contentType,
      int size,
      String sha256,
      Instant uploadedAt,
      String uploadedBy) {}

  /**
   * What the uploader says of the document (the date as typed: dd/mm/yyyy or ISO), and the file.
   */
  public record Upload(
      String kind, String title, String number, String date, String fileName, byte[] bytes) {}

  /** A document's file. */
  public record File(String fileName, String contentType, byte[] bytes) {}

  private static final String COLUMNS =
      "id, person_id, kind, title, doc_number, doc_date, file_name, content_type, size_bytes,"
          + " sha256, uploaded_at, uploaded_by";

  private final JdbcClient jdbc;
  private final People people;
  private final int maxBytes;

  Attachments(
      JdbcClient jdbc,
      People people,
      @Value("${cbcs.attachments.max-bytes:10485760}") int maxBytes) {
    this.jdbc = jdbc;
    this.people = people;
    this.maxBytes = maxBytes;
  }

  /** The largest file accepted, in bytes. */
  public int maxBytes() {
    return maxBytes;
  }

  /** The documents of a record the actor may read (404 no record, 403 outside their ground). */
  @Transactional(readOnly = true)
  public List<Attachment> list(long personId, vn.cbcs.platform.Actor actor) {
    people.requireReadable(personId, actor);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM person_attachment WHERE person_id = ? AND removed_at IS NULL"
                + " ORDER BY doc_date DESC NULLS LAST, id DESC")
        .param(personId)
        .query((rs, i) -> row(rs))
        .list();
  }

  /** Whether the actor may open the files of this record (not only see the list). */
  public boolean mayOpen(long personId, Actor actor) {
    return !people.masksSensitive(personId, actor);
  }

  /**
   * The file of a document: 404 when the record or the document (on this record) does not exist,
   * 403 outside the actor's ground, or for a role that does not see others' sensitive data.
   */
  @Transactional(readOnly = true)
  public File open(long personId, long attachmentId, Actor actor) {
    people.requireReadable(personId, actor);
    boolean listed =
        jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM person_attachment"
                    + " WHERE id = ? AND person_id = ? AND removed_at IS NULL)")
            .params(attachmentId, personId)
            .query(Boolean.class)
            .single();
    if (!listed) {
      throw new NotFoundException("person.attachment.notFound", attachmentId);
    }
    // the list is theirs to see (ids included); the file is not
    if (!mayOpen(personId, actor)) {
      throw new ForbiddenException("person.attachment.masked");
    }
    return jdbc.sql("SELECT file_name, content_type, bytes FROM person_attachment WHERE id = ?")
        .param(attachmentId)
        .query((rs, i) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .single();
  }

  /** Attaches a document to a record the actor keeps; every refusal named, nothing written. */
  @Transactional
  public Attachment add(long personId, Upload upload, Actor actor) {
    people.requireEditable(personId, actor);
    List<FieldError> errors = new ArrayList<>();
    Kind kind = parseKind(upload.kind(), errors);
    String title = trim(upload.title());
    if (title == null) {
      errors.add(new FieldError("title", "person.attachment.title.required"));
    } else if (title.length() > 300) {
      errors.add(new FieldError("title", "person.attachment.title.tooLong", 300));
    }
    String number = trim(upload.number());
    if (number != null && number.length() > 100) {
      errors.add(new FieldError("number", "person.attachment.number.tooLong", 100));
    }
    LocalDate date = parseDate(upload.date(), errors);
    byte[] bytes = upload.bytes();
    String type = null;
    if (bytes == null || bytes.length == 0) {
      errors.add(new FieldError("file", "person.attachment.file.missing"));
    } else if (bytes.length > maxBytes) {
      errors.add(
          new FieldError(
              "file",
              "person.attachment.file.tooLarge",
              megabytes(bytes.length),
              megabytes(maxBytes)));
    } else {
      type = sniff(bytes);
      if (type == null) {
        errors.add(new FieldError("file", "person.attachment.file.type"));
      }
    }
    InvalidInputException.throwIfAny(errors);
    String fileName = fileName(upload.fileName(), type);
    long id =
        jdbc.sql(
                "INSERT INTO person_attachment (person_id, kind, title, doc_number, doc_date,"
                    + " file_name, content_type, size_bytes, sha256, bytes, uploaded_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .params(
                personId,
                kind.name(),
                title,
                number,
                date,
                fileName,
                type,
                bytes.length,
                sha256(bytes),
                bytes,
                actor.username())
            .query(Long.class)
            .single();
    return jdbc.sql("SELECT " + COLUMNS + " FROM person_attachment WHERE id = ?")
        .param(id)
        .query((rs, i) -> row(rs))
        .single();
  }

  /**
   * Removes a document from the record's list (the row and its file stay, with who and why); 404
   * when there is no such document on this record.
   */
  @Transactional
  public void remove(long personId, long attachmentId, String reason, Actor actor) {
    people.requireEditable(personId, actor);
    String why = trim(reason);
    if (why != null && why.length() > 500) {
      throw new InvalidInputException(
          List.of(new FieldError("reason", "person.attachment.reason.tooLong", 500)));
    }
    int n =
        jdbc.sql(
                "UPDATE person_attachment SET removed_at = now(), removed_by = ?, removed_reason = ?"
                    + " WHERE id = ? AND person_id = ? AND removed_at IS NULL")
            .params(actor.username(), why, attachmentId, personId)
            .update();
    if (n == 0) {
      throw new NotFoundException("person.attachment.notFound", attachmentId);
    }
  }

  private static Attachment row(java.sql.ResultSet rs) throws java.sql.SQLException {
    java.sql.Date d = rs.getDate("doc_date");
    return new Attachment(
        rs.getLong("id"),
        rs.getLong("person_id"),
        Kind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getString("doc_number"),
        d == null ? null : d.toLocalDate(),
        rs.getString("file_name"),
        rs.getString("content_type"),
        rs.getInt("size_bytes"),
        rs.getString("sha256"),
        rs.getTimestamp("uploaded_at").toInstant(),
        rs.getString("uploaded_by"));
  }

  private static Kind parseKind(String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return Kind.OTHER;
    }
    try {
      return Kind.valueOf(value.trim());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("kind", "person.attachment.kind.unknown", value));
      return Kind.OTHER;
    }
  }

  /** PDF starts "%PDF-"; JPEG and PNG as for the photo ({@link Photos#sniff}). */
  static String sniff(byte[] b) {
    byte[] pdf = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    if (b.length > pdf.length && java.util.Arrays.equals(java.util.Arrays.copyOf(b, 5), pdf)) {
      return "application/pdf";
    }
    return Photos.sniff(b);
  }

  /**
   * The name the file is given back under: the uploaded name without any folder part, cut to 255
   * characters, its extension matching what the bytes are.
   */
  static String fileName(String uploaded, String type) {
    String ext =
        switch (type) {
          case "application/pdf" -> ".pdf";
          case "image/png" -> ".png";
          default -> ".jpg";
        };
    String name = uploaded == null ? "" : uploaded.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
    if (name.isEmpty()) {
      name = "tai-lieu";
    }
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    boolean matches = lower.endsWith(ext) || (ext.equals(".jpg") && lower.endsWith(".jpeg"));
    if (!matches) {
      name = name + ext;
    }
    if (name.length() > 255) {
      name = name.substring(0, 255 - ext.length()) + ext;
    }
    return name;
  }

  private static LocalDate parseDate(String raw, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      LocalDate d = vn.cbcs.platform.AsOf.parseLenient("date", raw);
      if (d.isAfter(vn.cbcs.platform.AsOf.today())) {
        errors.add(new FieldError("date", "person.attachment.date.future", raw.strip()));
      }
      return d;
    } catch (vn.cbcs.platform.BadRequestException e) {
      errors.add(new FieldError("date", "person.attachment.date.invalid", raw.strip()));
      return null;
    }
  }

  private static String trim(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  /** Megabytes rounded up to a tenth: a file just over the limit never reads as equal to it. */
  public static double megabytes(int bytes) {
    return Math.ceil(bytes / (1024.0 * 1024.0) * 10) / 10;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
