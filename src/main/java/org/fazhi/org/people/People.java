package org.fazhi.org.people;

import org.fazhi.org.IdNumbers;
import org.fazhi.org.Mobiles;
import org.fazhi.org.ScopeFilter;
import org.fazhi.org.web.Lists;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people table (人员). Reads take the user's scope and whether identity numbers and mobiles may be shown: masking
 * happens here, so an unmasked value never reaches a page, an export or the API without {@code org:person:pii}.
 */
@Repository
public class People {

    private static final String SELECT = """
            SELECT p.id, p.county_code, p.unit_id, u.name AS unit_name, p.name, p.gender, p.id_number, p.mobile,
                   p.position, p.is_leader, p.status, p.version
            FROM org_person p JOIN org_unit u ON u.id = p.unit_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    People(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A new person for {@link #insertAll(List, String, Instant)}. */
    public record NewPerson(String countyCode, long unitId, PersonDraft draft) {
    }

    public Page<Person> page(ScopeFilter scope, PersonFilter filter, PageQuery page, boolean pii) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = where(scope, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM org_person p WHERE " + where).params(params)
                .query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Person> items = jdbc.sql(SELECT + " WHERE " + where + " ORDER BY u.ancestors, u.sort_order, u.id, "
                        + "p.is_leader DESC, p.id LIMIT :limit OFFSET :offset")
                .params(params).query((rs, n) -> person(rs, pii)).list();
        return Page.of(items, total, page);
    }

    public List<Person> list(ScopeFilter scope, PersonFilter filter, int limit, boolean pii) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String where = where(scope, filter, params);
        params.put("limit", limit);
        return jdbc.sql(SELECT + " WHERE " + where + " ORDER BY u.ancestors, u.sort_order, u.id, p.is_leader DESC, "
                        + "p.id LIMIT :limit")
                .params(params).query((rs, n) -> person(rs, pii)).list();
    }

    private static String where(ScopeFilter scope, PersonFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(scope.on("p.county_code", "p.unit_id"));
        if (filter.name() != null) {
            where.append(" AND p.name LIKE :name");
            params.put("name", Lists.contains(filter.name()));
        }
        if (filter.status() != null) {
            where.append(" AND p.status = :status");
            params.put("status", filter.status());
        }
        if (filter.unitId() != null) {
            where.append(" AND p.unit_id IN (SELECT f.id FROM org_unit f WHERE f.county_code = p.county_code"
                    + " AND (f.id = :unit OR f.ancestors LIKE :unitPath))");
            params.put("unit", filter.unitId());
            params.put("unitPath", "%/" + filter.unitId() + "/%");
        }
        return where.toString();
    }

    public Optional<Person> find(long id, ScopeFilter scope, boolean pii) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("id", id);
        return jdbc.sql(SELECT + " WHERE p.id = :id AND " + scope.on("p.county_code", "p.unit_id")).params(params)
                .query((rs, n) -> person(rs, pii)).optional();
    }

    /** Active people of the scope for choosers (e.g. linking an account to a person), at most {@code limit}. */
    public List<Person> active(ScopeFilter scope, int limit) {
        return list(scope, new PersonFilter(null, null, Person.ACTIVE), limit, false);
    }

    /** Identity numbers among {@code numbers} already registered in the county (by someone else than exceptId). */
    public List<String> idNumbersInUse(String countyCode, Collection<String> numbers, Long exceptId) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id_number FROM org_person WHERE county_code = :c AND id_number IN (:n) AND id <> :e")
                .param("c", countyCode).param("n", List.copyOf(numbers))
                .param("e", exceptId == null ? -1L : exceptId).query(String.class).list();
    }

    /** "unitId/name" keys of the active people in these units, to spot a person registered twice. */
    public List<String> namesInUnits(String countyCode, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT unit_id || '/' || name FROM org_person WHERE county_code = :c AND unit_id IN (:u) "
                        + "AND status = 'ACTIVE'")
                .param("c", countyCode).param("u", List.copyOf(unitIds)).query(String.class).list();
    }

    long insert(String countyCode, long unitId, PersonDraft d, String actor, Instant at) {
        return jdbc.sql("""
                        INSERT INTO org_person (county_code, unit_id, name, gender, id_number, mobile, position, is_leader,
                            created_at, created_by, updated_at, updated_by)
                        VALUES (:c, :unit, :name, :gender, :idn, :mobile, :position, :leader, :at, :by, :at, :by)
                        RETURNING id""")
                .param("c", countyCode).param("unit", unitId).params(fields(d))
                .param("at", Timestamp.from(at)).param("by", actor).query(Long.class).single();
    }

    int update(long id, int version, long unitId, PersonDraft d, String status, String actor, Instant at) {
        return jdbc.sql("""
                        UPDATE org_person SET unit_id = :unit, name = :name, gender = :gender, id_number = :idn,
                            mobile = :mobile, position = :position, is_leader = :leader, status = :status,
                            updated_at = :at, updated_by = :by, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("unit", unitId).params(fields(d)).param("status", status)
                .param("at", Timestamp.from(at)).param("by", actor).param("id", id).param("version", version)
                .update();
    }

    /** Inserts many people in JDBC batches. */
    public void insertAll(List<NewPerson> people, String actor, Instant at) {
        Timestamp ts = Timestamp.from(at);
        List<Object[]> rows = new ArrayList<>(people.size());
        for (NewPerson p : people) {
            PersonDraft d = p.draft();
            rows.add(new Object[]{p.countyCode(), p.unitId(), d.name(), d.gender(), d.idNumber(), d.mobile(),
                    d.position(), d.leader(), ts, actor, ts, actor});
        }
        int[] types = {Types.CHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.BOOLEAN, Types.TIMESTAMP, Types.VARCHAR,
                Types.TIMESTAMP, Types.VARCHAR};
        template.batchUpdate("""
                INSERT INTO org_person (county_code, unit_id, name, gender, id_number, mobile, position, is_leader,
                    created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, types);
    }

    private static Map<String, Object> fields(PersonDraft d) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", d.name());
        params.put("gender", d.gender());
        params.put("idn", d.idNumber());
        params.put("mobile", d.mobile());
        params.put("position", d.position());
        params.put("leader", d.leader());
        return params;
    }

    private static Person person(java.sql.ResultSet rs, boolean pii) throws java.sql.SQLException {
        String idNumber = rs.getString("id_number");
        String mobile = rs.getString("mobile");
        return new Person(rs.getLong("id"), rs.getString("county_code"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("name"), rs.getString("gender"),
                pii ? idNumber : IdNumbers.mask(idNumber), pii ? mobile : Mobiles.mask(mobile),
                rs.getString("position"), rs.getBoolean("is_leader"), rs.getString("status"), rs.getInt("version"));
    }
}
