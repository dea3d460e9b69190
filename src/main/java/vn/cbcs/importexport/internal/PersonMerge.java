package vn.cbcs.importexport.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import vn.cbcs.importexport.ImportKind;
import vn.cbcs.importexport.RowReport.Change;
import vn.cbcs.people.PersonData;
import vn.cbcs.people.PersonDataBuilder;

/**
 * The recorded person with the fields a row fills. A blank cell keeps the recorded value; a value
 * that differs only in Unicode form or spacing is the same value (the recorded one is kept), so
 * that an export imported back changes nothing.
 */
final class PersonMerge {

  private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private PersonMerge() {}

  static PersonData merge(PersonData old, PersonData typed, List<Change> changes) {
    PersonDataBuilder b = old.toBuilder();
    text(
        changes,
        Columns.FULL_NAME,
        old,
        typed,
        PersonData::fullName,
        PersonDataBuilder::fullName,
        b);
    if (typed.sex() != null && typed.sex() != old.sex()) {
      b.sex(typed.sex());
      changes.add(change(Columns.SEX, old.sex(), typed.sex()));
    }
    if (typed.birthDate() != null
        && (!typed.birthDate().equals(old.birthDate())
            || typed.birthYearOnly() != old.birthYearOnly())) {
      b.birthDate(typed.birthDate()).birthYearOnly(typed.birthYearOnly());
      changes.add(
          new Change(
              Columns.header(ImportKind.PEOPLE, Columns.BIRTH),
              birth(old.birthDate(), old.birthYearOnly()),
              birth(typed.birthDate(), typed.birthYearOnly())));
    }
    text(
        changes,
        Columns.ETHNICITY,
        old,
        typed,
        PersonData::ethnicityCode,
        PersonDataBuilder::ethnicityCode,
        b);
    text(
        changes,
        Columns.RELIGION,
        old,
        typed,
        PersonData::religionCode,
        PersonDataBuilder::religionCode,
        b);
    text(
        changes,
        Columns.HOME_TOWN,
        old,
        typed,
        PersonData::homeTownText,
        PersonDataBuilder::homeTownText,
        b);
    text(
        changes,
        Columns.RESIDENCE,
        old,
        typed,
        PersonData::residence,
        PersonDataBuilder::residence,
        b);
    text(changes, Columns.PHONE, old, typed, PersonData::phone, PersonDataBuilder::phone, b);
    text(
        changes,
        Columns.GENERAL_EDUCATION,
        old,
        typed,
        PersonData::generalEducation,
        PersonDataBuilder::generalEducation,
        b);
    date(changes, Columns.PARTY_JOIN, old.partyJoinDate(), typed.partyJoinDate(), b::partyJoinDate);
    date(
        changes,
        Columns.PARTY_OFFICIAL,
        old.partyOfficialDate(),
        typed.partyOfficialDate(),
        b::partyOfficialDate);
    return b.build();
  }

  private static void text(
      List<Change> changes,
      String column,
      PersonData old,
      PersonData typed,
      Function<PersonData, String> get,
      BiConsumer<PersonDataBuilder, String> set,
      PersonDataBuilder b) {
    String now = get.apply(typed);
    if (now == null) {
      return;
    }
    String before = get.apply(old);
    if (!Objects.equals(Text.clean(before), Text.clean(now))) {
      set.accept(b, now);
      changes.add(new Change(Columns.header(ImportKind.PEOPLE, column), before, now));
    }
  }

  private static void date(
      List<Change> changes,
      String column,
      LocalDate before,
      LocalDate now,
      java.util.function.Consumer<LocalDate> set) {
    if (now != null && !now.equals(before)) {
      set.accept(now);
      changes.add(
          new Change(
              Columns.header(ImportKind.PEOPLE, column),
              before == null ? null : VN.format(before),
              VN.format(now)));
    }
  }

  private static Change change(String column, Object before, Object after) {
    return new Change(
        Columns.header(ImportKind.PEOPLE, column),
        before == null ? null : before.toString(),
        after == null ? null : after.toString());
  }

  static String birth(LocalDate date, boolean yearOnly) {
    if (date == null) {
      return null;
    }
    return yearOnly ? String.valueOf(date.getYear()) : VN.format(date);
  }
}
