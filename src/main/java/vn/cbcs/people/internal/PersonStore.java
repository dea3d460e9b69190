package vn.cbcs.people.internal;

import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cbcs.people.Person;
import vn.cbcs.people.PersonData;
import vn.cbcs.people.Sex;
import vn.cbcs.platform.AnyId;

/**
 * SQL for the person aggregate: the {@code person} row and its lists. Column names are the record
 * components in snake case, so the mapping is one table of names, not one line per field.
 */
@Repository
public class PersonStore {

  /** Scalar fields of {@link PersonData}, in record order (lists excluded). */
  static final List<RecordComponent> SCALARS =
      java.util.Arrays.stream(PersonFields.ALL).filter(c -> c.getType() != List.class).toList();

  /** The column of each scalar field, worked out once (a regex per field and row was costly). */
  private static final Map<String, String> COLUMN_OF =
      SCALARS.stream()
          .collect(
              java.util.stream.Collectors.toUnmodifiableMap(
                  RecordComponent::getName, c -> snake(c.getName())));

  private static final String COLUMNS =
      String.join(", ", SCALARS.stream().map(c -> COLUMN_OF.get(c.getName())).toList());

  private final JdbcClient jdbc;
  private final org.springframework.jdbc.core.JdbcTemplate template;

  PersonStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  /** For callers that write in batches ({@link vn.cbcs.platform.BatchInsert}). */
  public org.springframework.jdbc.core.JdbcTemplate template() {
    return template;
  }

  public long insert(PersonData d, String user, boolean synthetic) {
    Map<String, Object> values = values(d);
    String names = String.join(", ", values.keySet());
    String params = String.join(", ", values.keySet().stream().map(k -> ":" + k).toList());
    var spec =
        jdbc.sql(
            "INSERT INTO person ("
                + names
                + ", synthetic, created_by, updated_by) VALUES ("
                + params
                + ", :synthetic, :user, :user) RETURNING id");
    for (var e : values.entrySet()) {
      spec = spec.param(e.getKey(), e.getValue());
    }
    long id = spec.param("synthetic", synthetic).param("user", user).query(Long.class).single();
    insertLists(id, d);
    return id;
  }

  /** Inserts synthetic records in one batch; their lists are written too. */
  public List<Long> insertBatch(List<PersonData> data, String user) {
    if (data.isEmpty()) {
      return List.of();
    }
    List<String> names = new ArrayList<>(values(data.get(0)).keySet());
    String sql =
        "INSERT INTO person ("
            + String.join(", ", names)
            + ", synthetic, created_by, updated_by) VALUES ("
            + String.join(", ", names.stream().map(n -> "?").toList())
            + ", true, ?, ?)";
    List<Object[]> rows = new ArrayList<>();
    for (PersonData d : data) {
      List<Object> row = new ArrayList<>();
      for (Object v : values(d).values()) {
        row.add(v instanceof LocalDate date ? java.sql.Date.valueOf(date) : v);
      }
      row.add(user);
      row.add(user);
      rows.add(row.toArray());
    }
    template.batchUpdate(sql, rows);
    java.util.Map<String, Long> byPersonalId = new java.util.HashMap<>();
    jdbc.sql("SELECT personal_id, id FROM person WHERE personal_id IN (:ids)")
        .param("ids", data.stream().map(PersonData::personalId).toList())
        .query(
            rs -> {
              byPersonalId.put(rs.getString(1), rs.getLong(2));
            });
    List<Long> ordered = new ArrayList<>();
    for (PersonData d : data) {
      long id = byPersonalId.get(d.personalId());
      ordered.add(id);
      if (!d.family().isEmpty()
          || !d.workHistory().isEmpty()
          || !d.rewards().isEmpty()
          || !d.disciplines().isEmpty()) {
        insertLists(id, d);
      }
    }
    return ordered;
  }

