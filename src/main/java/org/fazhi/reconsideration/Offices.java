package org.fazhi.reconsideration;

import org.fazhi.org.DataScope;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.org.UnitKind;
import org.fazhi.shared.BusinessException;
import org.springframework.stereotype.Component;

/**
 * Who acts for the county in reconsideration (复议机关与复议机构): the county government is the 行政复议机关 that issues
 * the documents (第二十四条); its 司法行政部门 is the 行政复议机构 that handles the cases (第四条第二款).
 */
@Component
class Offices {

    private final OrgDirectory org;

    Offices(OrgDirectory org) {
        this.org = org;
    }

    static ScopeFilter county(String countyCode) {
        return new ScopeFilter(DataScope.COUNTY, countyCode, null, null);
    }

    /** The county government unit. */
    long authority(String countyCode) {
        return org.units(county(countyCode), 5000).stream().filter(u -> u.kind() == UnitKind.GOVERNMENT)
                .map(OrgDirectory.UnitRef::id).findFirst()
                .orElseThrow(() -> BusinessException.invalid("本县尚未登记县人民政府单位，无法以复议机关名义制作文书"));
    }

    /** The 司法局 (行政复议机构); the government itself where no 司法局 is registered. */
    long office(String countyCode) {
        return org.units(county(countyCode), 5000).stream().filter(u -> u.name().endsWith("司法局"))
                .map(OrgDirectory.UnitRef::id).findFirst().orElseGet(() -> authority(countyCode));
    }

    String unitName(long unitId) {
        return org.unitById(unitId).map(OrgDirectory.UnitRef::name).orElse("—");
    }
}
