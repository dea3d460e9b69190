package vn.cbcs.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cbcs.people.PersonData;
import vn.cbcs.people.Sex;
import vn.cbcs.positions.DecisionData;
import vn.cbcs.qualifications.NewQualification;
import vn.cbcs.qualifications.Track;

/** A generated person while the history is being simulated. */
final class PlannedPerson {

  /** A post held, possibly still open. */
  static final class Post {
    final String unit;
    final String position;
    final boolean concurrent;
    final LocalDate from;
    final DecisionData start;
    LocalDate to;
    DecisionData end;

    Post(String unit, String position, boolean concurrent, LocalDate from, DecisionData start) {
      this.unit = unit;
      this.position = position;
      this.concurrent = concurrent;
      this.from = from;
      this.start = start;
    }
  }

  final PersonData data;
  final List<NewQualification> qualifications = new ArrayList<>();
  final List<Post> posts = new ArrayList<>();
  final LocalDate retirement;
  int professionalRank;
  int theoryRank;

  PlannedPerson(PersonData data, LocalDate retirement) {
    this.data = data;
    this.retirement = retirement;
  }

  Sex sex() {
    return data.sex();
  }

  LocalDate birthDate() {
    return data.birthDate();
  }

  /** The open main post, if any. */
  Post openPost() {
    for (int i = posts.size() - 1; i >= 0; i--) {
      Post p = posts.get(i);
      if (!p.concurrent && p.to == null) {
        return p;
      }
    }
    return null;
  }

  List<Post> openPosts() {
    return posts.stream().filter(p -> p.to == null).toList();
  }

  void award(Track track, String level, int rank, LocalDate on, String major, String institution) {
    qualifications.add(
        new NewQualification(track, level, major, institution, null, null, on, null));
    if (track == Track.PROFESSIONAL) {
      professionalRank = Math.max(professionalRank, rank);
    } else if (track == Track.POLITICAL_THEORY) {
      theoryRank = Math.max(theoryRank, rank);
    }
  }

  /** Ends every open post on {@code lastDay} by {@code decision}. */
  void endAll(LocalDate lastDay, DecisionData decision) {
    for (Post p : posts) {
      if (p.to == null) {
        p.to = lastDay.isBefore(p.from) ? p.from : lastDay;
        p.end = decision;
      }
    }
  }
}
