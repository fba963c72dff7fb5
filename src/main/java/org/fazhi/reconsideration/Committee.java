package org.fazhi.reconsideration;

import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 行政复议委员会 and its expert pool (《中华人民共和国行政复议法》第五十二条): the members and experts the office may
 * consult on complex, highly technical or Art. 24(2) cases. Members leave by being made inactive, never deleted.
 */
@Service
public class Committee {

    private final JdbcClient jdbc;
    private final Offices offices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Committee(JdbcClient jdbc, Offices offices, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.events = events;
        this.clock = clock;
    }

    /** A member or expert (委员、专家). */
    public record Member(long id, String kind, String name, String organisation, @Nullable String expertise,
                         boolean active) {
        public String kindLabel() {
            return "MEMBER".equals(kind) ? "委员" : "专家";
        }

        public String line() {
            return kindLabel() + name + "（" + organisation + (expertise == null ? "" : "，" + expertise) + "）";
        }
    }

    public List<Member> members(String countyCode, boolean activeOnly) {
        return jdbc.sql("SELECT id, kind, name, organisation, expertise, active FROM recon_committee_member "
                        + "WHERE county_code = :county" + (activeOnly ? " AND active" : "") + " ORDER BY active DESC, CASE kind WHEN 'MEMBER' THEN 0 ELSE 1 END, id")
                .param("county", countyCode).query(Member.class).list();
    }

    @Transactional
    long add(String countyCode, @Nullable String kind, @Nullable String name, @Nullable String organisation,
             @Nullable String expertise, Actor actor) {
        if (!actor.handle()) {
            throw BusinessException.forbidden("您没有维护行政复议委员会的权限");
        }
        if (!Set.of("MEMBER", "EXPERT").contains(kind == null ? "" : kind)) {
            throw BusinessException.invalid("请选择委员或专家");
        }
        String n = CaseRules.text(name, "姓名", 2, 100);
        String org = CaseRules.text(organisation, "工作单位", 2, 200);
        String field = expertise == null || expertise.isBlank() ? null : CaseRules.text(expertise, "专业领域", 1, 200);
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        INSERT INTO recon_committee_member (county_code, unit_id, kind, name, organisation, expertise,
                            created_at, created_by, updated_at, updated_by)
                        VALUES (:county, :unit, :kind, :name, :org, :field, :now, :by, :now, :by) RETURNING id""")
                .param("county", countyCode).param("unit", offices.office(countyCode)).param("kind", kind)
                .param("name", n).param("org", org).param("field", field).param("now", now)
                .param("by", actor.username()).query(Long.class).single();
        events.publishEvent(new LitigationChanged(countyCode, actor.username(), "reconsideration.committee.add",
                "recon_committee_member", id, "行政复议委员会增加" + ("MEMBER".equals(kind) ? "委员" : "专家") + n));
        return id;
    }

    @Transactional
    void deactivate(String countyCode, long id, Actor actor) {
        if (!actor.handle()) {
            throw BusinessException.forbidden("您没有维护行政复议委员会的权限");
        }
        int n = jdbc.sql("""
                        UPDATE recon_committee_member SET active = FALSE, updated_at = :now, updated_by = :by,
                            version = version + 1 WHERE id = :id AND county_code = :county AND active""")
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).param("id", id)
                .param("county", countyCode).update();
        if (n != 1) {
            throw BusinessException.notFound("委员或专家不存在或已退出");
        }
        events.publishEvent(new LitigationChanged(countyCode, actor.username(), "reconsideration.committee.leave",
                "recon_committee_member", id, "行政复议委员会人员退出"));
    }

    /** The chosen members as one line for the case record; each must be an active member of the county. */
    String describe(String countyCode, List<Long> ids) {
        List<Member> active = members(countyCode, true);
        List<Member> chosen = active.stream().filter(m -> ids.contains(m.id())).toList();
        if (chosen.size() != ids.stream().distinct().count()) {
            throw BusinessException.invalid("所选委员或专家不在本县行政复议委员会在任名单中");
        }
        return chosen.stream().map(Member::line).collect(Collectors.joining("、"));
    }
}
