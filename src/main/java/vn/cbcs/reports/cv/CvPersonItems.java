package vn.cbcs.reports.cv;

import static vn.cbcs.reports.cv.CvContent.Line.item;
import static vn.cbcs.reports.cv.CvText.date;
import static vn.cbcs.reports.cv.CvText.dateOrBlank;
import static vn.cbcs.reports.cv.CvText.join;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.cbcs.people.PersonData;
import vn.cbcs.people.PersonProfile;
import vn.cbcs.people.PersonProfile.Post;
import vn.cbcs.qualifications.Qualification;
import vn.cbcs.qualifications.Track;
import vn.cbcs.reports.cv.CvContent.Block;

/**
 * Items 1) to 31) of the form: the person's own facts, and the posts and highest qualification in
 * force on the as-of date. What the record does not hold (salary, planning, party posts outside the
 * catalogue, …) keeps the form's "…".
 */
final class CvPersonItems {

  private final PersonProfile profile;
  private final PersonData d;
  private final CvPlaces places;
  private final Predicate<Post> partyPost;

  CvPersonItems(PersonProfile profile, CvPlaces places, Predicate<Post> partyPost) {
    this.profile = profile;
    this.d = profile.person().data();
    this.places = places;
    this.partyPost = partyPost;
  }

  List<Block> blocks() {
    List<Block> b = new ArrayList<>();
    LocalDate placesOn = d.placesRefDate() != null ? d.placesRefDate() : profile.asOf();
    b.add(
        item(
            "1) Họ và tên khai sinh (viết chữ in hoa): ",
            CvText.upper(d.fullName()),
            "    Giới tính: ",
            CvText.sex(d.sex())));
    b.add(item("2) Các tên gọi khác: ", d.otherNames()));
    b.add(item("3) Sinh ngày: ", CvText.birth(d.birthDate(), d.birthYearOnly())));
    b.add(
        item("4) Nơi sinh: ", places.place(d.birthPlaceText(), d.birthPlaceUnitCode(), placesOn)));
    CvPlaces.HomeTown home = places.homeTown(d.homeTownText(), d.homeTownUnitCode(), placesOn);
    b.add(
        item(
            "5) Quê quán (xã, phường): ",
            home.commune(),
            "    (huyện, quận): ",
            home.district(),
            "    (tỉnh, TP): ",
            home.province()));
    b.add(item("6) Dân tộc: ", profile.ethnicityName()));
    b.add(item("7) Tôn giáo: ", profile.religionName()));
    b.add(
        item(
            "8) Số CCCD: ",
            d.personalId(),
            "    Ngày cấp: " + CvText.NO_DATE + "    SĐT liên hệ: ",
            d.phone()));
    b.add(item("9) Số BHXH: ", d.socialInsuranceNo(), "    Số thẻ BHYT: ", d.healthInsuranceNo()));
    b.add(item("10) Nơi ở hiện nay: ", d.residence()));
    b.add(item("11) Thành phần gia đình xuất thân: ", d.familyBackground()));
    b.add(item("12) Nghề nghiệp trước khi được tuyển dụng: ", d.occupationBefore()));
    b.add(
        item(
            "13) Ngày được tuyển dụng lần đầu: ",
            dateOrBlank(d.recruitedOn()),
            "    Cơ quan, tổ chức, đơn vị tuyển dụng: ",
            d.recruitedBy()));
    b.add(item("14) Ngày vào cơ quan hiện đang công tác: ", date(d.joinedAgencyOn())));
    b.add(
        item(
            "15) Ngày vào Đảng Cộng sản Việt Nam: ",
            dateOrBlank(d.partyJoinDate()),
            "    Ngày chính thức: ",
            dateOrBlank(d.partyOfficialDate())));
    b.add(
        item(
            "16) Ngày tham gia tổ chức chính trị - xã hội đầu tiên (ngày vào Đoàn TNCSHCM, Công"
                + " đoàn, Hội): ",
            join(", ", date(d.orgJoinDate()), d.orgJoinName())));
    b.add(
        item(
            "17) Ngày nhập ngũ: ",
            dateOrBlank(d.militaryEnlistedOn()),
            "    Ngày xuất ngũ: ",
            dateOrBlank(d.militaryDischargedOn()),
            "    Quân hàm cao nhất: ",
            d.militaryRank()));
    b.add(item("18) Đối tượng chính sách: ", d.policyGroup()));
    b.add(
        item(
            "19) Trình độ giáo dục phổ thông (đã tốt nghiệp lớp mấy/thuộc hệ nào): ",
            d.generalEducation()));
    b.add(item("20) Trình độ chuyên môn cao nhất: ", highestProfessional()));
    b.add(item("21) Học hàm: ", d.academicTitle()));
    b.add(item("22) Danh hiệu nhà nước phong tặng: ", d.stateHonours()));
    b.addAll(currentPosts());
    b.add(item("28) Công việc chính được giao: ", null));
    b.add(item("29) Sở trường công tác: ", d.strengths(), "    Công việc làm lâu nhất: ", null));
    b.addAll(salary());
    b.add(item("31) Tình trạng sức khoẻ: ", d.healthStatus()));
    b.add(
        item(
            "Chiều cao: ",
            CvText.number(d.heightCm()),
            " cm,    Cân nặng: ",
            CvText.number(d.weightKg()),
            " kg,    Nhóm máu: ",
            d.bloodGroup()));
    return b;
  }

