package vn.cbcs.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.cbcs.importexport.internal.ExportWriter;
import vn.cbcs.people.CatalogueEntry;
import vn.cbcs.people.People;
import vn.cbcs.people.PersonDirectory;
import vn.cbcs.people.PersonFilter;
import vn.cbcs.people.PersonPage;
import vn.cbcs.people.PersonRow;
import vn.cbcs.platform.Actor;
import vn.cbcs.positions.Assignment;
import vn.cbcs.positions.Assignments;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.qualifications.Qualifications;

/**
 * A person list as shown on {@code /people} (same filters, as-of date and Vietnamese order) as an
 * xlsx with the headers of the people template, so that it can be edited and imported back: the
 * record's fields, the highest qualification of each track and the main post on the date with its
 * decision. Written row by row (SXSSF), reading the list a page at a time.
 */
@Service
public class PeopleExport {

  private static final int PAGE = PersonDirectory.MAX_PAGE_SIZE;

  private final PersonDirectory directory;
  private final People people;
  private final Qualifications qualifications;
  private final Assignments assignments;
  private final PositionCatalogue positions;

  PeopleExport(
      PersonDirectory directory,
      People people,
      Qualifications qualifications,
      Assignments assignments,
      PositionCatalogue positions) {
    this.directory = directory;
    this.people = people;
    this.qualifications = qualifications;
    this.assignments = assignments;
    this.positions = positions;
  }

  /** Refuses (before anything is streamed) a list the actor may not read: 400, 403, 404. */
  public void check(PersonFilter filter, Actor actor) {
    directory.list(filter, 0, 1, actor);
  }

  /** The list as the actor may read it (sensitive fields masked for roles that mask them). */
  public void write(PersonFilter filter, OutputStream out, Actor actor) throws IOException {
    Map<String, String> ethnicities = names(people.ethnicities());
    Map<String, String> religions = names(people.religions());
    Map<String, String> posts = new HashMap<>();
    for (Position p : positions.all()) {
      posts.putIfAbsent(p.code(), p.nameVi());
    }
    try (ExportWriter writer = new ExportWriter(out)) {
      int page = 0;
      while (true) {
        PersonPage rows = directory.list(filter, page, PAGE, actor);
        for (PersonRow row : rows.items()) {
          Optional.of(people.require(row.id(), actor))
              .ifPresent(
                  person -> {
                    Assignment post =
                        assignments.inForce(row.id(), filter.asOf(), actor).stream()
                            .filter(a -> !a.concurrent())
                            .findFirst()
                            .orElse(null);
                    writer.person(
                        person.data(),
                        ethnicities,
                        religions,
                        qualifications.highest(row.id(), filter.asOf(), actor),
                        post,
                        post == null ? null : row.unitName(),
                        post == null ? null : posts.get(post.positionCode()));
                  });
        }
        if (rows.items().size() < PAGE || !rows.hasNext()) {
          break;
        }
        page++;
      }
    }
  }

  private static Map<String, String> names(List<CatalogueEntry> entries) {
    Map<String, String> m = new HashMap<>();
    entries.forEach(e -> m.put(e.code(), e.code() + " – " + e.name()));
    return m;
  }
}
