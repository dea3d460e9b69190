package vn.cbcs.platform.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Pages rendered into UTF-8 bytes, then sent in one piece. The starter's view writes through the
 * response's {@code PrintWriter}, which encodes every character of every page again — a sixth of a
 * person page's CPU under load (Vietnamese text leaves the encoder's ASCII fast path). Here the
 * templates' static parts are encoded once at build time ({@code binaryStaticContent} in the
 * jte-maven-plugin) and only the values are encoded per request. A page that fails half-way sends
 * nothing of itself: the error page is rendered instead of a cut-off page.
 */
@Configuration(proxyBeanMethods = false)
class ByteViewResolver {

  @Bean
  JteViewResolver jteViewResolver(TemplateEngine engine, JteProperties properties) {
    return new JteViewResolver(engine, properties) {
      @Override
      protected AbstractUrlBasedView instantiateView() {
        return new ByteView(engine);
      }
    };
  }

  /** A jte page written as bytes, in one piece. */
  static final class ByteView extends JteView {

    /** Pages up to this size are held whole before they are sent (nearly all of them). */
    private static final int HELD_WHOLE = 1 << 20;

    private final TemplateEngine engine;

    ByteView(TemplateEngine engine) {
      super(engine);
      this.engine = engine;
    }

    @Override
    protected void renderMergedTemplateModel(
        Map<String, Object> model, HttpServletRequest request, HttpServletResponse response)
        throws Exception {
      Utf8ByteOutput output = new Utf8ByteOutput();
      engine.render(getUrl(), model, output);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      byte[] page = output.toByteArray(); // one write: each write passes the response wrappers
      if (page.length < HELD_WHOLE) {
        // Held in the container's buffer until the request ends (it then sets Content-Length):
        // a response committed earlier makes Spring Session save the session twice and read it
        // again from the database for the second time.
        response.setBufferSize(page.length + 1);
      } else {
        response.setContentLength(page.length);
      }
      response.getOutputStream().write(page);
    }
  }
}
