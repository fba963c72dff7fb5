package org.fazhi.org.access;

import org.fazhi.org.CurrentUser;

/**
 * Who may grant which role (授权边界). Nobody grants a data scope wider than their own. A role administrator
 * ({@code org:role:manage}) can already change what any role permits, so may grant any role within that scope; anyone
 * else only roles whose every permission they hold themselves, so that a unit administrator cannot create an account
 * more powerful than their own.
 */
final class RoleGrants {

    private RoleGrants() {
    }

    static boolean canGrant(CurrentUser user, Role role) {
        if (role.scope().ordinal() > user.scope().ordinal()) {
            return false;
        }
        return user.can("org:role:manage") || user.permissions().containsAll(role.permissions());
    }
}
