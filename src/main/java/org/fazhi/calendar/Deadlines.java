package org.fazhi.calendar;

import org.springframework.stereotype.Service;

import java.time.LocalDate;

/**
 * Computes statutory deadlines (法定期限计算) on the current legal calendar: the due date, whether it relies on a year
 * whose holiday notice is unknown, the legal basis, and a Chinese explanation a clerk can check by hand.
 */
@Service
public class Deadlines {

    private final LegalCalendar calendar;

    Deadlines(LegalCalendar calendar) {
        this.calendar = calendar;
    }

    /** Computes a deadline; the request has already been validated when it was built. */
    public Deadline compute(DeadlineRequest request) {
        return compute(request, calendar.table());
    }

    /** The deadline of a statutory period whose triggering event happened on {@code start}. */
    public Deadline compute(StatutoryPeriod period, LocalDate start) {
        return compute(DeadlineRequest.of(period, start));
    }

    /** The same computation on any calendar: what the unit tests run without Spring. */
    static Deadline compute(DeadlineRequest request, WorkingDayCalendar calendar) {
        DeadlineRules.Computation c = new DeadlineRules(calendar)
                .apply(request.start(), request.total(), request.unit(), request.stops());
        String citation = request.period() != null ? request.period().citation()
                : DeadlineExplainer.countingBasis(request.unit());
        return new Deadline(request.start(), request.amount(), request.unit(), request.extension(), request.stops(),
                request.period(), c.due(), c.nominalEnd(), !c.unknownYears().isEmpty(),
                c.unknownYears().stream().toList(), citation, DeadlineExplainer.explain(request, c));
    }
}
