package org.fazhi.org.access;

import java.time.Instant;
import java.util.List;

/**
 * A login account (登录账号) as the account pages show it; never carries the password hash.
 *
 * @param locked whether it is locked now after repeated failed logins
 */
public record Account(long id, String countyCode, String username, String displayName, Long unitId, String unitName,
                      Long personId, String personName, boolean enabled, boolean locked, Instant lastLoginAt,
                      List<String> roleCodes, List<String> roleNames) {

    public Account {
        roleCodes = List.copyOf(roleCodes);
        roleNames = List.copyOf(roleNames);
    }

    public String stateLabel() {
        return !enabled ? "已停用" : locked ? "已锁定" : "正常";
    }
}
