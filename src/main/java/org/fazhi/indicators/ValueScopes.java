package org.fazhi.indicators;

import java.util.Optional;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.springframework.stereotype.Component;

/**
 * Turns a scope key into an {@link IndicatorScope} the reader may see (统计范围): {@code county} (the reader's county),
 * {@code province}, or {@code unit-<id>} (that unit and below). A key wider than the reader's data scope, or another
 * county's unit, is refused: a figure never counts what its reader may not see.
 */
@Component
public class ValueScopes {

    private final OrgDirectory org;

    ValueScopes(OrgDirectory org) {
        this.org = org;
    }

    /** A resolved scope with its key. */
    public record Resolved(String key, IndicatorScope scope, Long unitId) {
    }

    /** The default scope of a reader: the county for county-wide readers, else their own unit and below. */
    public String defaultKey(CurrentUser user) {
        return switch (user.scope()) {
            case PROVINCE, COUNTY -> "county-" + user.countyCode();
            default -> "unit-" + user.unitId();
        };
    }

    public Resolved resolve(String key, CurrentUser user) {
        String k = key == null || key.isBlank() ? defaultKey(user) : key.trim();
        ScopeFilter mine = user.filter();
        if (k.equals("county") || k.equals("county-" + user.countyCode())) {
            if (user.scope() != DataScope.COUNTY && user.scope() != DataScope.PROVINCE) {
                throw BusinessException.forbidden("您的数据范围不含全县统计");
            }
            return new Resolved("county-" + user.countyCode(), county(user.countyCode(), countyName(user)), null);
        }
        if (k.startsWith("county-") && user.scope() == DataScope.PROVINCE
                && k.substring(7).startsWith(user.countyCode().substring(0, 2)) && k.substring(7).matches("\\d{6}")) {
            String code = k.substring(7);
            return new Resolved(k, county(code, code), null);
        }
        if (k.equals("province")) {
            if (user.scope() != DataScope.PROVINCE) {
                throw BusinessException.forbidden("您的数据范围不含全省统计");
            }
            return new Resolved(k, new IndicatorScope(new ScopeFilter(DataScope.PROVINCE, user.countyCode(), null, null),
                    "全省"), null);
        }
        if (k.startsWith("unit-")) {
            long id;
            try {
                id = Long.parseLong(k.substring(5));
            } catch (NumberFormatException e) {
                throw BusinessException.invalid("统计范围不正确：" + key);
            }
            OrgDirectory.UnitRef unit = org.unit(id, mine)
                    .orElseThrow(() -> BusinessException.notFound("单位不存在或不在您的数据范围内"));
            return new Resolved(k, unitScope(unit), unit.id());
        }
        throw BusinessException.invalid("统计范围不正确：" + key + "（应为 county、province 或 unit-单位编号）");
    }

    /** The whole county, for system work (report generation of the county's own report). */
    public static IndicatorScope county(String countyCode, String label) {
        return new IndicatorScope(new ScopeFilter(DataScope.COUNTY, countyCode, null, null), label);
    }

    /** A unit and its lower units. */
    public static IndicatorScope unitScope(OrgDirectory.UnitRef unit) {
        return new IndicatorScope(new ScopeFilter(DataScope.UNIT_AND_BELOW, unit.countyCode(), unit.id(), unit.path()),
                unit.name());
    }

    private String countyName(CurrentUser user) {
        Optional<OrgDirectory.UnitRef> root = org.units(new ScopeFilter(DataScope.COUNTY, user.countyCode(), null, null), 1)
                .stream().findFirst();
        return root.map(OrgDirectory.UnitRef::name).map(n -> n.replace("人民政府", "")).orElse(user.countyCode());
    }
}
