package vn.cbcs.support;

import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds valid person JSON for {@code POST /api/people}, with a fresh personal ID each time
 * (province 006 Bắc Kạn, digits that agree with the sex and birth year).
 */
public final class PersonJsonMother {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 400_000));

  private PersonJsonMother() {}

  /** A fresh personal ID for the sex and birth year given. */
  public static String personalId(boolean female, int birthYear) {
    int centuryDigit = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
    return String.format(
        "006%d%02d%06d", centuryDigit, birthYear % 100, SEQ.incrementAndGet() % 1_000_000);
  }

  public static ObjectNode person(String fullName, boolean female, int birthYear) {
    ObjectNode p = JSON.createObjectNode();
    p.put("personalId", personalId(female, birthYear));
    p.put("fullName", fullName);
    p.put("sex", female ? "FEMALE" : "MALE");
    p.put("birthDate", birthYear + "-03-15");
    p.put("ethnicityCode", "02");
    p.put("religionCode", "00");
    return p;
  }

  public static ObjectNode qualification(String track, String level, String awardedOn) {
    ObjectNode q = JSON.createObjectNode();
    q.put("track", track);
    q.put("level", level);
    q.put("awardedOn", awardedOn);
    return q;
  }

  public static ObjectNode assignment(String unit, String position, String from, String to) {
    ObjectNode a = JSON.createObjectNode();
    a.put("unitCode", unit);
    a.put("positionCode", position);
    a.put("from", from);
    if (to != null) {
      a.put("to", to);
    }
    ObjectNode d = a.putObject("decision");
    d.put("number", "01/QĐ-UBND");
    d.put("date", from);
    d.put("issuer", "UBND huyện Chợ Đồn");
    d.put("signer", "Hoàng Văn A");
    d.put("kind", "APPOINTMENT");
    return a;
  }

  public static ArrayNode array(ObjectNode... items) {
    ArrayNode array = JSON.createArrayNode();
    for (ObjectNode i : items) {
      array.add(i);
    }
    return array;
  }
}
