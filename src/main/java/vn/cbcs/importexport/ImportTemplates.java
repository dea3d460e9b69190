package vn.cbcs.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.cbcs.importexport.internal.TemplateWriter;
import vn.cbcs.people.CatalogueEntry;
import vn.cbcs.people.People;
import vn.cbcs.platform.AsOf;
import vn.cbcs.positions.DecisionKind;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.qualifications.QualificationLevel;
import vn.cbcs.qualifications.Qualifications;
import vn.cbcs.qualifications.Track;
import vn.cbcs.units.Unit;
import vn.cbcs.units.Units;

/**
 * The downloadable templates: Vietnamese headers, a notes sheet explaining every column, lists of
 * allowed values for coded columns (from today's catalogues: communes and posts in force today,
 * ethnic groups, levels) and an example row the import skips.
 */
@Service
public class ImportTemplates {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final People people;
  private final Qualifications qualifications;
  private final PositionCatalogue positions;
  private final Units units;
  private final MessageSource messages;

  ImportTemplates(
      People people,
      Qualifications qualifications,
      PositionCatalogue positions,
      Units units,
      MessageSource messages) {
    this.people = people;
    this.qualifications = qualifications;
    this.positions = positions;
    this.units = units;
    this.messages = messages;
  }

  public static String fileName(ImportKind kind) {
    return "mau-nhap-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".xlsx";
  }

  public static String displayName(ImportKind kind) {
    return "Mẫu nhập - " + kind.sheetName() + ".xlsx";
  }

  public void write(ImportKind kind, OutputStream out) throws IOException {
    TemplateWriter.write(kind, lists(), out);
  }

  /** Named lists of allowed values, as the cells show them ("code – name" for coded values). */
  public Map<String, List<String>> lists() {
    LocalDate today = AsOf.today();
    Map<String, List<String>> lists = new LinkedHashMap<>();
    lists.put("GioiTinh", List.of("Nam", "Nữ"));
    lists.put("CoKhong", List.of("Có", "Không"));
    lists.put("DanToc", coded(people.ethnicities()));
    lists.put("TonGiao", coded(people.religions()));
    List<QualificationLevel> levels = qualifications.levels();
    lists.put("ChuyenMon", levelNames(levels, Track.PROFESSIONAL));
    lists.put("LyLuanChinhTri", levelNames(levels, Track.POLITICAL_THEORY));
    lists.put("QuanLyNhaNuoc", levelNames(levels, Track.STATE_MANAGEMENT));
    List<String> all = new ArrayList<>();
    levels.forEach(
        l -> {
          if (!all.contains(l.nameVi())) all.add(l.nameVi());
        });
    lists.put("TrinhDo", all);
    List<String> tracks = new ArrayList<>();
    for (Track t : Track.values()) {
      tracks.add(messages.getMessage(t.messageKey(), null, t.name(), VI));
    }
    lists.put("LoaiTrinhDo", tracks);
    List<String> kinds = new ArrayList<>();
    for (DecisionKind k : DecisionKind.values()) {
      if (!k.ends()) {
        kinds.add(messages.getMessage(k.messageKey(), null, k.name(), VI));
      }
    }
    lists.put("LoaiQuyetDinh", kinds);
    List<String> posts = new ArrayList<>();
    for (Position p : positions.inForce(today)) {
      posts.add(p.code() + " – " + p.nameVi());
    }
    lists.put("ChucVu", posts);
    List<String> communes = new ArrayList<>();
    for (Unit province : units.children(null, today)) {
      for (Unit c : units.communesUnder(province, today)) {
        communes.add(c.code() + " – " + c.fullName());
      }
    }
    lists.put("DonVi", communes);
    vn.cbcs.importexport.internal.TemplateWriter.ratingLists(lists);
    vn.cbcs.importexport.internal.TemplateWriter.trainingLists(lists, messages);
    return lists;
  }

  private static List<String> coded(List<CatalogueEntry> entries) {
    return entries.stream().map(e -> e.code() + " – " + e.name()).toList();
  }

  private static List<String> levelNames(List<QualificationLevel> levels, Track track) {
    return levels.stream().filter(l -> l.track() == track).map(QualificationLevel::nameVi).toList();
  }
}
