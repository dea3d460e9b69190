package vn.cbcs.people.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
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

  /**
   * The ethnic groups, religions and discipline forms, each read once: reference data only a
   * migration changes (issue 18; ADR 20 on several instances).
   */
  private final SingletonSupplier<List<CatalogueEntry>> ethnicities =
      SingletonSupplier.of(() -> List.copyOf(readEthnicities()));

  private final SingletonSupplier<List<CatalogueEntry>> religions =
      SingletonSupplier.of(() -> List.copyOf(readReligions()));

  private final SingletonSupplier<List<DisciplineForm>> disciplineForms =
      SingletonSupplier.of(() -> List.copyOf(readDisciplineForms()));

  /** The 54 ethnic groups. */
  public List<CatalogueEntry> ethnicities() {
    return ethnicities.obtain();
  }

  private List<CatalogueEntry> readEthnicities() {
    return jdbc.sql("SELECT code, name, official, name_en FROM ethnicity ORDER BY code")
        .query(
            (rs, i) ->
                new CatalogueEntry(
                    rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)))
        .list();
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

  /** The discipline forms of every system and period, in the order of the texts. */
  public List<DisciplineForm> disciplineForms() {
    return disciplineForms.obtain();
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
    return religions.obtain();
  }

  private List<CatalogueEntry> readReligions() {
    return jdbc.sql("SELECT code, name, name_en FROM religion ORDER BY code")
        .query(
            (rs, i) -> new CatalogueEntry(rs.getString(1), rs.getString(2), true, rs.getString(3)))
        .list();
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
