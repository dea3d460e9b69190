package vn.cbcs.people.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cbcs.people.CatalogueEntry;
import vn.cbcs.units.Units;

/** Code lists of the person record: ethnic groups, religions, birth provinces of the ID number. */
@Component
public class Catalogues {

  private final JdbcClient jdbc;
  private final Units units;
  private volatile Set<String> provinces;

  Catalogues(JdbcClient jdbc, Units units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  /** The 54 ethnic groups, read once: reference data only a migration changes (issue 18). */
  private volatile List<CatalogueEntry> ethnicities;

  public List<CatalogueEntry> ethnicities() {
    List<CatalogueEntry> e = ethnicities;
    if (e == null) {
      e =
          List.copyOf(
              jdbc.sql("SELECT code, name, official, name_en FROM ethnicity ORDER BY code")
                  .query(
                      (rs, i) ->
                          new CatalogueEntry(
                              rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)))
                  .list());
      ethnicities = e;
    }
    return e;
  }

  /** A discipline form of a system and staff category over a period (table discipline_form). */
  public record DisciplineForm(
      String system,
      String staffCategory,
      String form,
      boolean leadersOnly,
      java.time.LocalDate validFrom,
      java.time.LocalDate validTo,
      String legalSource) {

    public boolean inForceOn(java.time.LocalDate d) {
      return (validFrom == null || !validFrom.isAfter(d))
          && (validTo == null || !validTo.isBefore(d));
    }
  }

  /**
   * The discipline forms and religions, read once like the ethnic groups (only migrations change
   * them).
   */
  private volatile List<DisciplineForm> disciplineForms;

  private volatile List<CatalogueEntry> religions;

  /** The discipline forms of every system and period, in the order of the texts. */
  public List<DisciplineForm> disciplineForms() {
    List<DisciplineForm> f = disciplineForms;
    if (f == null) {
      f = List.copyOf(readDisciplineForms());
      disciplineForms = f;
    }
    return f;
  }

  private List<DisciplineForm> readDisciplineForms() {
    return jdbc.sql(
            "SELECT system, staff_category, form, leaders_only, valid_from, valid_to, legal_source"
                + " FROM discipline_form ORDER BY sort_order")
        .query(
            (rs, i) ->
                new DisciplineForm(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4),
                    rs.getObject(5, java.time.LocalDate.class),
                    rs.getObject(6, java.time.LocalDate.class),
                    rs.getString(7)))
        .list();
  }

  public List<CatalogueEntry> religions() {
    List<CatalogueEntry> r = religions;
    if (r == null) {
      r =
          List.copyOf(
              jdbc.sql("SELECT code, name, name_en FROM religion ORDER BY code")
                  .query(
                      (rs, i) ->
                          new CatalogueEntry(
                              rs.getString(1), rs.getString(2), true, rs.getString(3)))
                  .list());
      religions = r;
    }
    return r;
  }

  Set<String> ethnicityCodes() {
    return ethnicities().stream().map(CatalogueEntry::code).collect(Collectors.toSet());
  }

  Set<String> religionCodes() {
    return religions().stream().map(CatalogueEntry::code).collect(Collectors.toSet());
  }

  /**
   * Province codes that can open a personal ID: every province code ever in the unit lists (the 63
   * of before 1-7-2025 include the 34 of after).
   */
  Set<String> birthProvinceCodes() {
    Set<String> p = provinces;
    if (p == null || p.isEmpty()) {
      p = units.provinceCodesEver();
      provinces = p;
    }
    return p;
  }
}
