package vn.cbcs.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cbcs.positions.Assignment;
import vn.cbcs.qualifications.Qualification;
import vn.cbcs.qualifications.Track;

/**
 * A person as of a date, with everything a page, the API or the CV printout shows: the record,
 * names of its codes (Vietnamese, and English where the list has them), qualifications (all, and
 * the highest of each track on the date), posts (all, and those in force on the date) and
 * disciplines in effect.
 */
public record PersonProfile(
    Person person,
    LocalDate asOf,
    int age,
    boolean partyMember,
    String ethnicityName,
    String religionName,
    String ethnicityNameEn,
    String religionNameEn,
    List<Qualification> qualifications,
    Map<Track, Qualification> highest,
    List<Post> posts,
    List<Post> currentPosts,
    List<PersonData.Discipline> disciplinesInEffect) {

  /**
   * An assignment with the names of its commune (and that commune's parents, as of the assignment's
   * first day) and of its post.
   */
  public record Post(
      Assignment assignment, String unitName, String unitParents, String positionName) {}

  /** The main post on the date, if any. */
  public Post mainPost() {
    return currentPosts.stream()
        .filter(p -> !p.assignment().concurrent())
        .findFirst()
        .orElse(currentPosts.isEmpty() ? null : currentPosts.get(0));
  }
}
