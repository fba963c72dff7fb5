package org.fazhi.org.units;

import org.fazhi.org.UnitKind;

/**
 * A unit (单位) of the organisation tree as the admin pages and the API show it.
 *
 * @param ancestors           path of ancestor ids, e.g. {@code /1/5/}; the root has {@code /}
 * @param enforcementBody     行政执法主体
 * @param normdocIssuer       规范性文件制定主体
 * @param reconsiderationBody 行政复议机关
 * @param status              {@code ACTIVE} or {@code CLOSED} (撤销; the row is kept)
 * @param version             optimistic-lock version the edit form sends back
 */
public record Unit(long id, String countyCode, Long parentId, String parentName, String ancestors, String name,
                   String shortName, UnitKind kind, String regionCode, String creditCode, String docPrefix,
                   boolean enforcementBody, boolean normdocIssuer, boolean reconsiderationBody, int sortOrder,
                   String status, int version) {

    public static final String ACTIVE = "ACTIVE";
    public static final String CLOSED = "CLOSED";

    /** The path of this unit and everything below it: ancestors plus own id. */
    public String path() {
        return ancestors + id + "/";
    }

    public boolean active() {
        return ACTIVE.equals(status);
    }

    public boolean root() {
        return parentId == null;
    }

    public String kindLabel() {
        return kind.label();
    }

    public String statusLabel() {
        return active() ? "正常" : "已撤销";
    }
}
