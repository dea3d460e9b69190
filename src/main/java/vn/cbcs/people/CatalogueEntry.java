package vn.cbcs.people;

/** A row of a code list (ethnic groups, religions). */
public record CatalogueEntry(String code, String name, boolean official) {}
