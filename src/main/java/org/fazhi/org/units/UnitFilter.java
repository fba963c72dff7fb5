package org.fazhi.org.units;

import org.fazhi.org.UnitKind;

/**
 * Filters of the unit list (单位查询条件); {@code null} means "any".
 *
 * @param name   part of the name or short name
 * @param flag   {@code enforcement}, {@code normdoc} or {@code reconsideration}
 * @param status {@code ACTIVE}, {@code CLOSED}, or {@code null} for both
 * @param under  only this unit and the units below it
 */
public record UnitFilter(String name, UnitKind kind, String flag, String status, Long under) {

    public static UnitFilter none() {
        return new UnitFilter(null, null, null, null, null);
    }
}
