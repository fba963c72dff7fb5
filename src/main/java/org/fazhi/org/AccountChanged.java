package org.fazhi.org;

import org.fazhi.shared.AuditableEvent;

/**
 * An administrator changed an account (账号): created it, granted roles, reset its password, enabled, disabled or
 * unlocked it. Granting roles is a permission change (权限变更).
 *
 * @param action e.g. {@code org.account.created}, {@code org.account.roles-changed}, {@code org.account.password-reset}
 */
public record AccountChanged(String countyCode, String actor, String action, String username, String summary)
        implements AuditableEvent {

    @Override
    public String objectType() {
        return "org_account";
    }

    @Override
    public String objectId() {
        return username;
    }
}