  /**
   * Inserts records under ids taken beforehand ({@link vn.cbcs.platform.BatchInsert#ids}), in few
   * statements; their lists are written too. The caller has checked every record.
   */
  public void insertMany(List<Long> ids, List<PersonData> data, String user) {
    if (data.isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>(List.of("id"));
    names.addAll(values(data.get(0)).keySet());
    names.addAll(List.of("synthetic", "created_by", "updated_by"));
    List<Object[]> rows = new ArrayList<>(data.size());
    for (int i = 0; i < data.size(); i++) {
      List<Object> row = new ArrayList<>(names.size());
      row.add(ids.get(i));
      row.addAll(values(data.get(i)).values());
      row.add(false);
      row.add(user);
      row.add(user);
      rows.add(row.toArray());
    }
    vn.cbcs.platform.BatchInsert.insert(template, "person", names, rows);
    for (int i = 0; i < data.size(); i++) {
      PersonData d = data.get(i);
      if (!d.family().isEmpty()
          || !d.workHistory().isEmpty()
          || !d.rewards().isEmpty()
          || !d.disciplines().isEmpty()) {
        insertLists(ids.get(i), d);
      }
    }
  }

  /** The first revision of many records, each with its own changes (JSON). */
  public void addRevisions(
      List<Long> ids, String user, String source, String reason, List<String> changesJson) {
    List<Object[]> rows = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      rows.add(new Object[] {ids.get(i), 0, user, source, reason, changesJson.get(i)});
    }
    vn.cbcs.platform.BatchInsert.insert(
        template,
        "person_revision",
        List.of("person_id", "version", "changed_by", "source", "reason", "changes::jsonb"),
        rows);
  }

  /** The ids of the records with these personal IDs (one query for the whole set). */
  public Map<String, Long> idsOf(java.util.Collection<String> personalIds) {
    Map<String, Long> ids = new java.util.HashMap<>();
    if (personalIds.isEmpty()) {
      return ids;
    }
    jdbc.sql("SELECT personal_id, id FROM person WHERE personal_id = ANY(CAST(? AS bpchar[]))")
        .param(personalIds.toArray(String[]::new))
        .query(
            rs -> {
              ids.put(rs.getString(1), rs.getLong(2));
            });
    return ids;
  }

  public void addCreationRevisions(List<Long> ids, String user, String source, String reason) {
    List<Object[]> rows = new ArrayList<>();
    for (Long id : ids) {
      rows.add(new Object[] {id, user, source, reason});
    }
    template.batchUpdate(
        "INSERT INTO person_revision (person_id, version, changed_by, source, reason, changes)"
            + " VALUES (?, 0, ?, ?, ?, '{\"*\": {\"before\": null, \"after\": \"generated\"}}'::jsonb)",
        rows);
  }

  public long count() {
    return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
  }

  /** Updates the record if its version is still {@code version}; false if someone was first. */
  public boolean update(long id, int version, PersonData d, String user) {
    Map<String, Object> values = values(d);
    String sets = String.join(", ", values.keySet().stream().map(k -> k + " = :" + k).toList());
    var spec =
        jdbc.sql(
            "UPDATE person SET "
                + sets
                + ", version = version + 1, updated_at = now(), updated_by = :user"
                + " WHERE id = :id AND version = :version");
    for (var e : values.entrySet()) {
      spec = spec.param(e.getKey(), e.getValue());
    }
    int rows = spec.param("user", user).param("id", id).param("version", version).update();
    if (rows == 0) {
      return false;
    }
    for (String table :
        List.of(
            "person_family_member", "person_work_history", "person_reward", "person_discipline")) {
      jdbc.sql("DELETE FROM " + table + " WHERE person_id = ?").param(id).update();
    }
    insertLists(id, d);
    return true;
  }

  public Optional<Person> find(long id) {
    return jdbc.sql(
            "SELECT id, version, synthetic, created_at, created_by, updated_at, updated_by, "
                + COLUMNS
                + " FROM person WHERE id = ?")
        .param(id)
        .query((rs, i) -> map(rs))
        .optional()
        .map(p -> withLists(p));
  }

  /** The records of these ids that exist, with their lists, by id (five queries for the set). */
  public Map<Long, Person> findAll(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Person> people =
        jdbc.sql(
                "SELECT id, version, synthetic, created_at, created_by, updated_at, updated_by, "
                    + COLUMNS
                    + " FROM person WHERE id = ANY(CAST(? AS bigint[]))")
            .param(ids.toArray(Long[]::new))
            .query((rs, i) -> map(rs))
            .list();
    Map<Long, Person> byId = new java.util.HashMap<>();
    if (!people.isEmpty()) {
      withLists(people).forEach(p -> byId.put(p.id(), p));
    }
    return byId;
  }

  public Optional<Long> idOf(String personalId) {
    return jdbc.sql("SELECT id FROM person WHERE personal_id = ?")
        .param(personalId)
        .query(Long.class)
        .optional();
  }

  Optional<int[]> versionOf(long id) {
    return jdbc.sql("SELECT version FROM person WHERE id = ?")
        .param(id)
        .query((rs, i) -> new int[] {rs.getInt(1)})
        .optional();
  }

