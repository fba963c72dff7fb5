package org.fazhi.normdocs;

import org.fazhi.worklist.DeadlineCleared;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * 有效期届满失效: a published document whose validity period (有效期, set at registration: from the effective date for
 * the configured number of years) has ended is no longer in force. The stored status moves from 已公布 to 已失效 on the
 * first day after the last valid day, the step is written into the document's history and the audit log, the expiry
 * reminder leaves the worklist and the library re-indexes the document, so that every reader (library, lists, figures)
 * reads the stored status instead of each comparing dates. The period itself is local practice (rules digest §5b: ≤5
 * years, 暂行/试行 ≤2 years, UNCONFIRMED nationally); a document the unit means to keep must be re-issued or extended
 * by a new document before the end (the evaluation reminder comes {@code expiry-reminder-months} earlier).
 */
@Service
class Expiries {

    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final NormdocStore store;
    private final ApplicationEventPublisher events;

    Expiries(JdbcClient jdbc, NormdocStore store, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.store = store;
        this.events = events;
    }

    /** Counties that have a published document whose last valid day lies before {@code today}. */
    List<String> countiesWithLapsed(LocalDate today) {
        return jdbc.sql("SELECT DISTINCT county_code FROM nd_document WHERE status = 'PUBLISHED' AND expires_on < :today")
                .param("today", today).query(String.class).list();
    }

    /**
     * Marks every published document of the county whose validity ended before {@code today} as 已失效, each with its
     * history step (dated the first day out of force), an audit record and a re-index. Rows are locked and re-checked,
     * so a document repealed at the same moment is left alone and a second run changes nothing.
     *
     * @return how many documents lapsed
     */
    @Transactional
    int expireLapsed(String countyCode, LocalDate today) {
        List<Long> ids = jdbc.sql("""
                        SELECT id FROM nd_document WHERE county_code = :c AND status = 'PUBLISHED' AND expires_on < :today
                        ORDER BY id FOR UPDATE SKIP LOCKED""")
                .param("c", countyCode).param("today", today).query(Long.class).list();
        for (long id : ids) {
            NormDocument d = store.byId(id).orElseThrow();
            LocalDate lapsedOn = d.expiresOn().plusDays(1);
            store.update(id, SYSTEM, Lifecycle.mapOf("status", DocStatus.EXPIRED));
            store.step(d, StepCode.EXPIRED, lapsedOn, "有效期至 " + d.expiresOn() + " 届满，自 " + lapsedOn + " 起失效", null,
                    SYSTEM);
            events.publishEvent(new NormdocChanged(countyCode, SYSTEM, "normdocs.document.expired", id,
                    Lifecycle.limit("《" + d.title() + "》（" + (d.docNumber() == null ? "无文号" : d.docNumber())
                            + "）有效期至 " + d.expiresOn() + " 届满，已失效", 500)));
            events.publishEvent(new DeadlineCleared(countyCode, Lifecycle.MODULE, Lifecycle.SOURCE_TYPE,
                    Long.toString(id), Lifecycle.EXPIRY_KIND));
            events.publishEvent(new IndexNeeded(id));
        }
        return ids.size();
    }
}
