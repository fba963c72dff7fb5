package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fazhi.FazhiIntegrationTest;
import org.fazhi.calendar.LegalCalendar;
import org.fazhi.worklist.WorklistSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The queue filter's SQL date bound agrees with the row light on the real legal calendar (国庆 2025). */
@FazhiIntegrationTest
class DisclosureRequestLightsIntegrationTests {

    @Autowired
    RequestLights lights;
    @Autowired
    LegalCalendar calendar;
    @Autowired
    WorklistSettings settings;

    @Test
    void greenFromIsTheFirstGreenDueDateAcrossNationalDay() {
        LocalDate today = LocalDate.of(2025, 9, 30);
        LocalDate greenFrom = lights.greenFrom(today);
        assertThat(greenFrom).isEqualTo(LocalDate.of(2025, 10, 13));
        int yellow = settings.yellowWorkingDays();
        assertThat(RequestLights.light(greenFrom, today, yellow, calendar::workingDaysBetween)).isEqualTo("green");
        assertThat(RequestLights.light(greenFrom.minusDays(1), today, yellow, calendar::workingDaysBetween))
                .isEqualTo("yellow");
    }
}
