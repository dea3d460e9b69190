package vn.cbcs.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.CurrentActor;
import vn.cbcs.platform.ForbiddenException;

/**
 * Hands a controller the actor of its request (resolved once after authentication). A request
 * without one — nobody signed in — is refused: there is no default actor.
 */
final class ActorArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Actor.class;
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mav,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    return CurrentActor.get().orElseThrow(() -> new ForbiddenException("error.forbidden.signIn"));
  }
}
