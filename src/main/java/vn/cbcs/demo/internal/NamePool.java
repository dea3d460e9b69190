package vn.cbcs.demo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.core.io.ClassPathResource;
import vn.cbcs.people.Sex;

/**
 * Vietnamese names weighted by frequency: family names by ethnic group (Kinh from a name database;
 * Tày, Nùng, Dao, HMông from typical surnames, with those common in Bắc Kạn weighted up), middle
 * and given names by sex. Data: {@code src/main/resources/demo/} (see its README).
 */
final class NamePool {

  private record Weighted(List<String> values, long[] cumulative) {
    String pick(Random r) {
      long x = (long) (r.nextDouble() * cumulative[cumulative.length - 1]);
      for (int i = 0; i < cumulative.length; i++) {
        if (x < cumulative[i]) {
          return values.get(i);
        }
      }
      return values.get(values.size() - 1);
    }
  }

  private final Map<String, Weighted> lists = new HashMap<>();

  NamePool() {
    Map<String, List<String[]>> rows = new HashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource("demo/names.csv").getInputStream(),
                StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] p = line.split(",");
        rows.computeIfAbsent(p[0] + ":" + p[1], k -> new ArrayList<>()).add(p);
      }
    } catch (IOException e) {
      throw new IllegalStateException("demo/names.csv", e);
    }
    rows.forEach(
        (key, list) -> {
          List<String> values = new ArrayList<>();
          long[] cumulative = new long[list.size()];
          long sum = 0;
          for (int i = 0; i < list.size(); i++) {
            values.add(list.get(i)[2]);
            sum += Long.parseLong(list.get(i)[3]);
            cumulative[i] = sum;
          }
          lists.put(key, new Weighted(values, cumulative));
        });
  }

  /** A full name "Family Middle Given" for an ethnic group code and sex. */
  String fullName(Random r, String ethnicity, Sex sex) {
    Weighted family = lists.getOrDefault("family:" + ethnicity, lists.get("family:01"));
    String g = sex == Sex.MALE ? "MALE" : "FEMALE";
    String middle =
        sex == Sex.FEMALE && r.nextDouble() < 0.6
            ? "Thị"
            : sex == Sex.MALE && r.nextDouble() < 0.5 ? "Văn" : lists.get("middle:" + g).pick(r);
    return family.pick(r) + " " + middle + " " + lists.get("given:" + g).pick(r);
  }

  String familyName(Random r, String ethnicity) {
    return lists.getOrDefault("family:" + ethnicity, lists.get("family:01")).pick(r);
  }

  String givenAndMiddle(Random r, Sex sex) {
    String g = sex == Sex.MALE ? "MALE" : "FEMALE";
    return lists.get("middle:" + g).pick(r) + " " + lists.get("given:" + g).pick(r);
  }
}
