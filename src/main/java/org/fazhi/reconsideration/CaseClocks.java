package org.fazhi.reconsideration;

import org.fazhi.calendar.Deadline;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.Deadlines;
import org.fazhi.calendar.StoppedInterval;
import org.fazhi.worklist.DeadlineCleared;
import org.fazhi.worklist.DeadlineSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Starts, moves and stops the clocks of a case (期限管理): computes each on the legal calendar, stores it with its
 * citation and explanation, and tells the worklist in the same transaction.
 *
 * <p>Whether 中止 time is excluded from the decision period is not settled by the 2023 law (docs/rules-digest.md §1a,
 * §12 item 1); {@code fazhi.reconsideration.exclude-suspension} (default {@code true}, the common local practice)
 * decides it, so the county can follow its province's rule.
 */
@Component
class CaseClocks {

    static final String MODULE = "reconsideration";

    private final Deadlines deadlines;
    private final CaseStore store;
    private final ApplicationEventPublisher events;
    private final boolean excludeSuspension;

    CaseClocks(Deadlines deadlines, CaseStore store, ApplicationEventPublisher events,
               @Value("${fazhi.reconsideration.exclude-suspension:true}") boolean excludeSuspension) {
        this.deadlines = deadlines;
        this.store = store;
        this.events = events;
        this.excludeSuspension = excludeSuspension;
    }

    Deadline compute(DeadlineRequest request) {
        return deadlines.compute(request);
    }

    /** Starts or moves a clock. */
    Deadline start(ReconCase c, String kind, long unitId, DeadlineRequest request) {
        Deadline d = deadlines.compute(request);
        store.saveClock(c.countyCode(), c.id(), kind, unitId, request.start(), d.due(), d.citation(), d.explanation());
        events.publishEvent(new DeadlineSet(c.countyCode(), unitId, null, MODULE, "case", Long.toString(c.id()), kind,
                title(c, kind), d.due(), d.citation(), "/reconsideration/cases/" + c.id()));
        return d;
    }

    Deadline start(ReconCase c, ClockKind kind, long unitId, DeadlineRequest request) {
        return start(c, kind.name(), unitId, request);
    }

    /** Ends a clock: DONE when the step was taken, STOPPED while the clock does not run, CANCELLED when moot. */
    void close(ReconCase c, String kind, String status, LocalDate on) {
        if (store.closeClock(c.id(), kind, status, on)) {
            events.publishEvent(new DeadlineCleared(c.countyCode(), MODULE, "case", Long.toString(c.id()), kind));
        }
    }

    void close(ReconCase c, ClockKind kind, String status, LocalDate on) {
        close(c, kind.name(), status, on);
    }

    /** Cancels every open clock, when the case ends before its steps are due. */
    void closeAll(ReconCase c, LocalDate on) {
        for (String kind : store.openClockKinds(c.id())) {
            close(c, kind, "CANCELLED", on);
        }
    }

    /**
     * (Re)computes the decision period (第六十二条) from the acceptance, less the closed suspensions when configured, plus
     * the approved extension.
     */
    Deadline decision(ReconCase c, Procedure procedure, LocalDate acceptedOn, int extensionDays) {
        DeadlineRequest request = DeadlineRequest.of(procedure.decisionPeriod(), acceptedOn)
                .withStops(suspensions(c.id()));
        if (extensionDays > 0) {
            request = request.withExtension(extensionDays);
        }
        return start(c, ClockKind.DECISION, c.officeUnitId(), request);
    }

    /** Closed suspensions as stopped intervals: the day after suspension up to and including the day of resumption. */
    List<StoppedInterval> suspensions(long caseId) {
        if (!excludeSuspension) {
            return List.of();
        }
        return store.stops(caseId).stream()
                .filter(s -> s.kind().equals("SUSPENSION") && s.toOn() != null && s.toOn().isAfter(s.fromOn()))
                .map(s -> new StoppedInterval(s.fromOn().plusDays(1), s.toOn()))
                .toList();
    }

    boolean excludesSuspension() {
        return excludeSuspension;
    }

    private static String title(ReconCase c, String kind) {
        String title = c.number() + " " + c.applicantSummary() + "申请行政复议案：" + ClockKind.labelOf(kind);
        return title.length() > 300 ? title.substring(0, 300) : title;
    }
}