  private static Map<String, Object> values(PersonData d) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (RecordComponent c : SCALARS) {
      Object v = PersonFields.read(c, d);
      if (v instanceof String s) {
        v = s.isBlank() ? null : s.strip();
      } else if (v instanceof Sex sex) {
        v = sex.name();
      }
      values.put(COLUMN_OF.get(c.getName()), v);
    }
    values.put(
        "full_name",
        java.text.Normalizer.normalize(d.fullName().strip(), java.text.Normalizer.Form.NFC)
            .replaceAll("\\s+", " "));
    return values;
  }

  private Person map(ResultSet rs) throws SQLException {
    Object[] args = new Object[PersonFields.ALL.length];
    int i = 0;
    for (RecordComponent c : PersonFields.ALL) {
      if (c.getType() == List.class) {
        args[i++] = List.of();
        continue;
      }
      String col = COLUMN_OF.get(c.getName());
      Object v;
      if (c.getType() == LocalDate.class) {
        v = rs.getObject(col, LocalDate.class);
      } else if (c.getType() == Sex.class) {
        v = Sex.valueOf(rs.getString(col));
      } else if (c.getType() == boolean.class) {
        v = rs.getBoolean(col);
      } else if (c.getType() == Integer.class) {
        v = rs.getObject(col, Integer.class);
      } else {
        v = rs.getString(col);
        v = v == null ? null : ((String) v).strip();
      }
      args[i++] = v;
    }
    PersonData data = construct(args);
    return new Person(
        rs.getLong("id"),
        rs.getInt("version"),
        rs.getBoolean("synthetic"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"),
        data);
  }

  private static final java.lang.reflect.Constructor<PersonData> CANONICAL = canonical();

  private static java.lang.reflect.Constructor<PersonData> canonical() {
    try {
      return PersonData.class.getDeclaredConstructor(
          java.util.Arrays.stream(PersonFields.ALL)
              .map(RecordComponent::getType)
              .toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PersonData construct(Object[] args) {
    try {
      return CANONICAL.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private Person withLists(Person p) {
    return withLists(List.of(p)).get(0);
  }

  /**
   * The records with their lists (family, work before, rewards, disciplines), read in one statement
   * for the set, in the given order: the four lists' rows one after the other, each list in its own
   * order (it was one statement per list, three more round trips on every person's page).
   */
  private List<Person> withLists(List<Person> people) {
    if (people.isEmpty()) {
      return List.of();
    }
    Long[] ids = people.stream().map(Person::id).toArray(Long[]::new);
    AnyId these = AnyId.of(ids);
    String of = these.in("person_id");
    Map<Long, List<PersonData.FamilyMember>> family = new java.util.HashMap<>();
    Map<Long, List<PersonData.WorkEntry>> work = new java.util.HashMap<>();
    Map<Long, List<PersonData.Reward>> rewards = new java.util.HashMap<>();
    Map<Long, List<PersonData.Discipline>> disciplines = new java.util.HashMap<>();
    Object id = these.param();
    jdbc.sql(
            // kind, person, t1..t5 (text), n1 (a year), d1..d3 (dates), the row's place in its list
            "SELECT kind, person_id, t1, t2, t3, t4, t5, n1, d1, d2, d3 FROM ("
                + "SELECT 1 AS kind, person_id, side::text AS t1, relation::text AS t2,"
                + " full_name AS t3, details AS t4, residence AS t5, birth_year::int AS n1,"
                + " NULL::date AS d1, NULL::date AS d2, NULL::date AS d3,"
                + " row_number() OVER (PARTITION BY person_id ORDER BY position, id) AS place"
                + " FROM person_family_member WHERE "
                + of
                + " UNION ALL SELECT 2, person_id, organisation, title, NULL, NULL, NULL, NULL,"
                + " from_date, to_date, NULL,"
                + " row_number() OVER (PARTITION BY person_id ORDER BY from_date, id)"
                + " FROM person_work_history WHERE "
                + of
                + " UNION ALL SELECT 3, person_id, form, decision_number, issuer, NULL, NULL,"
                + " year::int, decision_date, NULL, NULL,"
                + " row_number() OVER (PARTITION BY person_id ORDER BY year, id)"
                + " FROM person_reward WHERE "
                + of
                + " UNION ALL SELECT 4, person_id, form::text, violation, issuer, decision_number,"
                + " system::text, NULL, decided_on, effective_from, effective_to,"
                + " row_number() OVER (PARTITION BY person_id ORDER BY decided_on, id)"
                + " FROM person_discipline WHERE "
                + of
                + ") lists ORDER BY kind, person_id, place")
        .params(id, id, id, id)
        .query(
            rs -> {
              long person = rs.getLong(2);
              switch (rs.getInt(1)) {
                case 1 ->
                    family
                        .computeIfAbsent(person, k -> new ArrayList<>())
                        .add(
                            new PersonData.FamilyMember(
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getObject(8, Integer.class),
                                rs.getString(6),
                                rs.getString(7)));
                case 2 ->
                    work.computeIfAbsent(person, k -> new ArrayList<>())
                        .add(
                            new PersonData.WorkEntry(
                                rs.getObject(9, LocalDate.class),
                                rs.getObject(10, LocalDate.class),
                                rs.getString(3),
                                rs.getString(4)));
                case 3 ->
                    rewards
                        .computeIfAbsent(person, k -> new ArrayList<>())
                        .add(
                            new PersonData.Reward(
                                rs.getInt(8),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getObject(9, LocalDate.class),
                                rs.getString(5)));
                default ->
                    disciplines
                        .computeIfAbsent(person, k -> new ArrayList<>())
                        .add(
                            new PersonData.Discipline(
                                rs.getString(3),
                                rs.getObject(9, LocalDate.class),
                                rs.getObject(10, LocalDate.class),
                                rs.getObject(11, LocalDate.class),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7)));
              }
            });
    List<Person> out = new ArrayList<>(people.size());
    for (Person p : people) {
      PersonData d =
          p.data().toBuilder()
              .family(family.getOrDefault(p.id(), List.of()))
              .workHistory(work.getOrDefault(p.id(), List.of()))
              .rewards(rewards.getOrDefault(p.id(), List.of()))
              .disciplines(disciplines.getOrDefault(p.id(), List.of()))
              .build();
      out.add(p.withData(d));
    }
    return out;
  }

  private void insertLists(long id, PersonData d) {
    int position = 0;
    for (PersonData.FamilyMember m : d.family()) {
      jdbc.sql(
              "INSERT INTO person_family_member (person_id, side, relation, full_name, birth_year, details,"
                  + " residence, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              id,
              m.side(),
              m.relation(),
              m.fullName().strip(),
              m.birthYear(),
              m.details(),
              m.residence(),
              position++)
          .update();
    }
    for (PersonData.WorkEntry w : d.workHistory()) {
      jdbc.sql(
              "INSERT INTO person_work_history (person_id, from_date, to_date, organisation, title)"
                  + " VALUES (?, ?, ?, ?, ?)")
          .params(id, w.from(), w.to(), w.organisation().strip(), w.title())
          .update();
    }
    for (PersonData.Reward r : d.rewards()) {
      jdbc.sql(
              "INSERT INTO person_reward (person_id, year, form, decision_number, decision_date, issuer)"
                  + " VALUES (?, ?, ?, ?, ?, ?)")
          .params(id, r.year(), r.form().strip(), r.decisionNumber(), r.decisionDate(), r.issuer())
          .update();
    }
    for (PersonData.Discipline x : d.disciplines()) {
      jdbc.sql(
              "INSERT INTO person_discipline (person_id, form, decided_on, effective_from, effective_to,"
                  + " violation, issuer, decision_number, system) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              id,
              x.form(),
              x.decidedOn(),
              x.effectiveFrom(),
              effectiveTo(x),
              x.violation(),
              x.issuer(),
              x.decisionNumber(),
              x.systemOrDefault())
          .update();
    }
  }

  /**
   * A discipline is in effect for 12 months from its effective date unless stated otherwise (Luật
   * CBCC 2008 Art. 82 as amended 2019; NĐ 172/2025 Art. 7 [M]).
   */
  static LocalDate effectiveTo(PersonData.Discipline x) {
    return x.effectiveTo() != null
        ? x.effectiveTo()
        : x.effectiveFrom().plusMonths(12).minusDays(1);
  }

  public List<Object[]> revisionRows(long id) {
    List<Object[]> rows = new ArrayList<>();
    jdbc.sql(
            "SELECT version, changed_at, changed_by, source, reason, changes::text FROM person_revision"
                + " WHERE person_id = ? ORDER BY version DESC")
        .param(id)
        .query(
            rs -> {
              rows.add(
                  new Object[] {
                    rs.getInt(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)
                  });
            });
    return rows;
  }

  public void addRevision(
      long id, int version, String user, String source, String reason, String changesJson) {
    jdbc.sql(
            "INSERT INTO person_revision (person_id, version, changed_by, source, reason, changes)"
                + " VALUES (?, ?, ?, ?, ?, ?::jsonb)")
        .params(id, version, user, source, reason, changesJson)
        .update();
  }
}
