package vn.cbcs.platform.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Registers the strict whole-number editor ({@link StrictNumbers.Editor}) with every data binder,
 * so that {@code @RequestParam} and {@code @PathVariable} of type {@code long}, {@code Long},
 * {@code int} and {@code Integer} accept digits only ({@code ?page=0x1}, {@code ?page=+1} → 400).
 */
@ControllerAdvice
class NumberBindingAdvice {

  @InitBinder
  void strictNumbers(WebDataBinder binder) {
    for (Class<?> type : new Class<?>[] {long.class, Long.class, int.class, Integer.class}) {
      binder.registerCustomEditor(type, new StrictNumbers.Editor(type));
    }
  }
}
