package vn.cbcs.reports.cv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.people.PersonProfile;
import vn.cbcs.people.PersonProfile.Post;
import vn.cbcs.people.PersonProfiles;
import vn.cbcs.platform.Actor;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.reports.cv.CvContent.Align;
import vn.cbcs.reports.cv.CvContent.Block;
import vn.cbcs.reports.cv.CvContent.Line;
import vn.cbcs.reports.cv.CvContent.PhotoAndTitle;
import vn.cbcs.reports.cv.CvContent.Style;

/** Assembles the CV of a person as of a date, in the order and wording of the TT 06/2023 form. */
@Component
public class CvContentFactory {

  /** The visible mark of generated demo records. */
  public static final String SYNTHETIC = "DỮ LIỆU GIẢ LẬP – KHÔNG PHẢI HỒ SƠ THẬT";

  static final String FORM =
      "Mẫu Sơ yếu lý lịch ban hành kèm theo Thông tư số 06/2023/TT-BNV ngày 04/5/2023 của Bộ"
          + " trưởng Bộ Nội vụ";

  private final PersonProfiles profiles;
  private final CvPlaces places;
  private final PositionCatalogue positions;
  private final CvRatings ratings;
  private final CvCourses courses;

  CvContentFactory(
      PersonProfiles profiles,
      CvPlaces places,
      PositionCatalogue positions,
      CvRatings ratings,
      CvCourses courses) {
    this.courses = courses;
    this.profiles = profiles;
    this.places = places;
    this.positions = positions;
    this.ratings = ratings;
  }

  /**
   * The CV of {@code personId} as the record stood on {@code asOf}.
   *
   * @throws vn.cbcs.platform.NotFoundException for an unknown person
   */
  @Transactional(readOnly = true)
  public CvContent build(long personId, LocalDate asOf, Actor actor) {
    PersonProfile profile = profiles.profile(personId, asOf, actor);
    boolean synthetic = profile.person().synthetic();
    List<Block> blocks = new ArrayList<>();
    blocks.add(Line.small(FORM, Style.NOTE, Align.RIGHT));
    if (synthetic) {
      blocks.add(Line.of(SYNTHETIC, Style.WARNING, Align.CENTER));
    }
    Post main = profile.mainPost();
    blocks.add(Line.item("Cơ quan quản lý cán bộ, công chức, viên chức: ", null));
    blocks.add(
        Line.item(
            "Cơ quan, đơn vị sử dụng cán bộ, công chức, viên chức: ",
            main == null ? null : CvText.join(", ", main.unitName(), main.unitParents())));
    blocks.add(Line.item("Số hiệu: ", null));
    blocks.add(Line.item("Mã số định danh: ", null));
    blocks.add(new PhotoAndTitle(List.of("Ảnh màu", "(4 x 6 cm)"), "SƠ YẾU LÝ LỊCH"));
    blocks.addAll(new CvPersonItems(profile, places, this::partyPost).blocks());
    blocks.addAll(
        new CvHistoryItems(
                profile, ratings.stateRatings(personId, asOf), courses.of(personId, asOf))
            .blocks());
    blocks.add(CvFormTail.signatures(profile.person().fullName()));
    List<String> footer = new ArrayList<>();
    footer.add("Thông tin tại ngày " + CvText.date(asOf));
    if (synthetic) {
      footer.add(SYNTHETIC);
    }
    return new CvContent(
        personId, profile.person().fullName(), asOf, synthetic, blocks, List.copyOf(footer));
  }

  /** Whether a post is one of the Party's (items 26 and 27). */
  private boolean partyPost(Post post) {
    var a = post.assignment();
    return positions
        .find(a.positionCode(), a.from())
        .or(() -> positions.anyVersion(a.positionCode()))
        .map(p -> "PARTY".equals(p.group()))
        .orElse(false);
  }
}
