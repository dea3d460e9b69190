package vn.cbcs.indicators.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import vn.cbcs.indicators.Member;
import vn.cbcs.platform.ListWorkbook;

/**
 * The people (or communes) behind one part of an indicator — the drill-down's list, every row — as
 * an xlsx workbook with Vietnamese headers: the title says which indicator, unit, date and part, so
 * a printed sheet explains itself.
 */
final class MembersWorkbook {

  /** The headers after "STT"; the tests read the workbook back by them. */
  static final List<String> HEADERS =
      List.of("Mã", "Họ và tên / Đơn vị", "Xã, phường", "Chức vụ, chức danh", "Căn cứ tính");

  private MembersWorkbook() {}

  static void write(
      List<Member> members, String title, Function<String, String> positionName, OutputStream out)
      throws IOException {
    ListWorkbook.write(
        "Danh sách",
        title,
        HEADERS,
        List.of(10, 28, 28, 32, 50),
        members.stream()
            .map(
                m ->
                    Arrays.asList(
                        m.id(),
                        m.name(),
                        m.communeName(),
                        m.positionCode() == null ? "" : positionName.apply(m.positionCode()),
                        m.detailVi()))
            .toList(),
        out);
  }
}
