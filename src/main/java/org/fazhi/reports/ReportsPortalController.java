package org.fazhi.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.disclosure.AnnualReport;
import org.fazhi.disclosure.DisclosureAnnualReports;
import org.fazhi.org.CountySettings;
import org.fazhi.org.OrgDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The portal's annual reports (年度报告公开), no login: every published 法治政府建设年度报告 of the county (published by
 * 4月1日, 《法治政府建设与责任落实督察工作规定》第二十五条) and every published 政府信息公开工作年度报告 of the county's
 * government and departments (《中华人民共和国政府信息公开条例》第四十九条, read through the disclosure module's public
 * API), in one list by year, earlier years kept; each opens its own page.
 */
@Controller
@RequestMapping("/portal/reports")
class ReportsPortalController {

    /** One published report in the portal list. */
    public record PortalEntry(int year, String kind, String kindLabel, String title, String link,
                              @Nullable LocalDate publishedOn) {
    }

    /** The reports of one year, rule-of-law reports first. */
    public record YearGroup(int year, List<PortalEntry> entries) {
    }

    private final AnnualReports reports;
    private final DisclosureAnnualReports disclosureReports;
    private final OrgDirectory org;
    private final CountySettings county;
    private final Clock clock;

    ReportsPortalController(AnnualReports reports, DisclosureAnnualReports disclosureReports, OrgDirectory org,
                            CountySettings county, Clock clock) {
        this.reports = reports;
        this.disclosureReports = disclosureReports;
        this.org = org;
        this.county = county;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        List<PortalEntry> entries = new ArrayList<>();
        for (AnnualReports.Report r : reports.published(county.code())) {
            entries.add(new PortalEntry(r.year(), "RULE_OF_LAW", "法治政府建设年度报告", r.title(), "/portal/reports/" + r.id(),
                    r.publishedAt() == null ? null : r.publishedAt().atZoneSameInstant(clock.getZone()).toLocalDate()));
        }
        for (AnnualReport r : disclosureReports.published(county.code())) {
            String unitName = org.unitById(r.unitId()).map(OrgDirectory.UnitRef::name).orElse(county.name());
            entries.add(new PortalEntry(r.year(), "DISCLOSURE", "政府信息公开工作年度报告",
                    unitName + r.year() + "年政府信息公开工作年度报告", "/portal/disclosure/reports/" + r.id(),
                    r.publishedOn()));
        }
        model.addAttribute("county", county);
        model.addAttribute("years", byYear(entries));
        return "reports/portal-list";
    }

    /** Groups by year, newest first; within a year the rule-of-law reports first, then by title. */
    static List<YearGroup> byYear(List<PortalEntry> entries) {
        Map<Integer, List<PortalEntry>> grouped = new LinkedHashMap<>();
        entries.stream()
                .sorted(Comparator.comparingInt(PortalEntry::year).reversed()
                        .thenComparing(e -> !"RULE_OF_LAW".equals(e.kind()))
                        .thenComparing(PortalEntry::title))
                .forEach(e -> grouped.computeIfAbsent(e.year(), y -> new ArrayList<>()).add(e));
        return grouped.entrySet().stream().map(e -> new YearGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    @GetMapping("/{id}")
    String report(@PathVariable long id, Model model) {
        AnnualReports.Report report = reports.publishedReport(id, county.code());
        model.addAttribute("county", county);
        model.addAttribute("report", report);
        model.addAttribute("printed", reports.printed(report));
        return "reports/portal-report";
    }
}
