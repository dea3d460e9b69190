package vn.cbcs.reports.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import vn.cbcs.reports.quality.QualityColumn;
import vn.cbcs.reports.quality.QualityTable;

/** The quality table as JSON: columns with their labels in both languages, counts by column key. */
final class QualityJson {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private QualityJson() {}

  static Map<String, Object> of(QualityTable t, MessageSource messages) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("unitCode", t.unitCode());
    m.put("unitName", t.unitName());
    m.put("asOf", t.asOf().toString());
    m.put("throughCrosswalk", t.throughCrosswalk());
    m.put("communes", t.communes());
    m.put("synthetic", t.synthetic());
    List<Map<String, Object>> columns = new ArrayList<>();
    for (QualityColumn c : t.columns()) {
      Map<String, Object> col = new LinkedHashMap<>();
      col.put("key", c.key());
      col.put("group", c.group());
      col.put("label", messages.getMessage(c.labelKey(), null, c.key(), VI));
      col.put("labelEn", messages.getMessage(c.labelKey(), null, c.key(), Locale.ENGLISH));
      col.put("groupLabel", c.group() == null ? null : messages.getMessage(c.groupKey(), null, VI));
      col.put(
          "groupLabelEn",
          c.group() == null ? null : messages.getMessage(c.groupKey(), null, Locale.ENGLISH));
      columns.add(col);
    }
    m.put("columns", columns);
    m.put("rows", t.rows().stream().map(r -> row(t, r)).toList());
    m.put("total", row(t, t.total()));
    return m;
  }

  private static Map<String, Object> row(QualityTable t, QualityTable.Row r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", r.code());
    m.put("name", r.name());
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < t.columns().size(); i++) {
      counts.put(t.columns().get(i).key(), r.count(i));
    }
    m.put("counts", counts);
    return m;
  }
}
