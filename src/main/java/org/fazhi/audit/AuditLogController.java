package org.fazhi.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The audit log page (审计日志) with filters, paging and xlsx export. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAuthority('" + AuditPermissions.VIEW + "')")
class AuditLogController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private final AuditLog log;
    private final Clock clock;

    AuditLogController(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** A row as the page shows it. */
    record Row(AuditEntry entry, String time) {
    }

    @GetMapping
    String log(@ModelAttribute("search") AuditSearch search, @RequestParam(required = false) Integer page,
               @RequestParam(required = false) Integer size, Model model) {
        try {
            Page<AuditEntry> result = log.search(CurrentUser.require(), search, PageQuery.of(page, size));
            List<Row> rows = result.items().stream().map(e -> new Row(e, log.time(e.occurredAt()))).toList();
            model.addAttribute("result", result);
            model.addAttribute("rows", rows);
            model.addAttribute("exportUrl", link("/audit/export", search).build().encode().toUriString());
        } catch (BusinessException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("rows", List.of());
        }
        return "audit/log";
    }

    /** A context-relative link keeping the current filters (the template adds the context path with {@code @{}}). */
    private static UriComponentsBuilder link(String path, AuditSearch s) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        param(link, "from", s.from());
        param(link, "to", s.to());
        param(link, "actor", s.actor());
        param(link, "action", s.action());
        param(link, "objectType", s.objectType());
        param(link, "objectId", s.objectId());
        param(link, "q", s.q());
        return link;
    }

    private static void param(UriComponentsBuilder link, String name, @Nullable String value) {
        if (value != null) {
            link.queryParam(name, value);
        }
    }

    @GetMapping("/export")
    void export(@ModelAttribute("search") AuditSearch search, HttpServletResponse response) throws IOException {
        String filename = "审计日志-" + FILE_STAMP.format(clock.instant().atZone(clock.getZone())) + ".xlsx";
        try {
            search.validated();
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
        log.export(CurrentUser.require(), search, response.getOutputStream());
    }
}
