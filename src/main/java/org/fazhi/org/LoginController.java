package org.fazhi.org;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page (登录页). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "org/login";
    }
}
