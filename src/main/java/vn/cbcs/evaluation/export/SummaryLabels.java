package vn.cbcs.evaluation.export;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.cbcs.evaluation.Level;
import vn.cbcs.evaluation.SummaryByUnit;

/** The Vietnamese texts of the summary files, the same in XLSX and PDF. */
public final class SummaryLabels {

  static final Locale VI = Locale.forLanguageTag("vi");
  static final List<Level> LEVELS =
      List.of(Level.HTXSNV, Level.HTTNV, Level.HTNV, Level.KHTNV, Level.NOT_RATED);

  private final MessageSource messages;

  public SummaryLabels(MessageSource messages) {
    this.messages = messages;
  }

  String t(String key, Object... args) {
    return messages.getMessage(key, args, key, VI);
  }

  String title(SummaryByUnit.Summary s) {
    return t("summary.export.title", String.valueOf(s.year()));
  }

  String unitLine(SummaryByUnit.Summary s) {
    return t("summary.export.unit", s.unit().fullName() + " (" + s.unit().code() + ")");
  }

  String systemLine(SummaryByUnit.Table table) {
    String regime = table.regime() == null ? "" : " — " + table.regime();
    return t("summary.export.system", t("evaluation.system." + table.system().name()) + regime);
  }

  List<String> header() {
    List<String> h = new java.util.ArrayList<>();
    h.add(t("summary.export.no"));
    h.add(t("summary.export.commune"));
    h.add(t("summary.export.total"));
    h.add(t("summary.export.decided"));
    for (Level l : LEVELS) {
      h.add(l == Level.NOT_RATED ? t("evaluation.level.NOT_RATED") : l.name());
    }
    return h;
  }

  String sum() {
    return t("summary.export.sum");
  }

  String cap(SummaryByUnit.Table table) {
    if (table.cap() == null) {
      return null;
    }
    var c = table.cap();
    String verdict =
        t(
            c.within() ? "evaluation.cap.within" : "evaluation.cap.over",
            c.htxsnv(),
            c.httnv(),
            c.pct().stripTrailingZeros().toPlainString(),
            c.allowed());
    return t("summary.export.cap", verdict + " (" + c.legalSource() + ", " + c.article() + ")");
  }

  static long[] values(SummaryByUnit.Row r) {
    long[] v = new long[2 + LEVELS.size()];
    v[0] = r.evaluated();
    v[1] = r.decided();
    for (int i = 0; i < LEVELS.size(); i++) {
      v[2 + i] = r.levels().get(LEVELS.get(i));
    }
    return v;
  }
}
