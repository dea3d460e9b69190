package vn.cbcs.platform.web;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ContainerErrorValve} in place of Tomcat's error report on the host, after Spring Boot
 * has configured its own (which is removed).
 */
@Component
class TomcatErrorsCustomizer
    implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

  private final MessageSource messages;

  TomcatErrorsCustomizer(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          Container host = context.getParent();
          Pipeline pipeline = host.getPipeline();
          for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve) {
              pipeline.removeValve(valve);
            }
          }
          if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(ContainerErrorValve.class.getName());
          }
          pipeline.addValve(new ContainerErrorValve(messages));
        });
  }
}
