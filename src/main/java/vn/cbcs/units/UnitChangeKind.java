package vn.cbcs.units;

/**
 * What a resolution did to the units it names (Luật Tổ chức chính quyền địa phương 2015 Art. 128:
 * thành lập, nhập, chia, điều chỉnh địa giới, đổi tên; and the change of a xã into a thị trấn or a
 * phường, which the law treats as the founding of an urban unit on the ground of the old one).
 */
public enum UnitChangeKind {
  /** thành lập: a new unit, on ground taken from others */
  ESTABLISHED,
  /** nhập, sáp nhập: several units become one */
  MERGED,
  /** chia, tách: one unit becomes several */
  SPLIT,
  /** điều chỉnh địa giới: ground moves between units that go on */
  ADJUSTED,
  /** đổi tên */
  RENAMED,
  /** xã → thị trấn / phường, huyện → thị xã / thành phố: the same ground, another kind of unit */
  RECLASSIFIED;

  public String messageKey() {
    return "unit.change.kind." + name();
  }
}
