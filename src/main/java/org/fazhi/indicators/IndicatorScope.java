package org.fazhi.indicators;

import org.fazhi.org.ScopeFilter;

/**
 * Where an indicator is counted (统计范围): a unit and its lower units, a county, or a province, expressed as the same
 * {@link ScopeFilter} that guards every list, so that a figure never counts what its reader may not see.
 *
 * @param filter the SQL predicate; sources add {@code filter.on("t.county_code", "t.unit_id")} and bind
 *               {@code filter.params()}
 * @param label  how the scope is named in reports (示范县, 县司法局 …)
 */
public record IndicatorScope(ScopeFilter filter, String label) {
}
