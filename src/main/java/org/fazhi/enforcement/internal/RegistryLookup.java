package org.fazhi.enforcement.internal;

import org.fazhi.enforcement.internal.Registry.BodyRef;
import org.fazhi.enforcement.internal.Registry.CertRef;
import org.fazhi.enforcement.internal.Registry.Delegation;
import org.fazhi.enforcement.internal.Registry.PowerRef;
import org.fazhi.enforcement.internal.Registry.TownshipRef;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads, in a few set-based queries, the registry entries a batch of decisions refers to (批量校验所需的登记信息). Bodies are
 * limited to the sender's data scope: a department can only send decisions of its own bodies. The keys go as one array
 * parameter each ({@code = ANY(CAST(:array AS text[]))}): one bind value and one cached plan whatever the batch size, where an
 * {@code IN} list of thousands of parameters costs parsing, planning and binding on every batch.
 */
@Component
class RegistryLookup {

    private final JdbcClient jdbc;

    RegistryLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RecordRules.Context context(ScopeFilter scope, String countyCode, Collection<RecordInput> rows, LocalDate today) {
        // closed bodies too, so that a late report of a decision made before the closure is accepted and one made
        // after it is refused with the reason; an active body of the same name or code wins
        Map<String, BodyRef> bodies = new HashMap<>();
        for (BodyRef b : bodies(scope)) {
            put(bodies, b.name(), b);
            if (b.creditCode() != null) {
                put(bodies, b.creditCode(), b);
            }
        }
        Set<String> codes = new java.util.HashSet<>();
        Set<String> certs = new java.util.HashSet<>();
        for (RecordInput r : rows) {
            if (r.powerCode() != null && !r.powerCode().isBlank()) {
                codes.add(r.powerCode().trim());
            }
            if (r.officers() != null) {
                r.officers().stream().filter(o -> o != null && !o.isBlank()).map(String::trim).forEach(certs::add);
            }
        }
        return new RecordRules.Context(bodies, powers(countyCode, codes), certificates(countyCode, certs),
                townships(countyCode), today);
    }

    private static void put(Map<String, BodyRef> bodies, String key, BodyRef b) {
        BodyRef old = bodies.get(key);
        if (old == null || (old.closedOn() != null && (b.closedOn() == null || b.closedOn().isAfter(old.closedOn())))) {
            bodies.put(key, b);
        }
    }

    List<BodyRef> bodies(ScopeFilter scope) {
        return jdbc.sql("SELECT b.id, b.county_code, b.unit_id, u.kind, b.name, b.credit_code, "
                        + "CASE WHEN b.status = 'CLOSED' THEN b.effective_to END FROM enf_body b "
                        + "JOIN org_unit u ON u.id = b.unit_id WHERE "
                        + scope.on("b.county_code", "b.unit_id") + " ORDER BY b.status, b.name LIMIT 4000")
                .params(scope.params())
                .query((rs, n) -> new BodyRef(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class)))
                .list();
    }

    Map<String, List<PowerRef>> powers(String countyCode, Set<String> codes) {
        Map<String, List<PowerRef>> byCode = new HashMap<>();
        if (codes.isEmpty()) {
            return byCode;
        }
        Map<Long, List<Delegation>> delegations = new HashMap<>();
        jdbc.sql("SELECT d.power_id, d.township_unit_id, d.delegated_on, d.revoked_on FROM enf_power_delegation d "
                        + "JOIN enf_power p ON p.id = d.power_id WHERE d.county_code = :c AND p.county_code = :c "
                        + "AND p.code = ANY(CAST(:codes AS text[]))")
                .param("c", countyCode).param("codes", SqlArrays.literal(codes))
                .query(rs -> {
                    delegations.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Delegation(rs.getLong(2),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
                });
        jdbc.sql("SELECT id, body_id, code, name, power_type, effective_from, effective_to, status = 'REPEALED' "
                        + "FROM enf_power WHERE county_code = :c AND code = ANY(CAST(:codes AS text[]))")
                .param("c", countyCode).param("codes", SqlArrays.literal(codes))
                .query(rs -> {
                    PowerRef p = new PowerRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            PowerType.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
                            rs.getObject(7, LocalDate.class), delegations.getOrDefault(rs.getLong(1), List.of()),
                            rs.getBoolean(8));
                    byCode.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(p);
                });
        return byCode;
    }

    Map<String, CertRef> certificates(String countyCode, Set<String> numbers) {
        Map<String, CertRef> byNo = new LinkedHashMap<>();
        if (numbers.isEmpty()) {
            return byNo;
        }
        jdbc.sql("SELECT c.id, c.cert_no, c.category, o.id, o.name, o.body_id, o.status, c.issued_on, c.expires_on, "
                        + "c.suspended_from, c.suspended_to, c.ended_on FROM enf_certificate c "
                        + "JOIN enf_officer o ON o.id = c.officer_id "
                        + "WHERE c.county_code = :c AND c.cert_no = ANY(CAST(:nos AS text[]))")
                .param("c", countyCode).param("nos", SqlArrays.literal(numbers))
                .query(rs -> {
                    byNo.put(rs.getString(2), new CertRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5), rs.getLong(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                            rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                            rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class)));
                });
        return byNo;
    }

    Map<String, TownshipRef> townships(String countyCode) {
        Map<String, TownshipRef> byName = new HashMap<>();
        jdbc.sql("SELECT id, name, short_name FROM org_unit WHERE county_code = :c AND kind IN ('TOWNSHIP', 'SUBDISTRICT') "
                        + "AND status = 'ACTIVE'")
                .param("c", countyCode)
                .query(rs -> {
                    TownshipRef t = new TownshipRef(rs.getLong(1), rs.getString(2));
                    byName.put(t.name(), t);
                    if (rs.getString(3) != null) {
                        byName.putIfAbsent(rs.getString(3), t);
                    }
                });
        return byName;
    }
}
