package vn.cbcs.platform;

import java.util.Collection;

/**
 * Some ids as a condition "this bigint column holds one of these ids" and its one positional
 * parameter, made from the same ids so that the two always agree: {@code = ?} for a single id,
 * {@code = ANY(CAST(? AS bigint[]))} for more. PostgreSQL keeps one generic plan for the first once
 * the driver has prepared the statement; for an array of unknown length it judges a plan made for
 * the values cheaper and plans every execution anew — on a person's page, which reads one person's
 * posts, qualifications and lists this way, 0.6 ms of its 3 ms in PostgreSQL (issue 18).
 */
public final class AnyId {

  private final Long[] ids;

  private AnyId(Long[] ids) {
    if (ids.length < 1) {
      throw new IllegalArgumentException("no id");
    }
    this.ids = ids;
  }

  /** These ids (at least one). */
  public static AnyId of(Collection<Long> ids) {
    return new AnyId(ids.toArray(Long[]::new));
  }

  /** These ids (at least one). */
  public static AnyId of(Long[] ids) {
    return new AnyId(ids.clone());
  }

  /** The condition on {@code column}, with one {@code ?} for {@link #param}. */
  public String in(String column) {
    return ids.length == 1 ? column + " = ?" : column + " = ANY(CAST(? AS bigint[]))";
  }

  /** The value of the condition's {@code ?}. */
  public Object param() {
    return ids.length == 1 ? ids[0] : ids.clone();
  }
}
