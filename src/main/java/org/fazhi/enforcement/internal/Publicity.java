package org.fazhi.enforcement.internal;

import org.fazhi.calendar.Deadline;
import org.fazhi.calendar.Deadlines;
import org.fazhi.enforcement.EnforcementChanged;
import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.fazhi.worklist.DeadlineCleared;
import org.fazhi.worklist.DeadlineSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Publicity of enforcement decisions (行政执法公示, 国办发〔2018〕118号): publishing a decision on the portal, recording
 * that it was changed or revoked, and taking it down with the reason (行政处罚法第四十八条). Each clock goes to the
 * worklist: {@code publicity} from the decision until it is published, {@code withdrawal} from the change until the
 * published decision is taken down.
 */
@Service
public class Publicity {

    static final String MODULE = "enforcement";
    static final String TYPE = "record";

    private final JdbcClient jdbc;
    private final RecordQueries records;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Publicity(JdbcClient jdbc, RecordQueries records, Deadlines deadlines, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    static DeadlineSet publicityDeadline(long id, String county, long unitId, String number, String party, LocalDate due,
                                         String citation) {
        return new DeadlineSet(county, unitId, null, MODULE, TYPE, Long.toString(id), "publicity",
                clip("公示执法决定 " + number + "（" + party + "）"), due, clip300(citation), "/enforcement/records/" + id);
    }

    /** Publishes the decision on the portal today (公示). */
    @Transactional
    public void publish(long id, CurrentUser user) {
        RecordQueries.Detail r = records.detail(id, user.filter());
        if (r.publishedOn() != null) {
            throw BusinessException.conflict("该决定已于 " + r.publishedOn() + " 公示");
        }
        if (!"EFFECTIVE".equals(r.status())) {
            throw BusinessException.conflict("已变更或撤销的决定不再公示");
        }
        if (r.reviewRequired() && !r.reviewDone()) {
            throw BusinessException.conflict("重大执法决定未经法制审核或者审核未通过的，不得作出决定，也不能公示"
                    + "（《中华人民共和国行政处罚法》第五十八条）");
        }
        LocalDate today = LocalDate.now(clock);
        int n = jdbc.sql("UPDATE enf_record SET published_on = :d, updated_at = :at, updated_by = :by, version = version + 1 "
                        + "WHERE id = :id AND county_code = :c AND published_on IS NULL")
                .param("d", today).param("at", Timestamp.from(clock.instant())).param("by", user.username())
                .param("id", id).param("c", r.countyCode()).update();
        if (n != 1) {
            throw BusinessException.conflict("该决定已被他人公示，请刷新");
        }
        events.publishEvent(new DeadlineCleared(r.countyCode(), MODULE, TYPE, Long.toString(id), "publicity"));
        String late = today.isAfter(r.publicityDue()) ? "（逾期，期限 " + r.publicityDue() + "）" : "";
        events.publishEvent(new EnforcementChanged(r.countyCode(), user.username(), "enforcement.record.published",
                "enf_record", Long.toString(id), "公示执法决定 " + r.decisionNo() + late));
    }

    /**
     * Records that the decision was changed (变更) or revoked, annulled, declared illegal or void (撤销), on {@code day};
     * when it had been published, the 3-working-day clock to take it down starts.
     */
    @Transactional
    public void change(long id, String status, LocalDate day, String reason, CurrentUser user) {
        if (!"CHANGED".equals(status) && !"REVOKED".equals(status)) {
            throw BusinessException.invalid("请选择“已变更”或“已撤销（确认违法、无效）”");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw BusinessException.invalid("请填写变更或撤销的理由（不超过500字）");
        }
        RecordQueries.Detail r = records.detail(id, user.filter());
        if (!"EFFECTIVE".equals(r.status())) {
            throw BusinessException.conflict("该决定已登记为变更或撤销");
        }
        if (day == null || day.isBefore(r.decisionDate()) || day.isAfter(LocalDate.now(clock))) {
            throw BusinessException.invalid("变更或撤销日期应在决定日期之后、不晚于今天");
        }
        RecordKind kind = RecordKind.valueOf(r.kind());
        Deadline due = r.publishedOn() != null && r.withdrawnOn() == null
                ? deadlines.compute(kind.withdrawalPeriod(), day) : null;
        jdbc.sql("UPDATE enf_record SET status = :s, status_date = :d, status_reason = :r, withdrawal_due = :due, "
                        + "updated_at = :at, updated_by = :by, version = version + 1 WHERE id = :id AND county_code = :c")
                .param("s", status).param("d", day).param("r", reason.trim()).param("due", due == null ? null : due.due())
                .param("at", Timestamp.from(clock.instant())).param("by", user.username()).param("id", id)
                .param("c", r.countyCode()).update();
        if (r.publishedOn() == null) {
            // never published: nothing to take down, and no longer anything to publish
            events.publishEvent(new DeadlineCleared(r.countyCode(), MODULE, TYPE, Long.toString(id), "publicity"));
        }
        if (due != null) {
            events.publishEvent(new DeadlineSet(r.countyCode(), r.unitId(), null, MODULE, TYPE, Long.toString(id),
                    "withdrawal", clip("撤下已公示的执法决定 " + r.decisionNo()), due.due(), clip300(due.citation()),
                    "/enforcement/records/" + id));
        }
        events.publishEvent(new EnforcementChanged(r.countyCode(), user.username(), "enforcement.record.changed",
                "enf_record", Long.toString(id), "登记执法决定 " + r.decisionNo() + ("CHANGED".equals(status) ? " 已变更" : " 已撤销")
                + "：" + reason.trim()));
    }

    /** Takes a published decision down from the portal, publishing the reason (撤下公示并说明理由). */
    @Transactional
    public void withdraw(long id, String reason, CurrentUser user) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw BusinessException.invalid("请填写撤下公示的理由（将向社会公开，不超过500字）");
        }
        RecordQueries.Detail r = records.detail(id, user.filter());
        if (r.publishedOn() == null) {
            throw BusinessException.conflict("该决定尚未公示，无需撤下");
        }
        if (r.withdrawnOn() != null) {
            throw BusinessException.conflict("该决定已于 " + r.withdrawnOn() + " 撤下");
        }
        if ("EFFECTIVE".equals(r.status())) {
            throw BusinessException.conflict("请先登记该决定被变更或撤销的情况，再撤下公示");
        }
        jdbc.sql("UPDATE enf_record SET withdrawn_on = :d, withdrawal_reason = :r, updated_at = :at, updated_by = :by, "
                        + "version = version + 1 WHERE id = :id AND county_code = :c")
                .param("d", LocalDate.now(clock)).param("r", reason.trim()).param("at", Timestamp.from(clock.instant()))
                .param("by", user.username()).param("id", id).param("c", r.countyCode()).update();
        events.publishEvent(new DeadlineCleared(r.countyCode(), MODULE, TYPE, Long.toString(id), "withdrawal"));
        events.publishEvent(new EnforcementChanged(r.countyCode(), user.username(), "enforcement.record.withdrawn",
                "enf_record", Long.toString(id), "撤下执法决定 " + r.decisionNo() + " 的公示：" + reason.trim()));
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 299) + "…" : s;
    }

    private static String clip300(String s) {
        return clip(s);
    }
}
