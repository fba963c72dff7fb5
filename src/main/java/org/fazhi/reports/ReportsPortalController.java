package org.fazhi.reports;

import org.fazhi.org.CountySettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The portal's annual reports (法治政府建设年度报告公开), no login: every published report of the county, earlier years
 * kept, each as the text that was signed.
 */
@Controller
@RequestMapping("/portal/reports")
class ReportsPortalController {

    private final AnnualReports reports;
    private final CountySettings county;

    ReportsPortalController(AnnualReports reports, CountySettings county) {
        this.reports = reports;
        this.county = county;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("county", county);
        model.addAttribute("reports", reports.published(county.code()));
        return "reports/portal-list";
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
