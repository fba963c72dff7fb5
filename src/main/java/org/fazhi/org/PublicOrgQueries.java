package org.fazhi.org;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * What the organisation publishes (公开名单): the county's enforcement bodies (行政执法主体) and the units entitled to
 * issue normative documents (规范性文件制定主体). Read by the public portal without login, so it returns names only.
 */
@Service
public class PublicOrgQueries {

    private final JdbcClient jdbc;

    PublicOrgQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit as the public sees it. */
    public record PublicUnit(String name, String kind, String creditCode) {
    }

    /** Active enforcement bodies of the county, in tree order. */
    public List<PublicUnit> enforcementBodies(String countyCode) {
        return list(countyCode, "is_enforcement_body");
    }

    /** Active issuing bodies of normative documents; an internal office (内设机构) is never one. */
    public List<PublicUnit> normativeDocumentIssuers(String countyCode) {
        return list(countyCode, "is_normdoc_issuer");
    }

    private List<PublicUnit> list(String countyCode, String flag) {
        // flag is one of two constants above, never user input.
        return jdbc.sql("SELECT name, kind, credit_code FROM org_unit WHERE county_code = :c AND status = 'ACTIVE' AND "
                        + flag + " AND kind <> 'INTERNAL' ORDER BY ancestors, sort_order, id LIMIT 1000")
                .param("c", countyCode)
                .query((rs, n) -> new PublicUnit(rs.getString(1), UnitKind.valueOf(rs.getString(2)).label(),
                        rs.getString(3)))
                .list();
    }
}
