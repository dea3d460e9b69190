package vn.cbcs.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cbcs.platform.Actor;
import vn.cbcs.resolutions.Resolution;
import vn.cbcs.resolutions.ResolutionDraft;
import vn.cbcs.resolutions.Resolutions;
import vn.cbcs.resolutions.Target;
import vn.cbcs.resolutions.TargetDraft;
import vn.cbcs.support.Api;
import vn.cbcs.support.TestActors;

/**
 * A hand-built district with known answers for the reports: Huyện Tủa Chùa (098) of Điện Biên (11),
 * six people in post at the end of 2020 and one who retired in 2019, every column of the quality
 * table hit on purpose. Born on 15 March, so ages at 31/12/2020 are year differences.
 *
 * <p>At 31/12/2020: A = 03217 holds P1, P2; B = 03250 holds P3, P6; C = 03220 holds P4, P5. After
 * 1-7-2025 only P1 stays, in the new 03217 (which took in 03250).
 */
public final class TuaChuaDistrict {

  public static final String PROVINCE = "11";
  public static final String DISTRICT = "098";
  public static final String A = "03217";
  public static final String B = "03250";
  public static final String C = "03220";
  public static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);
  public static final LocalDate ISSUED = LocalDate.of(2016, 5, 1);
  static final String UNTIL = "2025-06-30";

  private static volatile TuaChuaDistrict built;

  public final long[] people = new long[8];
  private final int port;

  private TuaChuaDistrict(int port) {
    this.port = port;
  }

  /** Built once per test run (all integration tests share one database). */
  public static synchronized TuaChuaDistrict build(int port, JdbcClient jdbc) {
    if (built == null) {
      // a reused external database may hold an earlier run's people here: set them aside
      jdbc.sql(
              "UPDATE assignment SET superseded_at = now() WHERE superseded_at IS NULL AND unit_code"
                  + " IN (SELECT code FROM unit WHERE path LIKE '11/098/%' OR code = '03217')")
          .update();
      TuaChuaDistrict d = new TuaChuaDistrict(port);
      d.create();
      built = d;
    }
    return built;
  }

  private void create() {
    ObjectNode p1 = person("Lò Thị An", true, 1992);
    p1.put("ethnicityCode", "03");
    p1.put("partyJoinDate", "2015-05-01");
    p1.put("generalEducation", "12/12");
    people[1] =
        create(
            p1,
            array(
                assignment(A, "CHU_TICH_HOI_PHU_NU_XA", "2016-01-01", UNTIL),
                assignment(A, "CHU_TICH_HOI_PHU_NU", "2025-07-01", null)),
            array(
                qualification("PROFESSIONAL", "DAI_HOC", "2014-06-01"),
                qualification("POLITICAL_THEORY", "SO_CAP", "2017-06-01"),
                qualification("STATE_MANAGEMENT", "CHUYEN_VIEN", "2018-06-01"),
                qualification("IT", "CO_BAN", "2016-03-01"),
                qualification("FOREIGN_LANGUAGE", "BAC_2", "2015-01-01")));
    ObjectNode p2 = person("Vàng Văn Bình", false, 1960);
    p2.put("ethnicityCode", "08");
    p2.put("partyJoinDate", "1985-01-01");
    p2.put("generalEducation", "10/10");
    people[2] =
        create(
            p2,
            array(assignment(A, "CHU_TICH_UBND_XA", "2016-01-01", UNTIL)),
            array(
                qualification("PROFESSIONAL", "TRUNG_CAP", "2000-01-01"),
                qualification("POLITICAL_THEORY", "TRUNG_CAP", "2010-01-01"),
                qualification("STATE_MANAGEMENT", "CHUYEN_VIEN_CHINH", "2019-01-01")));
    ObjectNode p3 = person("Nguyễn Văn Cường", false, 1985);
    p3.put("ethnicityCode", "01");
    p3.put("generalEducation", "9/12");
    people[3] =
        create(
            p3,
            array(assignment(B, "VAN_PHONG_THONG_KE", "2016-01-01", UNTIL)),
            array(
                qualification("IT", "NANG_CAO", "2019-01-01"),
                qualification("FOREIGN_LANGUAGE", "DAI_HOC", "2012-01-01")));
    ObjectNode p4 = person("Giàng Thị Dung", true, 1975);
    p4.remove("ethnicityCode");
    p4.put("partyJoinDate", "2021-03-01");
    people[4] =
        create(
            p4,
            array(assignment(C, "TAI_CHINH_KE_TOAN", "2016-01-01", UNTIL)),
            array(
                qualification("PROFESSIONAL", "CAO_DANG", "2010-01-01"),
                qualification("PROFESSIONAL", "THAC_SI", "2019-06-01"),
                qualification("POLITICAL_THEORY", "CU_NHAN", "2020-06-01"),
                qualification("STATE_MANAGEMENT", "CAN_SU", "2017-01-01"),
                qualification("IT", "DAI_HOC", "2015-01-01"),
                qualification("FOREIGN_LANGUAGE", "BAC_4", "2018-01-01")));
    ObjectNode p5 = person("Lý Văn Em", false, 1968);
    p5.put("ethnicityCode", "09");
    p5.put("partyJoinDate", "1990-01-01");
    p5.put("generalEducation", "7/10");
    people[5] =
        create(
            p5,
            array(assignment(C, "CHU_TICH_HDND_XA", "2016-01-01", UNTIL)),
            array(
                qualification("PROFESSIONAL", "SO_CAP", "2008-01-01"),
                qualification("PROFESSIONAL", "DAI_HOC", "2022-06-01"),
                qualification("POLITICAL_THEORY", "SO_CAP", "2009-01-01")));
    ObjectNode p6 = person("Hờ Thị Phương", true, 1963);
    p6.put("ethnicityCode", "08");
    p6.put("partyJoinDate", "1995-01-01");
    p6.put("generalEducation", "5/12");
    people[6] =
        create(
            p6,
            array(assignment(B, "CHU_TICH_MTTQ_XA", "2016-01-01", UNTIL)),
            array(
                qualification("PROFESSIONAL", "CAO_DANG", "2012-01-01"),
                qualification("POLITICAL_THEORY", "CAO_CAP", "2015-01-01"),
                qualification("STATE_MANAGEMENT", "CHUYEN_VIEN", "2014-01-01"),
                qualification("IT", "TRUNG_CAP", "2013-01-01"),
                qualification("FOREIGN_LANGUAGE", "BAC_3", "2016-01-01")));
    ObjectNode p7 = person("Sùng A Giàng", false, 1958);
    p7.put("ethnicityCode", "08");
    people[7] =
        create(
            p7, array(assignment(A, "PHO_CHU_TICH_UBND_XA", "2016-01-01", "2019-12-31")), array());
  }

  private long create(ObjectNode person, ArrayNode posts, ArrayNode quals) {
    person.set("assignments", posts);
    person.set("qualifications", quals);
    var response = Api.admin(port).post("/api/people", person);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asLong();
  }

  /**
   * A resolution of the district with four targets: PRO_SO_CAP_PLUS 80% by 2018 (71,43%: missed)
   * and 85% by 2020 (83,33%: missed), WOMEN 50% by 2020 (50,00%: met exactly), and
   * LLCT_TRUNG_CAP_PLUS 60% by 30/06/2025 (50,00% at the end of 2020: ahead).
   */
  public static Resolution resolution(Resolutions resolutions) {
    Actor actor = Actor.system("test");
    Resolution r =
        resolutions.create(
            new ResolutionDraft(
                "07-NQ/HU-" + Long.toString(System.nanoTime() % 1_000_000, 36),
                "Nghị quyết về nâng cao chất lượng đội ngũ cán bộ, công chức cấp xã",
                "Huyện ủy Tủa Chùa",
                ISSUED,
                DISTRICT,
                "Dữ liệu kiểm thử."),
            actor);
    target(resolutions, r, "PRO_SO_CAP_PLUS", LocalDate.of(2018, 12, 31), "80", actor);
    target(resolutions, r, "PRO_SO_CAP_PLUS", END_2020, "85", actor);
    target(resolutions, r, "WOMEN", END_2020, "50", actor);
    target(resolutions, r, "LLCT_TRUNG_CAP_PLUS", LocalDate.of(2025, 6, 30), "60", actor);
    return resolutions.require(r.id(), TestActors.SYSTEM);
  }

  private static void target(
      Resolutions resolutions,
      Resolution r,
      String code,
      LocalDate milestone,
      String value,
      Actor a) {
    resolutions.addTarget(
        r.id(),
        new TargetDraft(
            code,
            milestone,
            new BigDecimal(value),
            Target.Direction.AT_LEAST,
            null,
            "Nghị quyết của Huyện ủy Tủa Chùa (dữ liệu kiểm thử), mục II"),
        a);
  }
}
