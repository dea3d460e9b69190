package vn.cbcs.recruitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.security.Visibility;
import vn.cbcs.standards.Staffing;
import vn.cbcs.units.Unit;
import vn.cbcs.units.UnitLevel;
import vn.cbcs.units.Units;

/**
 * The openings of a commune on a date (issue 16 "Vacancies"): the ceiling (the staff positions the
 * province allocated, or the quota of the rules of the date — read from standards' {@link
 * Staffing}, which names its rule), the people in post, the places not yet filled under the ceiling
 * ("chưa bố trí") or the surplus over it (REGULATIONS.md §13.2), and per post the seats the law
 * fixes, the holders and the holders leaving within the next months (read model {@code
 * recruitment_vacancies_on}): statutory retirement, the end of a term or appointment, a post
 * recorded with its end, an approved movement away (transfer, rotation) or the end of a rotation or
 * secondment here — and the people an approved movement brings within those months. Each number
 * carries the rule it comes from.
 */
@Service
@Transactional(readOnly = true)
public class Vacancies {

  /** The months ahead counted as "leaving" when the caller does not say. */
  public static final int DEFAULT_MONTHS = 6;

  /** The sources of the numbers (the quota names its own, from the standards rule rows). */
  public static final String RULE_FILLED =
      "Người giữ chức vụ, chức danh, vị trí việc làm tại xã vào ngày (mỗi người một lần;"
          + " kiêm nhiệm không tính thêm người)";

  public static final String RULE_UNFILLED =
      "Biên chế được giao là mức tối đa (\"không quá\"): chưa bố trí = biên chế − số người;"
          + " vượt = dôi dư phải giải quyết (Luật CBCC 80/2025 Điều 45 khoản 1; REGULATIONS.md §13.2)";

  public static final String RULE_SEATS =
      "Số lượng theo danh mục chức vụ (cột seats, nguồn của từng chức vụ)";

  public static final String RULE_RETIREMENT =
      "Nghỉ hưu đúng tuổi: Bộ luật Lao động 2019 Điều 169; Nghị định 135/2020/NĐ-CP Điều 4, 7";

  public static final String RULE_TERM =
      "Hết thời hạn bổ nhiệm 05 năm (Nghị định 170/2025/NĐ-CP Điều 28 khoản 1); hết nhiệm kỳ"
          + " (quy tắc TERM của standards, nếu không có: ước tính 5 năm kể từ khi bầu)";

  public static final String RULE_POST_END = "Chức vụ đã ghi ngày kết thúc theo quyết định";

  public static final String RULE_MOVEMENT_OUT =
      "Điều động, luân chuyển đi nơi khác đã có quyết định (Nghị định 170/2025/NĐ-CP Điều 25,"
          + " Điều 42–50); hết thời hạn luân chuyển, biệt phái đến xã (Điều 26 khoản 2, Điều 50)."
          + " Biệt phái đi không tính: người được biệt phái vẫn thuộc biên chế nơi cử đi (Điều 26"
          + " khoản 3)";

  public static final String RULE_MOVEMENT_IN =
      "Người đến nhận vị trí theo quyết định điều động, luân chuyển, biệt phái đã phê duyệt, từ"
          + " ngày bắt đầu trong khoảng tháng tính (Nghị định 170/2025/NĐ-CP Điều 25, 26, 42–50)";

  /** One post of the commune. */
  public record Post(
      String positionCode,
      String positionName,
      Integer seats,
      long filled,
      Integer seatsFree,
      long leaving,
      long leavingRetirement,
      long leavingTerm,
      long leavingPostEnd,
      long leavingMovement,
      long arriving) {}

  /** The commune's openings on the date. */
  public record UnitVacancies(
      Unit unit,
      LocalDate asOf,
      int months,
      Integer ceiling,
      String ceilingRule,
      long inPost,
      long unfilled,
      long surplus,
      LocalDate surplusDeadline,
      long leaving,
      long leavingMovement,
      long arriving,
      List<Post> posts) {}

  private final Units units;
  private final Visibility visibility;
  private final Staffing staffing;
  private final PositionCatalogue positions;
  private final JdbcClient jdbc;

  Vacancies(
      Units units,
      Visibility visibility,
      Staffing staffing,
      PositionCatalogue positions,
      JdbcClient jdbc) {
    this.units = units;
    this.visibility = visibility;
    this.staffing = staffing;
    this.positions = positions;
    this.jdbc = jdbc;
  }

  /** The openings of a commune of the actor's ground (404 unknown, 403 outside the ground). */
  public UnitVacancies of(String unitCode, LocalDate asOf, int months, Actor actor) {
    actor.require(Capability.READ_FIGURES);
    Unit unit =
        units
            .find(unitCode, asOf)
            .orElseThrow(() -> new NotFoundException("error.unit.unknown", unitCode));
    visibility.requireUnit(actor, unit, asOf);
    if (unit.level() != UnitLevel.COMMUNE) {
      throw new BadRequestException("code", "recruitment.vacancies.communeOnly", unit.fullName());
    }
    if (months < 1 || months > 60) {
      throw new BadRequestException("months", "recruitment.vacancies.months", months);
    }
    Staffing.CommuneStaffing s = staffing.ofCommunes(List.of(unit), asOf, actor).get(0);
    Map<String, String> names =
        positions.all().stream()
            .filter(p -> p.inForceOn(asOf))
            .collect(Collectors.toMap(Position::code, Position::nameVi, (a, b) -> a));
    List<Post> posts =
        jdbc.sql(
                "SELECT position_code, seats, filled, leaving, leaving_retirement, leaving_term,"
                    + " leaving_post_end, leaving_movement, arriving"
                    + " FROM recruitment_vacancies_on(:u, :d, :m)")
            .param("u", unit.code())
            .param("d", asOf)
            .param("m", months)
            .query(
                (rs, i) -> {
                  Integer seats = (Integer) rs.getObject(2);
                  long filled = rs.getLong(3);
                  return new Post(
                      rs.getString(1),
                      names.getOrDefault(rs.getString(1), rs.getString(1)),
                      seats,
                      filled,
                      seats == null ? null : (int) Math.max(0, seats - filled),
                      rs.getLong(4),
                      rs.getLong(5),
                      rs.getLong(6),
                      rs.getLong(7),
                      rs.getLong(8),
                      rs.getLong(9));
                })
            .list();
    long leaving =
        jdbc.sql(
                "SELECT count(DISTINCT person_id) FROM recruitment_holders_on(:u, :d, :m)"
                    + " WHERE by_retirement OR by_term OR by_post_end OR by_movement")
            .param("u", unit.code())
            .param("d", asOf)
            .param("m", months)
            .query(Long.class)
            .single();
    long leavingMovement =
        jdbc.sql(
                "SELECT count(DISTINCT person_id) FROM recruitment_holders_on(:u, :d, :m)"
                    + " WHERE by_movement")
            .param("u", unit.code())
            .param("d", asOf)
            .param("m", months)
            .query(Long.class)
            .single();
    long arriving = posts.stream().mapToLong(Post::arriving).sum();
    return new UnitVacancies(
        unit,
        asOf,
        months,
        s.quota(),
        s.quotaSource(),
        s.filled(),
        s.vacancies(),
        s.excess(),
        s.surplusDeadline(),
        leaving,
        leavingMovement,
        arriving,
        posts);
  }
}
