package vn.cbcs.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.cbcs.platform.PageContext;

/** Puts the {@link PageContext} into the model of every page as {@code page}. */
@ControllerAdvice
class PageModelAdvice {

  private final PageContextFactory factory;

  PageModelAdvice(PageContextFactory factory) {
    this.factory = factory;
  }

  @ModelAttribute("page")
  PageContext page(HttpServletRequest request) {
    return factory.create(request);
  }
}
