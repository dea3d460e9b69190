package vn.cbcs.training.web;

import java.util.HashMap;
import java.util.Map;

/**
 * What a refused form had typed, to fill it again (a flash attribute: a serializable map, without
 * the CSRF token).
 */
final class Typed {

  private Typed() {}

  static HashMap<String, String> of(Map<String, String> params) {
    HashMap<String, String> typed = new HashMap<>();
    params.forEach(
        (k, v) -> {
          if (!k.startsWith("_") && v != null && v.length() <= 1000) {
            typed.put(k, v);
          }
        });
    return typed;
  }
}
