package org.fazhi.calendar;

import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Pages of the legal calendar: the deadline calculator (法定期限计算) and the holiday schedule (节假日与调休). */
@Controller
class CalendarPages {

    private final Deadlines deadlines;
    private final LegalCalendar calendar;
    private final HolidayNotices notices;
    private final HolidayNoticeManagement management;
    private final Clock clock;

    CalendarPages(Deadlines deadlines, LegalCalendar calendar, HolidayNotices notices,
                  HolidayNoticeManagement management, Clock clock) {
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.notices = notices;
        this.management = management;
        this.clock = clock;
    }

    @GetMapping("/calendar/deadline")
    @PreAuthorize("hasAuthority('calendar:deadline:compute')")
    String deadlineForm(Model model) {
        DeadlineForm form = new DeadlineForm();
        form.setStart(LocalDate.now(clock).toString());
        form.setUnit(PeriodUnit.WORKING_DAYS.name());
        return deadlinePage(model, form);
    }

    @PostMapping("/calendar/deadline")
    @PreAuthorize("hasAuthority('calendar:deadline:compute')")
    String computeDeadline(@ModelAttribute("form") DeadlineForm form, Model model) {
        try {
            Deadline result = deadlines.compute(form.toRequest());
            model.addAttribute("result", result);
            if (result.period() != null) {
                form.setAmount(String.valueOf(result.amount()));
                form.setUnit(result.unit().name());
            }
        } catch (BusinessException e) {
            model.addAttribute("error", e.getMessage());
        }
        return deadlinePage(model, form);
    }

    private String deadlinePage(Model model, DeadlineForm form) {
        model.addAttribute("form", form);
        model.addAttribute("periods", StatutoryPeriod.values());
        model.addAttribute("units", PeriodUnit.values());
        return "calendar/deadline";
    }

    @GetMapping("/calendar/holidays")
    @PreAuthorize("hasAuthority('calendar:holiday:manage')")
    String holidays(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        LegalCalendar.checkYear(shown);
        HolidayNotice current = notices.currentOf(shown).orElse(null);
        return holidayPage(model, shown, current, NoticeForm.prefilled(shown, current), List.of());
    }

    @PostMapping("/calendar/holidays")
    @PreAuthorize("hasAuthority('calendar:holiday:manage')")
    String enterNotice(@ModelAttribute("form") NoticeForm form, Model model, RedirectAttributes redirect) {
        NoticeDraft draft;
        try {
            draft = form.toDraft();
        } catch (BusinessException e) {
            int fallback = LocalDate.now(clock).getYear();
            return holidayPage(model, fallback, notices.currentOf(fallback).orElse(null), form, List.of(e.getMessage()));
        }
        NoticeDraft.Checked checked = draft.check();
        if (!checked.valid()) {
            return holidayPage(model, draft.year(), notices.currentOf(draft.year()).orElse(null), form, checked.errors());
        }
        HolidayNoticeEntered entered = management.enter(draft, CurrentUser.require().username());
        redirect.addFlashAttribute("saved", entered.summary());
        return "redirect:/calendar/holidays?year=" + draft.year();
    }

    private String holidayPage(Model model, int year, @Nullable HolidayNotice current, NoticeForm form, List<String> errors) {
        List<CalendarDay> days = calendar.year(year);
        model.addAttribute("year", year);
        model.addAttribute("yearText", String.valueOf(year));
        model.addAttribute("known", calendar.isKnownYear(year));
        model.addAttribute("papers", current == null ? List.of() : current.papers());
        HolidayNotices.Provenance provenance = notices.provenance(year).orElse(null);
        model.addAttribute("provenance", provenance);
        model.addAttribute("enteredAt", provenance == null ? null
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone()).format(provenance.enteredAt()));
        model.addAttribute("months", MonthGrid.of(days));
        model.addAttribute("offCount", days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).count());
        model.addAttribute("workCount", days.stream().filter(d -> d.kind() == DayKind.MAKEUP_WORKDAY).count());
        model.addAttribute("workingTotal", days.stream().filter(CalendarDay::working).count());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "calendar/holidays";
    }
}
