package vn.cbcs.security.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

  @GetMapping("/login")
  String login() {
    return "security/login";
  }
}
