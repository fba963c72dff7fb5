package org.fazhi.disclosure.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.disclosure.DisclosureAnnualReports;
import org.fazhi.disclosure.ApplicantType;
import org.fazhi.disclosure.DisclosureQueries;
import org.fazhi.disclosure.DisclosureRequest;
import org.fazhi.disclosure.DisclosureRequests;
import org.fazhi.disclosure.NewRequest;
import org.fazhi.disclosure.ReportRow;
import org.fazhi.disclosure.Table3;
import org.fazhi.disclosure.Table4;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of 政府信息公开: register a request ({@code number} and {@code deadlines} with {@code REPLY}), read it, act on it
 * ({@code POST /requests/{id}/{action}}), and read the annual report's tables as JSON.
 */
@RestController
@RequestMapping("/api/v1/disclosure")
class DisclosureApiController {

    private final DisclosureRequests requests;
    private final DisclosureQueries queries;
    private final RequestActions actions;
    private final DisclosureAnnualReports reports;

    DisclosureApiController(DisclosureRequests requests, DisclosureQueries queries, RequestActions actions,
                            DisclosureAnnualReports reports) {
        this.requests = requests;
        this.queries = queries;
        this.actions = actions;
        this.reports = reports;
    }

    @PostMapping("/requests")
    @PreAuthorize("hasAuthority('disclosure:request:handle')")
    ResponseEntity<RequestView> register(@RequestBody NewRequest body) {
        CurrentUser user = CurrentUser.require();
        DisclosureRequests.Registered r = requests.register(body, user.filter(), user.username());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(RequestView.of(r.request(), r.deadlines(), user, r.verificationCode()));
    }

    @GetMapping("/requests/{id}")
    @PreAuthorize("hasAuthority('disclosure:request:view')")
    RequestView get(@PathVariable long id) {
        CurrentUser user = CurrentUser.require();
        DisclosureRequest r = queries.get(id, user.filter());
        return RequestView.of(r, requests.deadlines(r), user, null);
    }

    @PostMapping("/requests/{id}/{action}")
    @PreAuthorize("hasAuthority('disclosure:request:handle')")
    RequestView act(@PathVariable long id, @PathVariable String action,
                    @RequestBody(required = false) Map<String, Object> body) {
        CurrentUser user = CurrentUser.require();
        DisclosureRequest r = actions.run(id, action, body == null ? Map.of() : body, user.filter(), user.username());
        return RequestView.of(r, requests.deadlines(r), user, null);
    }

    /** The report's tables: Table 三 rows × columns with the identity check, Table 四, fees collected. */
    @GetMapping("/annual-report")
    @PreAuthorize("hasAuthority('disclosure:report:view')")
    Map<String, Object> annualReport(@RequestParam int year, @RequestParam(required = false) Long unit) {
        CurrentUser user = CurrentUser.require();
        long unitId = unit != null ? unit : user.unitId();
        OrgDirectory.UnitRef ref = reports.unit(unitId, user.filter());
        DisclosureAnnualReports.Figures f = reports.figures(ref, year, user.filter());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", year);
        out.put("unit", Map.of("id", ref.id(), "name", ref.name()));
        out.put("format", "国办公开办函〔2021〕30号");
        List<String> columns = new ArrayList<>();
        for (ApplicantType t : ApplicantType.values()) {
            columns.add(t.name());
        }
        columns.add("TOTAL");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReportRow row : ReportRow.values()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("row", row.name());
            line.put("group", row.group());
            line.put("label", row.label());
            Map<String, Long> cells = new LinkedHashMap<>();
            long[] values = f.table3().row(row);
            for (int c = 0; c < Table3.COLUMNS; c++) {
                cells.put(columns.get(c), values[c]);
            }
            line.put("cells", cells);
            rows.add(line);
        }
        out.put("table3", Map.of("columns", columns, "rows", rows, "balanced", f.table3().balanced(),
                "unbalancedColumns", f.table3().unbalancedColumns().stream().map(columns::get).toList(),
                "identity", "一+二=三（七）+四"));
        List<Map<String, Object>> t4 = new ArrayList<>();
        for (Table4.Kind k : Table4.Kind.values()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("kind", k.name());
            line.put("label", k.label());
            for (Table4.Outcome o : Table4.Outcome.values()) {
                line.put(o.name(), f.table4().cell(k, o.ordinal()));
            }
            line.put("TOTAL", f.table4().cell(k, 4));
            t4.add(line);
        }
        out.put("table4", t4);
        out.put("feesCollected", f.feesCollected());
        out.put("feesCount", f.feesCount());
        reports.find(ref.id(), year, user.filter()).ifPresent(r -> out.put("table2", Map.of(
                "rules", List.of(r.rulesMade(), r.rulesAbolished(), r.rulesInForce()),
                "normativeDocuments", List.of(r.normdocsMade(), r.normdocsAbolished(), r.normdocsInForce()),
                "licences", r.licences(), "penalties", r.penalties(), "coercions", r.coercions(),
                "chargesWan", r.chargesWan(), "status", r.status())));
        return out;
    }
}
