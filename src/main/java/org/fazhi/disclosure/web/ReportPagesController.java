package org.fazhi.disclosure.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.disclosure.AnnualReport;
import org.fazhi.disclosure.DisclosureAnnualReports;
import org.fazhi.disclosure.ApplicantType;
import org.fazhi.disclosure.ReportForm;
import org.fazhi.disclosure.ReportRow;
import org.fazhi.disclosure.Table3;
import org.fazhi.disclosure.Table4;
import org.fazhi.files.Attachments;
import org.fazhi.files.OfficialDocuments;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The annual report pages (年度报告): list and start, the editor (narrative, Table 二 figures, computed Tables 三 and 四 with
 * the identity check and drill-down into every cell), publication as a GB/T 9704 document.
 */
@Controller
@RequestMapping("/disclosure/reports")
class ReportPagesController {

    private final DisclosureAnnualReports reports;
    private final OrgDirectory org;
    private final OfficialDocuments documents;
    private final Attachments attachments;
    private final Clock clock;

    ReportPagesController(DisclosureAnnualReports reports, OrgDirectory org, OfficialDocuments documents, Attachments attachments,
                          Clock clock) {
        this.reports = reports;
        this.org = org;
        this.documents = documents;
        this.attachments = attachments;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('disclosure:report:view')")
    String list(@RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("reports", reports.list(user.filter(), year));
        model.addAttribute("unitNames", unitNames(user));
        model.addAttribute("units", org.units(user.filter(), 2000));
        model.addAttribute("year", year);
        model.addAttribute("lastYear", LocalDate.now(clock).getYear() - 1);
        model.addAttribute("defaultUnit", user.unitId());
        return "disclosure/reports";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('disclosure:report:edit')")
    String start(@RequestParam Long unitId, @RequestParam int year, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        try {
            AnnualReport r = reports.start(unitId, year, user.filter(), user.username());
            return "redirect:/disclosure/reports/" + r.id();
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/disclosure/reports";
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('disclosure:report:view')")
    String editor(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.require();
        AnnualReport r = reports.get(id, user.filter());
        OrgDirectory.UnitRef unit = reports.unit(r.unitId(), user.filter());
        DisclosureAnnualReports.Figures f = reports.figures(unit, r.year(), user.filter());
        model.addAttribute("r", r);
        model.addAttribute("unit", unit);
        model.addAttribute("f", f);
        model.addAttribute("rows", ReportRow.values());
        model.addAttribute("headings", Table3.headings());
        model.addAttribute("columnKeys", java.util.stream.IntStream.range(0, Table3.COLUMNS).mapToObj(Table3::columnKey).toList());
        model.addAttribute("kinds", Table4.Kind.values());
        model.addAttribute("subHeadings", Table4.SUB_HEADINGS);
        model.addAttribute("feesSentence", DisclosureAnnualReports.feesSentence(f));
        model.addAttribute("canEdit", user.can("disclosure:report:edit") && !r.published());
        return "disclosure/report-editor";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('disclosure:report:edit')")
    String save(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        try {
            reports.save(id, new ReportForm(form.get("overview"), form.get("problems"), form.get("otherMatters"),
                    (int) i(form, "rulesMade"), (int) i(form, "rulesAbolished"), (int) i(form, "rulesInForce"),
                    (int) i(form, "normdocsMade"), (int) i(form, "normdocsAbolished"), (int) i(form, "normdocsInForce"),
                    (int) i(form, "licences"), (int) i(form, "penalties"), (int) i(form, "coercions"), money(form.get("chargesWan")), (int) i(form, "version")), user.filter(),
                    user.username());
            redirect.addFlashAttribute("message", "已保存");
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/disclosure/reports/" + id;
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAuthority('disclosure:report:edit')")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        try {
            reports.publish(id, user.filter(), user.username());
            redirect.addFlashAttribute("message", "年度报告已生成并发布");
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/disclosure/reports/" + id;
    }

    /** The requests behind one cell of Table 三. */
    @GetMapping("/{id}/cell")
    @PreAuthorize("hasAuthority('disclosure:report:view') and hasAuthority('disclosure:request:view')")
    String cell(@PathVariable long id, @RequestParam String row, @RequestParam String col, Model model) {
        CurrentUser user = CurrentUser.require();
        AnnualReport r = reports.get(id, user.filter());
        OrgDirectory.UnitRef unit = reports.unit(r.unitId(), user.filter());
        ReportRow reportRow = RequestPagesController.enumOrNull(ReportRow.class, row);
        if (reportRow == null) {
            throw BusinessException.invalid("请指定行");
        }
        ApplicantType column = "TOTAL".equals(col) ? null : RequestPagesController.enumOrNull(ApplicantType.class, col);
        model.addAttribute("r", r);
        model.addAttribute("unit", unit);
        model.addAttribute("row", reportRow);
        model.addAttribute("column", column == null ? "总计" : column.longLabel());
        model.addAttribute("records", reports.cell(unit, r.year(), reportRow, column, user.filter(), 2000));
        return "disclosure/report-cell";
    }

    @GetMapping("/{id}/document.docx")
    @PreAuthorize("hasAuthority('disclosure:report:view')")
    ResponseEntity<InputStreamResource> docx(@PathVariable long id) {
        CurrentUser user = CurrentUser.require();
        AnnualReport r = reports.get(id, user.filter());
        if (r.documentId() == null) {
            throw BusinessException.notFound("年度报告尚未生成");
        }
        return RequestPagesController.stream(documents.docx(r.documentId(), user.filter()), attachments);
    }

    private Map<Long, String> unitNames(CurrentUser user) {
        Map<Long, String> names = new LinkedHashMap<>();
        org.units(new ScopeFilter(DataScope.COUNTY, user.countyCode(), null, null), 5000)
                .forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    private static long i(Map<String, String> form, String name) {
        String v = form.get(name);
        try {
            long n = v == null || v.isBlank() ? 0 : Long.parseLong(v.strip());
            if (n < 0 || n > 10_000_000) {
                throw BusinessException.invalid("件数应为 0 至 10000000 之间的整数");
            }
            return n;
        } catch (NumberFormatException e) {
            throw BusinessException.invalid("“" + v + "”不是有效的整数");
        }
    }

    private static BigDecimal money(String v) {
        try {
            return v == null || v.isBlank() ? BigDecimal.ZERO : new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid("金额“" + v + "”格式不正确");
        }
    }
}
