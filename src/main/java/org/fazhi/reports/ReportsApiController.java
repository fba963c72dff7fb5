package org.fazhi.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.org.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Annual report API (年度报告接口): the report as printed and its consistency check. */
@RestController
@RequestMapping("/api/v1/reports/annual")
class ReportsApiController {

    private final AnnualReports reports;

    ReportsApiController(AnnualReports reports) {
        this.reports = reports;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('reports:view')")
    Map<String, Object> report(@PathVariable long id) {
        AnnualReports.Report report = reports.report(id, CurrentUser.require().filter());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", report.id());
        body.put("title", report.title());
        body.put("unit", report.unitName());
        body.put("year", report.year());
        body.put("status", report.status().name());
        body.put("statusName", report.status().label());
        body.put("submissionDue", ReportDeadlines.submission(report.year()));
        body.put("publicationDue", ReportDeadlines.publication(report.year()));
        body.put("chapters", reports.printed(report));
        return body;
    }

    /** Runs the consistency check (一致性检查); each finding names its chapter and sentence. */
    @PostMapping("/{id}/check")
    @PreAuthorize("hasAuthority('reports:view')")
    Map<String, Object> check(@PathVariable long id) {
        List<Finding> findings = reports.check(id, CurrentUser.require().filter());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportId", id);
        body.put("count", findings.size());
        body.put("findings", findings);
        return body;
    }
}
