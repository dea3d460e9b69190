package vn.cbcs.people.web;

import java.util.List;
import java.util.Map;
import vn.cbcs.people.PersonProfile;
import vn.cbcs.people.Revision;
import vn.cbcs.platform.FieldError;
import vn.cbcs.positions.Position;
import vn.cbcs.qualifications.QualificationLevel;

/**
 * The person page: the profile as of a date, its history, and the forms to add a qualification or a
 * post (with the values typed and the errors when one was refused).
 */
public record PersonPageView(
    PersonProfile profile,
    List<Revision> revisions,
    boolean canEdit,
    List<Position> positions,
    List<QualificationLevel> levels,
    String openForm,
    Map<String, String> values,
    List<FieldError> errors,
    String flash,
    String flashError,
    boolean hasPhoto,
    List<DisciplineChoice> disciplineForms,
    List<vn.cbcs.people.Attachments.Attachment> attachments,
    boolean mayOpenAttachments,
    int attachmentMaxBytes) {

  /** The largest attachment accepted, in whole megabytes, for the form's hint. */
  public long attachmentLimitMb() {
    return Math.round(attachmentMaxBytes / (1024.0 * 1024.0));
  }

  /**
   * A discipline form of the catalogue ({@code discipline_form}) as offered in the form: its system
   * (STATE, PARTY) and the dates it is valid between (null: open).
   */
  public record DisciplineChoice(
      String system, String form, java.time.LocalDate validFrom, java.time.LocalDate validTo) {

    public String value() {
      return system + ":" + form;
    }
  }

  /** What was typed in this form when it was refused; blank for the other forms of the page. */
  public String valueFor(String form, String field) {
    return form.equals(openForm) ? value(field) : "";
  }

  public String value(String field) {
    String v = values.get(field);
    return v == null ? "" : v;
  }

  /**
   * The day the post form offers posts for: the start date typed in a refused post form, else today
   * (the posts of other periods stay one click away).
   */
  public java.time.LocalDate postFormDate() {
    String typed = "post".equals(openForm) ? value("from") : "";
    if (!typed.isBlank()) {
      try {
        return vn.cbcs.platform.AsOf.parseLenient("from", typed);
      } catch (vn.cbcs.platform.BadRequestException e) {
        // a date the form refused: offer today's posts, the error is shown by the field
      }
    }
    return vn.cbcs.platform.AsOf.today();
  }

  /** The track the level select starts on: the one typed, else the first. */
  public String levelTrack() {
    String typed = "qualification".equals(openForm) ? value("track") : "";
    return typed.isBlank() ? vn.cbcs.qualifications.Track.values()[0].name() : typed;
  }

  public FieldError error(String field) {
    return errors.stream().filter(e -> e.field().endsWith(field)).findFirst().orElse(null);
  }

  /**
   * A field of the record, for display on a page in {@code lang}: dates as they are, codes replaced
   * by names in that language.
   */
  public Object field(String name, String lang) {
    var d = profile.person().data();
    boolean en = "en".equals(lang);
    switch (name) {
      case "ethnicityCode":
        return en ? profile.ethnicityNameEn() : profile.ethnicityName();
      case "religionCode":
        return en ? profile.religionNameEn() : profile.religionName();
      default:
        break;
    }
    java.lang.reflect.Method accessor = ACCESSORS.get(name);
    if (accessor == null) {
      throw new java.util.NoSuchElementException("no field " + name + " in a person's record");
    }
    try {
      return accessor.invoke(d);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The record's fields by name, found once: asking the record class for its components builds them
   * anew each time, and a person's page shows some sixty fields.
   */
  private static final Map<String, java.lang.reflect.Method> ACCESSORS =
      java.util.Arrays.stream(vn.cbcs.people.PersonData.class.getRecordComponents())
          .collect(
              java.util.stream.Collectors.toUnmodifiableMap(
                  java.lang.reflect.RecordComponent::getName,
                  java.lang.reflect.RecordComponent::getAccessor));

  public PersonPageView withFlashError(String key) {
    return new PersonPageView(
        profile,
        revisions,
        canEdit,
        positions,
        levels,
        openForm,
        values,
        errors,
        flash,
        key,
        hasPhoto,
        disciplineForms,
        attachments,
        mayOpenAttachments,
        attachmentMaxBytes);
  }

  public String link() {
    return "/people/" + profile.person().id() + "?asOf=" + profile.asOf();
  }
}
