package org.fazhi.normdocs;

import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The filing ledger page (备案台账) and its xlsx export, both within the user's data scope. */
@Controller
@RequestMapping("/normdocs/filings")
class FilingPages {

    static final int EXPORT_LIMIT = 5_000;

    private final Filings filings;
    private final Lifecycle lifecycle;
    private final ApplicationEventPublisher events;

    FilingPages(Filings filings, Lifecycle lifecycle, ApplicationEventPublisher events) {
        this.filings = filings;
        this.lifecycle = lifecycle;
        this.events = events;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('normdocs:document:view')")
    String list(@RequestParam(required = false) String target, @RequestParam(required = false) String status,
                @RequestParam(defaultValue = "false") boolean late, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUser.require();
        LocalDate today = lifecycle.today();
        model.addAttribute("page", filings.list(user.filter(), filter(target, status, late, year), today, PageQuery.of(page, 20)));
        model.addAttribute("target", target);
        model.addAttribute("status", status);
        model.addAttribute("late", late);
        model.addAttribute("year", year);
        model.addAttribute("targets", FilingTarget.values());
        model.addAttribute("statuses", FilingStatus.values());
        model.addAttribute("today", today);
        return "normdocs/filings";
    }

    /** 导出 the ledger as filtered on the page, at most 5,000 rows. */
    @GetMapping("/export")
    @PreAuthorize("hasAuthority('normdocs:document:view')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String target, @RequestParam(required = false) String status,
                                  @RequestParam(defaultValue = "false") boolean late,
                                  @RequestParam(required = false) Integer year) {
        CurrentUser user = CurrentUser.require();
        LocalDate today = lifecycle.today();
        List<List<Object>> rows = new ArrayList<>();
        for (Filings.Row r : filings.export(user.filter(), filter(target, status, late, year), today, EXPORT_LIMIT)) {
            Filing f = r.filing();
            rows.add(List.of(r.title(), NormdocSheets.text(r.docNumber()), r.unitName(), NormdocSheets.text(r.publishedOn()),
                    f.targetLabel(), f.dueOn().toString(), f.dueCitation(), f.statusLabel(), r.timeliness(today),
                    NormdocSheets.text(f.firstSubmittedOn()), Integer.toString(f.corrections()),
                    NormdocSheets.text(f.returnReason()), NormdocSheets.text(f.acceptedOn()),
                    NormdocSheets.text(f.receiptNumber())));
        }
        events.publishEvent(new NormdocChanged(user.countyCode(), user.username(), "normdocs.filing.exported", 0,
                "导出备案台账 " + rows.size() + " 条"));
        return NormdocSheets.download("规范性文件备案台账.xlsx", "备案台账", List.of("文件名称", "文号", "制定机关", "公布日期",
                "备案机关", "报备期限", "期限依据", "状态", "是否及时", "首次报备日期", "退回补正次数", "退回理由", "准予备案日期",
                "备案登记号"), rows);
    }

    private static Filings.Filter filter(@Nullable String target, @Nullable String status, boolean late,
                                         @Nullable Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw BusinessException.invalid("年度应在 2000 至 2100 之间");
        }
        try {
            return new Filings.Filter(target == null || target.isBlank() ? null : FilingTarget.valueOf(target),
                    status == null || status.isBlank() ? null : FilingStatus.valueOf(status), late, year);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("筛选条件无效");
        }
    }
}
