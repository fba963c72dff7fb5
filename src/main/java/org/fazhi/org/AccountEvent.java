package org.fazhi.org;

import org.fazhi.shared.AuditableEvent;

/**
 * Something that happened to an account or to the organisation (登录、权限变更、单位人员变更), recorded by {@code audit}.
 */
public record AccountEvent(String countyCode, String actor, String action, String objectType, String objectId,
                           String summary) implements AuditableEvent {

    static AccountEvent loginSucceeded(String countyCode, String username) {
        return new AccountEvent(countyCode, username, "org.account.login", "org_account", username, "登录成功");
    }

    static AccountEvent loginFailed(String countyCode, String username, String reason) {
        return new AccountEvent(countyCode, username, "org.account.login-failed", "org_account", username,
                "登录失败：" + reason);
    }

    static AccountEvent locked(String countyCode, String username, int failures) {
        return new AccountEvent(countyCode, "system", "org.account.locked", "org_account", username,
                "连续登录失败 " + failures + " 次，账号已锁定");
    }

    static AccountEvent logout(String countyCode, String username) {
        return new AccountEvent(countyCode, username, "org.account.logout", "org_account", username, "退出登录");
    }
}
