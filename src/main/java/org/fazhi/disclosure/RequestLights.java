package org.fazhi.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.ToIntBiFunction;
import org.fazhi.calendar.LegalCalendar;
import org.fazhi.worklist.WorklistSettings;
import org.springframework.stereotype.Component;

/**
 * The queue's deadline lights (期限灯) for 依申请公开, on the same rule as the worklist so that a request shows the same
 * colour in both places: remaining time is counted in working days on the legal calendar (法定节假日与调休, the reply
 * period of 《政府信息公开条例》第三十三条 is itself counted in working days), after today up to and including the reply
 * due date. Red when the due date has passed, yellow when no more than {@code fazhi.worklist.yellow-working-days}
 * (default 3) working days remain (a request due today has 0 left), green otherwise, grey once concluded.
 */
@Component
public class RequestLights {

    private final LegalCalendar calendar;
    private final WorklistSettings settings;
    private final Clock clock;

    RequestLights(LegalCalendar calendar, WorklistSettings settings, Clock clock) {
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    /** The light css class ({@code red/yellow/green/grey}) of a request today. */
    public String light(DisclosureRequest r) {
        if (r.concluded() || r.replyDue() == null) {
            return "grey";
        }
        return light(r.replyDue(), LocalDate.now(clock), settings.yellowWorkingDays(), calendar::workingDaysBetween);
    }

    /**
     * The first due date that is green today: due dates from today up to the day before it are yellow. Used by the
     * queue's light filter in SQL.
     */
    LocalDate greenFrom(LocalDate today) {
        return calendar.addWorkingDays(today, settings.yellowWorkingDays() + 1);
    }

    /**
     * The rule itself (no Spring).
     *
     * @param workingDaysBetween working days in {@code (from, to]}, e.g. {@link LegalCalendar#workingDaysBetween}
     */
    static String light(LocalDate due, LocalDate today, int yellowWorkingDays,
                        ToIntBiFunction<LocalDate, LocalDate> workingDaysBetween) {
        if (today.isAfter(due)) {
            return "red";
        }
        return workingDaysBetween.applyAsInt(today, due) <= yellowWorkingDays ? "yellow" : "green";
    }
}
