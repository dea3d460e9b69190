package vn.cbcs.people;

import java.util.List;

/** One page of a person list. */
public record PersonPage(List<PersonRow> items, int page, int size, long total) {

  public long pages() {
    return size == 0 ? 0 : (total + size - 1) / size;
  }
}
