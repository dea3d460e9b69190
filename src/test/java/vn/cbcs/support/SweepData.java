package vn.cbcs.support;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.platform.Role;

/**
 * The page sweep's own ground: a few people with posts in Xã Thất Khê (06040, Lạng Sơn, province
 * 20; before 1-7-2025 Thị trấn Thất Khê of huyện Tràng Định, 180), which no other test uses, and
 * one fresh user per role scoped as that role normally is. The cadre's account is linked to one of
 * the records. Made once per application (port): its tests share one database.
 */
public final class SweepData {

  public static final String COMMUNE = "06040";
  public static final String PROVINCE = "20";
  public static final String DISTRICT = "180";

  /** A user per role: username (the password is {@link TestUsers#PASSWORD}). */
  public record Users(Map<Role, String> byRole, List<Long> people) {}

  /** By port: each application context (and its database) gets its own. */
  private static final Map<Integer, Users> MADE = new java.util.HashMap<>();

  private SweepData() {}

  /**
   * The users and people, made on first call. {@code linker} links the cadre's account to a record
   * (the test's {@code Visibility::linkPerson}).
   */
  public static synchronized Users ensure(
      int port, java.util.function.BiPredicate<String, Long> linker) {
    Users made = MADE.get(port);
    if (made != null) {
      return made;
    }
    List<Long> people = new ArrayList<>();
    people.add(
        create(
            port,
            "Hoàng Văn Thất",
            false,
            1975,
            assignment(COMMUNE, "CHU_TICH_UBND", "2025-07-01", null)));
    people.add(
        create(
            port,
            "Lăng Thị Khê",
            true,
            1988,
            assignment(COMMUNE, "VTVL_VP_HANH_CHINH_TONG_HOP", "2025-07-01", null)));
    people.add(
        create(
            port,
            "Vi Văn Tràng",
            false,
            1993,
            assignment(COMMUNE, "VTVL_VHXH_VAN_HOA_THONG_TIN", "2025-07-01", null)));
    people.add(
        create(
            port,
            "Nông Thị Định",
            true,
            1984,
            assignment(COMMUNE, "VAN_PHONG_THONG_KE", "2023-01-01", "2025-06-30"),
            assignment(COMMUNE, "VTVL_VHXH_Y_TE", "2025-07-01", null)));

    Map<Role, String> users = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      String scope =
          switch (role) {
            case ADMIN -> null;
            case PROVINCE_OFFICER, INSPECTOR -> PROVINCE;
            case DISTRICT_OFFICER -> DISTRICT;
            case COMMUNE_OFFICER, COMMUNE_HEAD, CADRE -> COMMUNE;
          };
      users.put(role, user(port, role, scope));
    }
    assertThat(linker.test(users.get(Role.CADRE), people.get(1))).isTrue();
    made = new Users(Map.copyOf(users), List.copyOf(people));
    MADE.put(port, made);
    return made;
  }

  private static long create(
      int port, String name, boolean female, int born, ObjectNode... assignments) {
    ObjectNode p = person(name, female, born);
    p.set("assignments", array(assignments));
    p.set(
        "qualifications", array(qualification("PROFESSIONAL", "DAI_HOC", (born + 23) + "-06-30")));
    Api.Response r = Api.admin(port).post("/api/people", p);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asLong();
  }

  private static String user(int port, Role role, String scope) {
    String username = TestUsers.unique("sweep" + role.name().toLowerCase(java.util.Locale.ROOT));
    Api.Response r =
        Api.admin(port)
            .post(
                "/api/admin/users",
                Map.of(
                    "username",
                    username,
                    "displayName",
                    "Người thử " + username,
                    "password",
                    TestUsers.PASSWORD,
                    "roles",
                    List.of(role.name()),
                    "scopes",
                    scope == null ? List.of() : List.of(scope)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return username;
  }
}
