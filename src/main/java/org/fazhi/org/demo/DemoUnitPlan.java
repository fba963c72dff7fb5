package org.fazhi.org.demo;

import org.fazhi.org.UnitKind;
import org.fazhi.org.units.UnitDraft;
import org.fazhi.org.units.Units;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo county's units, parents first, with ids already taken from the sequence so that each row can carry its
 * ancestors path: departments and their 派出机构/事业单位/内设机构 from {@code units.csv}, then the townships, then the
 * villages and communities named after their township (e.g. 城关镇朝阳社区).
 */
final class DemoUnitPlan {

    private final String county;
    private final long government;
    private final Iterator<Long> ids;
    private final Map<String, Units.NewUnit> byName = new LinkedHashMap<>();
    private int sequence;

    DemoUnitPlan(String county, long government, List<Long> ids) {
        this.county = county;
        this.government = government;
        this.ids = ids.iterator();
    }

    List<Units.NewUnit> build(List<DemoData.UnitLine> unitLines, List<DemoData.TownshipLine> townships,
                              List<DemoData.VillageLine> villages) {
        unitLines.forEach(this::unit);
        Map<String, Units.NewUnit> townshipByCode = new HashMap<>();
        Map<String, String> townshipNames = new HashMap<>();
        for (DemoData.TownshipLine line : townships) {
            UnitKind kind = "街道".equals(line.kind()) ? UnitKind.SUBDISTRICT : UnitKind.TOWNSHIP;
            townshipByCode.put(line.code(), add(null, new UnitDraft(line.unitName(), line.shortName(), kind,
                    county + line.code(), DemoCreditCodes.of("11", county, ++sequence), line.docPrefix(), true,
                    true, false, line.sortOrder())));
            townshipNames.put(line.code(), line.regionName());
        }
        int sort = 0;
        for (DemoData.VillageLine line : villages) {
            UnitKind kind = "社区".equals(line.kind()) ? UnitKind.COMMUNITY : UnitKind.VILLAGE;
            add(townshipByCode.get(line.townshipCode()), new UnitDraft(townshipNames.get(line.townshipCode())
                    + line.name(), line.name(), kind, county + line.townshipCode() + line.code(), null, null, false,
                    false, false, ++sort));
        }
        return List.copyOf(byName.values());
    }

    private void unit(DemoData.UnitLine line) {
        Units.NewUnit parent = line.parent() == null ? null : byName.get(line.parent());
        if (line.parent() != null && parent == null) {
            throw new IllegalStateException("demo/units.csv: 上级单位须在前面列出：" + line.parent());
        }
        UnitKind kind = UnitKind.fromLabel(line.kind()).orElseThrow();
        // 11 = 机构编制部门登记的机关, 12 = 事业单位; 内设机构 are no legal persons and have no code.
        String credit = kind == UnitKind.INTERNAL ? null
                : DemoCreditCodes.of(kind == UnitKind.INSTITUTION ? "12" : "11", county, ++sequence);
        add(parent, new UnitDraft(line.name(), line.shortName(), kind, county, credit, line.docPrefix(),
                line.enforcement(), line.normdoc(), false, line.sortOrder()));
    }

    /** Adds a unit under {@code parent}, or under the government when {@code null}. */
    private Units.NewUnit add(Units.NewUnit parent, UnitDraft draft) {
        Units.NewUnit unit = parent == null
                ? new Units.NewUnit(ids.next(), county, government, "/" + government + "/", draft)
                : new Units.NewUnit(ids.next(), county, parent.id(), parent.ancestors() + parent.id() + "/", draft);
        byName.put(draft.name(), unit);
        return unit;
    }
}
