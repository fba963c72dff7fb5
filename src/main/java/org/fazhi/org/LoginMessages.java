package org.fazhi.org;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/** Chinese messages for failed logins; never reveals whether a username exists. */
final class LoginMessages {

    private LoginMessages() {
    }

    static String of(AuthenticationException e) {
        if (e instanceof LockedException) {
            return "账号因连续登录失败已被锁定，请稍后再试或联系管理员";
        }
        if (e instanceof DisabledException) {
            return "账号已停用，请联系管理员";
        }
        return "用户名或密码错误";
    }

    static String code(AuthenticationException e) {
        if (e instanceof LockedException) {
            return "locked";
        }
        if (e instanceof DisabledException) {
            return "disabled";
        }
        return "bad";
    }
}
