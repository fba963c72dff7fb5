package org.fazhi.reconsideration;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.ScopeFilter;

/**
 * Who takes a step and what they may do: staff of the 复议机构 handle the case, the respondent unit answers and reports
 * back, and system jobs act county-wide.
 */
public record Actor(String username, String countyCode, ScopeFilter scope, boolean handle, boolean respond) {

    static final String HANDLE = "reconsideration:case:handle";
    static final String RESPOND = "reconsideration:case:respond";

    public static Actor current() {
        CurrentUser user = CurrentUser.require();
        return new Actor(user.username(), user.countyCode(), user.filter(), user.can(HANDLE), user.can(RESPOND));
    }

    static Actor system(String countyCode) {
        return new Actor("system", countyCode, Offices.county(countyCode), true, true);
    }

    static Actor portal(String countyCode) {
        return new Actor("portal", countyCode, Offices.county(countyCode), false, false);
    }
}
