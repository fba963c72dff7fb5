package org.fazhi.org;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user (当前用户) and the unit they act for. Every query takes its tenant and scope from here.
 * Serializable because sessions are stored in the database (Spring Session JDBC) and shared by all instances.
 *
 * @param accountId   account id
 * @param username    login name
 * @param displayName name shown in the top bar
 * @param countyCode  county (tenant) the account belongs to
 * @param unitId      unit the user acts for; {@code null} only for platform accounts
 * @param unitName    that unit's name
 * @param unitPath    the unit's own ancestors path including itself, e.g. {@code /1/5/}
 * @param scope       widest data scope of the user's roles
 * @param roles       role codes
 * @param permissions permission codes
 */
public record CurrentUser(long accountId, String username, String displayName, String countyCode, Long unitId,
                          String unitName, String unitPath, DataScope scope, Set<String> roles,
                          Set<String> permissions) implements java.io.Serializable {

    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    /** The signed-in user of this request, if any. */
    public static Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    /** The signed-in user; fails when called outside an authenticated request. */
    public static CurrentUser require() {
        return find().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    /** The scope restricted to this user, ready to put into SQL. */
    public ScopeFilter filter() {
        return new ScopeFilter(scope, countyCode, unitId, unitPath);
    }
}
