package vn.cbcs.indicators.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.stream.Collectors;
import vn.cbcs.qualifications.Track;

/**
 * The highest rank per qualification track of the holders in a query's {@code posts} (a CTE with a
 * {@code person_id} column), through the qualifications module's SQL API {@code
 * qualifications_held_on} (V121), as a relation {@code ranks} with a column {@link #column} per
 * track asked for. Only the qualifications of those tracks are read: for the whole country, a third
 * of the statement's time went to grouping the qualifications of tracks no condition asked about
 * (issue 18).
 *
 * <p>Two plans, measured at national scale (issue 18): for the whole country one pass over every
 * qualification joined by hash is the fastest (about the hand-written count); for a province or a
 * commune the person index, looked up per holder, is (a pass over every qualification of the
 * country cost a province about twice the hand-written count).
 */
final class Ranks {

  private final String aggregates;
  private final String tracks;

  private Ranks(Collection<Track> tracks) {
    this.aggregates =
        tracks.stream()
            .map(t -> "max(h.rank) FILTER (WHERE h.track = '" + t.name() + "') AS " + column(t))
            .collect(Collectors.joining(", "));
    this.tracks =
        EnumSet.copyOf(tracks).equals(EnumSet.allOf(Track.class))
            ? ""
            : tracks.stream()
                .map(t -> "'" + t.name() + "'")
                .collect(Collectors.joining(", ", " AND h.track IN (", ")"));
  }

  /** The highest ranks in the given tracks (at least one). */
  static Ranks of(Collection<Track> tracks) {
    if (tracks.isEmpty()) {
      throw new IllegalArgumentException("no track");
    }
    return new Ranks(tracks);
  }

  /** The column of the highest rank held in a track. */
  static String column(Track track) {
    return "rank_" + track.name().toLowerCase();
  }

  /** The CTE {@code ranks} of the set-based plan (after {@code posts}; without a comma). */
  String cte() {
    return " ranks AS (SELECT h.person_id, "
        + aggregates
        + " FROM qualifications_held_on(:d) h"
        + " WHERE h.person_id IN (SELECT person_id FROM posts)"
        + tracks
        + " GROUP BY h.person_id)";
  }

  /** The join that makes {@code ranks} available beside {@code posts}. */
  String join(boolean setBased) {
    return setBased
        ? " LEFT JOIN ranks ON ranks.person_id = posts.person_id"
        : " LEFT JOIN LATERAL (SELECT "
            + aggregates
            + " FROM qualifications_held_on(:d) h WHERE h.person_id = posts.person_id"
            + tracks
            + ") ranks ON true";
  }
}
