package vn.cbcs.people;

import java.util.List;

/**
 * One page of a person list. {@code total} is the number of people the list holds when {@code
 * totalExact}; a search by name or ID stops counting at {@link PersonDirectory#SEARCH_COUNT_CAP}
 * (or just past the page asked for), and then holds more than {@code total} people.
 */
public record PersonPage(
    List<PersonRow> items, int page, int size, long total, boolean totalExact) {

  /** A page of a list counted to its end. */
  public PersonPage(List<PersonRow> items, int page, int size, long total) {
    this(items, page, size, total, true);
  }

  /** Pages known to exist: all of them when counted to the end, else one past the counted ones. */
  public long pages() {
    if (size == 0) {
      return 0;
    }
    long counted = (total + size - 1) / size;
    return totalExact ? counted : counted + 1;
  }

  /** Whether a page follows this one. */
  public boolean hasNext() {
    return !totalExact || (long) (page + 1) * size < total;
  }
}