  private String highestProfessional() {
    Qualification q = profile.highest().get(Track.PROFESSIONAL);
    if (q == null) {
      return null;
    }
    return q.major() == null || q.major().isBlank()
        ? q.levelNameVi()
        : q.levelNameVi() + ", chuyên ngành " + q.major().strip();
  }

  /** Items 23) to 27): the main and concurrent posts in force on the date. */
  private List<Block> currentPosts() {
    Post main = profile.mainPost();
    List<Post> concurrent =
        profile.currentPosts().stream()
            .filter(p -> p != main && p.assignment().concurrent())
            .toList();
    List<Block> b = new ArrayList<>();
    b.add(item("23) Chức vụ hiện tại: ", main == null ? null : describe(main)));
    b.add(
        item(
            "Ngày bổ nhiệm/ngày phê chuẩn: ",
            main == null ? CvText.NO_DATE : dateOrBlank(main.assignment().from()),
            "    Ngày bổ nhiệm lại/phê chuẩn nhiệm kỳ tiếp theo: ",
            CvText.NO_DATE));
    b.add(item("24) Được quy hoạch chức danh: ", null));
    b.add(item("25) Chức vụ kiêm nhiệm: ", describeAll(concurrent)));
    b.add(
        item(
            "26) Chức vụ Đảng hiện tại: ",
            main != null && partyPost.test(main) ? describe(main) : null));
    b.add(
        item(
            "27) Chức vụ Đảng kiêm nhiệm: ",
            describeAll(concurrent.stream().filter(partyPost).toList())));
    return b;
  }

  /** "Position, Unit, its district and province (as of the post's first day)". */
  static String describe(Post p) {
    return join(", ", p.positionName(), p.unitName(), p.unitParents());
  }

  private static String describeAll(List<Post> posts) {
    return join("; ", posts.stream().map(CvPersonItems::describe).toArray(String[]::new));
  }

  /** Item 30): the record holds no salary yet; the lines of the form stay to be filled by hand. */
  private static List<Block> salary() {
    String none = CvContent.EMPTY;
    String noDate = CvText.NO_DATE;
    return List.of(
        item("30) Tiền lương"),
        item("30.1) Ngạch/chức danh nghề nghiệp: " + none + "    Mã số: " + none),
        item("Ngày bổ nhiệm ngạch/chức danh nghề nghiệp: " + noDate),
        item("Bậc lương: " + none + "    Hệ số: " + none + "    Ngày hưởng: " + noDate),
        item(
            "Phần trăm hưởng: "
                + none
                + "%;    Phụ cấp thâm niên vượt khung: "
                + none
                + "%;    Ngày hưởng PCTNVK: "
                + noDate),
        item(
            "30.2) Phụ cấp chức vụ: "
                + none
                + "    Phụ cấp kiêm nhiệm: "
                + none
                + "    Phụ cấp khác: "
                + none),
        item("30.3) Vị trí việc làm: " + none + "    Mã số: " + none),
        item(
            "Bậc lương: "
                + none
                + "    Lương theo mức tiền: "
                + none
                + " vnđ.    Ngày hưởng: "
                + noDate),
        item(
            "Phần trăm hưởng: "
                + none
                + "%;    Phụ cấp thâm niên vượt khung: "
                + none
                + "%;    Ngày hưởng PCTNVK: "
                + noDate));
  }
}
