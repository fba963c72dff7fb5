package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.calendar.StoppedInterval;
import org.junit.jupiter.api.Test;

/** How consultation and fee waits become the stopped intervals of the reply clock (第三十三条第三款). */
class ReplyClockUnitTests {

    private static final LocalDate START = LocalDate.of(2025, 3, 3);

    private static Consultation consultation(String sent, String due, String answered) {
        return new Consultation(1, 1, Consultation.Kind.THIRD_PARTY, "某公司", LocalDate.parse(sent), LocalDate.parse(sent),
                LocalDate.parse(due), answered == null ? null : LocalDate.parse(answered), null, null);
    }

    @Test
    void answeredConsultationStopsFromSendingToAnswer() {
        List<StoppedInterval> stops = ReplyClock.stops(START,
                List.of(consultation("2025-03-05", "2025-03-26", "2025-03-12")), List.of());
        assertThat(stops).containsExactly(new StoppedInterval(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 12)));
    }

    @Test
    void openConsultationStopsUntilItsDueDayAndSameDayIsClippedAfterTheStart() {
        List<StoppedInterval> stops = ReplyClock.stops(START,
                List.of(consultation("2025-03-03", "2025-03-24", null)), List.of());
        assertThat(stops).containsExactly(new StoppedInterval(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 24)));
    }

    @Test
    void overlappingWaitsAreMerged() {
        FeeRecord fee = new FeeRecord(1, 1, FeeScale.Method.PER_PAGE, 40, BigDecimal.TEN, "x", LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 4, 7), LocalDate.of(2025, 3, 20), "PAID");
        List<StoppedInterval> stops = ReplyClock.stops(START,
                List.of(consultation("2025-03-05", "2025-03-26", "2025-03-12"),
                        consultation("2025-04-01", "2025-04-22", "2025-04-02")), List.of(fee));
        assertThat(stops).containsExactly(new StoppedInterval(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 20)),
                new StoppedInterval(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 2)));
    }

    @Test
    void waitsBeforeARestartedClockAreIgnored() {
        List<StoppedInterval> stops = ReplyClock.stops(START,
                List.of(consultation("2025-02-20", "2025-02-27", "2025-02-25")), List.of());
        assertThat(stops).isEmpty();
    }
}
