package org.fazhi.files;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.shared.BusinessException;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The units a user may upload and issue for (本人数据范围内的单位), for forms and for checking a submitted unit. */
@Component
class ScopedUnits {

    private static final int MAX_UNITS = 2000;

    private final OrgDirectory org;

    ScopedUnits(OrgDirectory org) {
        this.org = org;
    }

    List<OrgDirectory.UnitRef> list(CurrentUser user) {
        return org.units(user.filter(), MAX_UNITS);
    }

    Map<Long, String> names(CurrentUser user) {
        Map<Long, String> names = new LinkedHashMap<>();
        list(user).forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    /**
     * The chosen unit, or the user's own when none is chosen.
     *
     * @throws BusinessException (not found) for a unit outside the user's scope, exactly as for a missing one
     */
    OrgDirectory.UnitRef require(CurrentUser user, Long unitId) {
        Long id = unitId != null ? unitId : user.unitId();
        if (id == null) {
            throw BusinessException.invalid("您的账号未关联单位，请选择单位");
        }
        return org.activeUnit(id, user.filter())
                .orElseThrow(() -> BusinessException.notFound("单位不存在、已撤销或不在您的数据范围内"));
    }
}
