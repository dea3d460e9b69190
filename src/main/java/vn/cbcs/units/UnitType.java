package vn.cbcs.units;

/** The exact kind of a unit, as the law names it. */
public enum UnitType {
  TINH(UnitLevel.PROVINCE),
  THANH_PHO_TRUC_THUOC_TW(UnitLevel.PROVINCE),
  HUYEN(UnitLevel.DISTRICT),
  QUAN(UnitLevel.DISTRICT),
  THI_XA(UnitLevel.DISTRICT),
  THANH_PHO_THUOC_TINH(UnitLevel.DISTRICT),
  THANH_PHO_THUOC_TP_TW(UnitLevel.DISTRICT),
  XA(UnitLevel.COMMUNE),
  PHUONG(UnitLevel.COMMUNE),
  THI_TRAN(UnitLevel.COMMUNE),
  DAC_KHU(UnitLevel.COMMUNE);

  private final UnitLevel level;

  UnitType(UnitLevel level) {
    this.level = level;
  }

  public UnitLevel level() {
    return level;
  }

  /** Message key of the Vietnamese/English name of the type. */
  public String messageKey() {
    return "unit.type." + name();
  }
}
