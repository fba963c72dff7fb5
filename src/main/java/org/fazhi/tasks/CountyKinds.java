package org.fazhi.tasks;

import org.fazhi.org.CurrentUser;
import org.fazhi.shared.AuditableEvent;
import org.fazhi.shared.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Kinds of supervision item a county defines beyond the built-in ones (县自定义督办类别), e.g. 信访督办件 or
 * 12345热线督办件, each with a default period in calendar days from assignment and the local rule that sets it.
 */
@Service
class CountyKinds {

    /** A county kind. */
    public record Kind(String code, String name, Integer defaultDays, String basis, boolean active) {
    }

    /** A county kind was defined (定义督办事项类别). */
    public record KindDefined(String countyCode, String actor, String code, String name) implements AuditableEvent {
        @Override
        public String action() {
            return "tasks.kind.defined";
        }

        @Override
        public String objectType() {
            return "task_kind";
        }

        @Override
        public String objectId() {
            return code;
        }

        @Override
        public String summary() {
            return "定义督办事项类别“" + name + "”（" + code + "）";
        }
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CountyKinds(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    List<Kind> list(String county) {
        return jdbc.sql("SELECT code, name, default_days, basis, is_active FROM task_kind WHERE county_code = :c ORDER BY code")
                .param("c", county)
                .query((rs, n) -> new Kind(rs.getString(1), rs.getString(2), rs.getObject(3, Integer.class), rs.getString(4),
                        rs.getBoolean(5)))
                .list();
    }

    @Transactional
    void define(CurrentUser user, String code, String name, Integer defaultDays, String basis) {
        String c = Supervision.required(code, "类别代码", 40).toUpperCase();
        if (!c.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw BusinessException.invalid("类别代码只能由大写字母、数字和下划线组成，且以字母开头");
        }
        if (SupervisionKind.of(c).isPresent()) {
            throw BusinessException.conflict("“" + c + "”是内置类别，不能重复定义");
        }
        String n = Supervision.required(name, "类别名称", 50);
        if (defaultDays != null && (defaultDays < 1 || defaultDays > 730)) {
            throw BusinessException.invalid("默认办理期限须在 1 至 730 日之间");
        }
        if (defaultDays != null && (basis == null || basis.isBlank())) {
            throw BusinessException.invalid("设置默认办理期限时请填写期限依据（文件名称及条款）");
        }
        boolean exists = jdbc.sql("SELECT count(*) FROM task_kind WHERE county_code = :county AND code = :code")
                .param("county", user.countyCode()).param("code", c).query(Long.class).single() > 0;
        if (exists) {
            throw BusinessException.conflict("类别代码“" + c + "”已存在");
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO task_kind (county_code, code, name, default_days, basis, created_at, created_by, updated_at, updated_by)
                        VALUES (:county, :code, :name, :days, :basis, :at, :by, :at, :by)""")
                .param("county", user.countyCode()).param("code", c).param("name", n).param("days", defaultDays)
                .param("basis", Supervision.blankToNull(Supervision.limit(basis, 300))).param("at", now)
                .param("by", user.username()).update();
        events.publishEvent(new KindDefined(user.countyCode(), user.username(), c, n));
    }
}
