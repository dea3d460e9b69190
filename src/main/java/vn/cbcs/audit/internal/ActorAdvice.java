package vn.cbcs.audit.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.CurrentActor;

/**
 * Every public method of a CBCS bean that takes an {@link Actor} (the record services: people,
 * qualifications, assignments, rules, ...) runs with that actor as the audit context of its thread,
 * so that the rows it writes are logged as that person's, through that channel, for that reason.
 * Runs outside the transaction advice: a transaction begun by the call starts with the right
 * context, one statement to the database.
 */
@Configuration(proxyBeanMethods = false)
class ActorAdvice {

  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static StaticMethodMatcherPointcutAdvisor auditActorAdvisor(
      ObjectProvider<AuditSettings> settings) {
    StaticMethodMatcherPointcutAdvisor advisor =
        new StaticMethodMatcherPointcutAdvisor() {
          @Override
          public boolean matches(Method method, Class<?> targetClass) {
            return targetClass.getName().startsWith("vn.cbcs.")
                && Modifier.isPublic(method.getModifiers())
                && actorIndex(method) >= 0;
          }
        };
    advisor.setAdvice(new Interceptor(settings));
    advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return advisor;
  }

  static int actorIndex(Method method) {
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      if (types[i] == Actor.class) {
        return i;
      }
    }
    return -1;
  }

  private record Interceptor(ObjectProvider<AuditSettings> settings) implements MethodInterceptor {

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
      int index = actorIndex(invocation.getMethod());
      Actor actor = index < 0 ? null : (Actor) invocation.getArguments()[index];
      if (actor == null) {
        return invocation.proceed();
      }
      try {
        return CurrentActor.callAs(actor, () -> proceed(invocation));
      } catch (UndeclaredCheckedException e) {
        throw e.getCause();
      } finally {
        if (CurrentActor.get().isPresent()) {
          // back in the caller's context: its later writes are its own again
          settings.getObject().apply(AuditContext.current());
        }
      }
    }

    private Object proceed(MethodInvocation invocation) {
      settings.getObject().apply(AuditContext.current());
      try {
        return invocation.proceed();
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new UndeclaredCheckedException(e);
      }
    }
  }

  /** Carries a checked exception of the advised method through the supplier. */
  private static final class UndeclaredCheckedException extends RuntimeException {
    UndeclaredCheckedException(Throwable cause) {
      super(cause);
    }
  }
}
