package org.fazhi.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** {@code /api/v1/calendar}: deadline computation and the holiday schedule as JSON. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "法定期间", description = "法定期限计算、节假日与调休安排")
class CalendarApi {

    private final Deadlines deadlines;
    private final LegalCalendar calendar;

    CalendarApi(Deadlines deadlines, LegalCalendar calendar) {
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    /** A computed deadline. */
    record DeadlineResponse(LocalDate start, int amount, PeriodUnit unit, int extension, List<String> stops,
                            @Nullable StatutoryPeriod period, LocalDate due, boolean rolledForward,
                            boolean unknownYear, List<Integer> unknownYears, String citation, String explanation) {

        static DeadlineResponse of(Deadline d) {
            return new DeadlineResponse(d.start(), d.amount(), d.unit(), d.extension(),
                    d.stops().stream().map(StoppedInterval::toString).toList(), d.period(), d.due(),
                    d.rolledForward(), d.unknownYear(), d.unknownYears(), d.citation(), d.explanation());
        }
    }

    /** One day of the schedule. */
    record DayResponse(LocalDate date, DayKind status, boolean working, @Nullable String name) {
    }

    /** A year of the schedule. */
    record YearResponse(int year, boolean known, List<DayResponse> days) {
    }

    /** A statutory period the platform knows. */
    record PeriodResponse(StatutoryPeriod code, String name, int amount, PeriodUnit unit, String startEvent,
                          String citation, StatutoryPeriod.Extension extension, int maxExtension) {
    }

    @GetMapping("/deadline")
    @PreAuthorize("hasAuthority('calendar:deadline:compute')")
    @Operation(summary = "计算法定期限：起算日次日起算，返回届满日、是否涉及未知年度、法律依据和中文说明")
    DeadlineResponse deadline(
            @Parameter(description = "起算日（事件发生日），YYYY-MM-DD") @RequestParam
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @Parameter(description = "期间长度；选择 period 时可省略") @RequestParam(required = false) @Nullable Integer amount,
            @Parameter(description = "期间单位：WORKING_DAYS 工作日、CALENDAR_DAYS 自然日、MONTHS 月")
            @RequestParam(required = false) @Nullable PeriodUnit unit,
            @Parameter(description = "法定期间代码，如 RECONSIDERATION_ACCEPTANCE_REVIEW")
            @RequestParam(required = false) @Nullable StatutoryPeriod period,
            @Parameter(description = "经批准延长的长度（单位同期间）") @RequestParam(defaultValue = "0") int extension,
            @Parameter(description = "停止计算的期间，可重复，如 2025-03-10~2025-03-14")
            @RequestParam(required = false) @Nullable List<String> stop) {
        DeadlineRequest request;
        if (period != null) {
            if (amount != null && amount != period.amount() || unit != null && unit != period.unit()) {
                throw BusinessException.invalid("“" + period.label() + "”为 " + period.unit().format(period.amount())
                        + "，与填写的期间长度或单位不一致");
            }
            request = DeadlineRequest.of(period, start);
        } else {
            if (amount == null || unit == null) {
                throw BusinessException.invalid("请提供期间长度 amount 和期间单位 unit，或提供法定期间 period");
            }
            request = DeadlineRequest.of(start, amount, unit);
        }
        List<StoppedInterval> stops = stop == null ? List.of() : stop.stream().map(StoppedInterval::parse).toList();
        return DeadlineResponse.of(deadlines.compute(request.withStops(stops).withExtension(extension)));
    }

    @GetMapping("/days")
    @PreAuthorize("hasAuthority('calendar:deadline:compute')")
    @Operation(summary = "某年每一天的状态：工作日、周末、法定节假日或调休上班日；known=false 表示该年通知尚未录入")
    YearResponse days(@RequestParam int year) {
        List<DayResponse> days = calendar.year(year).stream()
                .map(d -> new DayResponse(d.date(), d.kind(), d.working(), d.name())).toList();
        return new YearResponse(year, calendar.isKnownYear(year), days);
    }

    @GetMapping("/periods")
    @PreAuthorize("hasAuthority('calendar:deadline:compute')")
    @Operation(summary = "平台内置的法定期间及其法律依据")
    List<PeriodResponse> periods() {
        return Arrays.stream(StatutoryPeriod.values())
                .map(p -> new PeriodResponse(p, p.label(), p.amount(), p.unit(), p.startEvent(), p.citation(),
                        p.extension(), p.maxExtension()))
                .toList();
    }
}
