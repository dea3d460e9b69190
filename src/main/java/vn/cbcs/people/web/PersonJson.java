package vn.cbcs.people.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cbcs.people.PersonData;
import vn.cbcs.people.PersonProfile;
import vn.cbcs.qualifications.Qualification;
import vn.cbcs.qualifications.Track;

/** {@code GET /api/people/{id}}: the record as of a date, with its parts. */
record PersonJson(
    long id,
    int version,
    boolean synthetic,
    LocalDate asOf,
    @JsonUnwrapped PersonData data,
    int age,
    Boolean partyMember,
    String ethnicityName,
    String religionName,
    List<Qualification> qualifications,
    Map<Track, Qualification> highestQualifications,
    List<PostJson> assignments,
    List<PostJson> currentAssignments,
    List<PersonData.Discipline> disciplinesInEffect,
    boolean sensitiveMasked) {

  /** A post with names, as of its first day. */
  record PostJson(
      long id,
      String unitCode,
      String unitName,
      String unitParents,
      String positionCode,
      String positionName,
      boolean concurrent,
      LocalDate from,
      LocalDate to,
      Object startDecision,
      Object endDecision) {

    static PostJson of(PersonProfile.Post p) {
      var a = p.assignment();
      return new PostJson(
          a.id(),
          a.unitCode(),
          p.unitName(),
          p.unitParents(),
          a.positionCode(),
          p.positionName(),
          a.concurrent(),
          a.from(),
          a.to(),
          a.startDecision(),
          a.endDecision());
    }
  }

  static PersonJson of(PersonProfile p, boolean masked) {
    return new PersonJson(
        p.person().id(),
        p.person().version(),
        p.person().synthetic(),
        p.asOf(),
        p.person().data(),
        p.age(),
        masked ? null : p.partyMember(),
        p.ethnicityName(),
        p.religionName(),
        p.qualifications(),
        p.highest(),
        p.posts().stream().map(PostJson::of).toList(),
        p.currentPosts().stream().map(PostJson::of).toList(),
        p.disciplinesInEffect(),
        masked);
  }
}
