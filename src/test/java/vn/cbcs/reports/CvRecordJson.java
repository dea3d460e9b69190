package vn.cbcs.reports;

import static vn.cbcs.support.PersonJsonMother.array;
import static vn.cbcs.support.PersonJsonMother.assignment;
import static vn.cbcs.support.PersonJsonMother.person;
import static vn.cbcs.support.PersonJsonMother.qualification;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Nguyễn Thị Hường's record for {@code POST /api/people}: Vietnamese diacritics in every kind of
 * field, a qualification of every track, work before CBCS, family on both sides, a reward, a
 * discipline, and a post in Xã Xuân Lạc (02023) until 30-6-2025.
 */
final class CvRecordJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CvRecordJson() {}

  /** A record with Vietnamese diacritics in every kind of field. */
  static ObjectNode huong() {
    ObjectNode p = person("Nguyễn Thị Hường", true, 1985);
    p.put("otherNames", "Hường Đặng");
    p.put("birthPlaceText", "Bản Nà Pài");
    p.put("birthPlaceUnitCode", "02023");
    p.put("homeTownText", "Thôn Bản Cào");
    p.put("homeTownUnitCode", "02023");
    p.put("placesRefDate", "2020-01-01");
    p.put("residence", "Tổ 5, phường Đức Xuân, tỉnh Thái Nguyên");
    p.put("phone", "0912 345 678");
    p.put("socialInsuranceNo", "0612345678");
    p.put("healthInsuranceNo", "GD4060612345678");
    p.put("familyBackground", "Nông dân");
    p.put("occupationBefore", "Giáo viên mầm non");
    p.put("recruitedOn", "2008-09-01");
    p.put("recruitedBy", "Ủy ban nhân dân huyện Chợ Đồn");
    p.put("joinedAgencyOn", "2016-01-01");
    p.put("partyJoinDate", "2010-05-19");
    p.put("partyOfficialDate", "2011-05-19");
    p.put("orgJoinDate", "2001-03-26");
    p.put("orgJoinName", "Đoàn TNCS Hồ Chí Minh");
    p.put("policyGroup", "Con thương binh");
    p.put("generalEducation", "12/12");
    p.put("stateHonours", "Không");
    p.put("strengths", "Tuyên truyền, vận động đồng bào dân tộc thiểu số");
    p.put("healthStatus", "Tốt");
    p.put("heightCm", 155);
    p.put("weightKg", 50);
    p.put("bloodGroup", "O");
    p.set(
        "family",
        array(
            family("SELF", "CHA", "Đặng Văn Lũy", 1955, "Nông dân, đã nghỉ", "Xã Bằng Lãng"),
            family("SELF", "CHONG", "Hoàng Văn Dũng", 1983, "Giáo viên THCS Xuân Lạc", null),
            family("SPOUSE", "ME", "Lường Thị Ngữ", 1960, "Nội trợ", "Bản Cốc Phường")));
    ObjectNode work = JSON.createObjectNode();
    work.put("from", "2008-09-01");
    work.put("to", "2015-12-31");
    work.put("organisation", "Trường Mầm non Xuân Lạc, huyện Chợ Đồn");
    work.put("title", "Giáo viên");
    p.set("workHistory", array(work));
    ObjectNode reward = JSON.createObjectNode();
    reward.put("year", 2019);
    reward.put("form", "Giấy khen của Chủ tịch UBND huyện");
    reward.put("decisionNumber", "125/QĐ-UBND");
    reward.put("decisionDate", "2019-12-20");
    reward.put("issuer", "UBND huyện Chợ Đồn");
    p.set("rewards", array(reward));
    ObjectNode discipline = JSON.createObjectNode();
    discipline.put("form", "KHIEN_TRACH");
    discipline.put("decidedOn", "2021-03-01");
    discipline.put("effectiveFrom", "2021-03-01");
    discipline.put("violation", "Chậm nộp báo cáo quý");
    discipline.put("issuer", "UBND xã Xuân Lạc");
    p.set("disciplines", array(discipline));
    p.set(
        "qualifications",
        array(
            qualification("PROFESSIONAL", "TRUNG_CAP", "2006-06-30")
                .put("major", "Sư phạm mầm non")
                .put("institution", "Trường Trung cấp Sư phạm Bắc Kạn"),
            qualification("PROFESSIONAL", "DAI_HOC", "2018-07-01")
                .put("major", "Quản lý văn hóa")
                .put("institution", "Trường Đại học Văn hóa Hà Nội")
                .put("trainingForm", "Vừa làm vừa học")
                .put("startedOn", "2014-09-01"),
            qualification("POLITICAL_THEORY", "TRUNG_CAP", "2014-01-10")
                .put("institution", "Trường Chính trị tỉnh Bắc Kạn"),
            qualification("STATE_MANAGEMENT", "CHUYEN_VIEN", "2017-05-20"),
            qualification("IT", "CO_BAN", "2016-08-15"),
            qualification("FOREIGN_LANGUAGE", "BAC_2", "2016-09-15").put("major", "Tiếng Anh"),
            qualification("ETHNIC_LANGUAGE", "CHUNG_CHI", "2012-11-11").put("major", "Tiếng Tày"),
            qualification("DEFENCE_SECURITY", "DOI_TUONG_4", "2019-10-10")));
    p.set("assignments", array(assignment("02023", "VAN_HOA_XA_HOI", "2016-01-01", "2025-06-30")));
    return p;
  }

  private static ObjectNode family(
      String side, String relation, String name, int born, String details, String residence) {
    ObjectNode m = JSON.createObjectNode();
    m.put("side", side);
    m.put("relation", relation);
    m.put("fullName", name);
    m.put("birthYear", born);
    m.put("details", details);
    if (residence != null) {
      m.put("residence", residence);
    }
    return m;
  }
}
