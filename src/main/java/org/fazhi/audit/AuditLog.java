package org.fazhi.audit;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import org.fazhi.org.CurrentUser;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading the audit log (审计日志查询与导出) within the signed-in user's scope. */
@Service
class AuditLog {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final int EXPORT_BATCH = 1000;
    private static final String[] EXPORT_COLUMNS = {"time", "county", "actor", "action", "objectType", "objectId",
            "summary", "clientIp", "seq", "hash"};

    private final AuditEntries entries;
    private final AuditTrail trail;
    private final AuditSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    AuditLog(AuditEntries entries, AuditTrail trail, AuditSettings settings, MessageSource messages, Clock clock) {
        this.entries = entries;
        this.trail = trail;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /** One page of the entries the user may see, newest first. */
    Page<AuditEntry> search(CurrentUser user, AuditSearch search, PageQuery page) {
        AuditQueries.Where where = AuditQueries.entries(user, search.validated(), zone());
        long total = entries.count(where.sql(), where.params());
        List<AuditEntry> items = total == 0 ? List.of()
                : entries.page(where.sql(), where.params(), page.offset(), page.size());
        return Page.of(items, total, page);
    }

    /**
     * Writes the matching entries (at most {@link AuditSettings#exportLimit()}) as xlsx. The export is recorded
     * ({@code audit.log.exported}, with the filters as details) in its own transaction before the first byte is sent,
     * so an export can never leave no trace.
     *
     * @return rows written
     */
    long export(CurrentUser user, AuditSearch search, OutputStream out) {
        AuditQueries.Where where = AuditQueries.entries(user, search.validated(), zone());
        long rows = Math.min(entries.count(where.sql(), where.params()), settings.exportLimit());
        trail.record(new AuditLogExported(user.countyCode(), user.username(), "导出审计日志 " + rows + " 条"),
                filters(search, rows));
        ExcelWriter writer = FastExcel.write(out).autoCloseStream(false).head(head()).build();
        try {
            WriteSheet sheet = FastExcel.writerSheet(text("audit.export.sheet")).build();
            long written = 0;
            @Nullable Instant beforeAt = null;
            long beforeId = 0;
            while (written < rows) {
                int limit = (int) Math.min(EXPORT_BATCH, rows - written);
                List<AuditEntry> batch = entries.before(where.sql(), where.params(), beforeAt, beforeId, limit);
                if (batch.isEmpty()) {
                    break;
                }
                writer.write(batch.stream().map(this::row).toList(), sheet);
                written += batch.size();
                AuditEntry last = batch.get(batch.size() - 1);
                beforeAt = last.occurredAt();
                beforeId = last.id();
            }
            writer.finish();
            return written;
        } finally {
            writer.close();
        }
    }

    String time(Instant instant) {
        return TIME.format(instant.atZone(zone()));
    }

    private List<Object> row(AuditEntry e) {
        List<Object> row = new ArrayList<>();
        row.add(time(e.occurredAt()));
        row.add(e.countyCode());
        row.add(e.actor());
        row.add(e.action());
        row.add(e.objectType());
        row.add(e.objectId() == null ? "" : e.objectId());
        row.add(e.summary());
        row.add(e.clientIp() == null ? "" : e.clientIp());
        row.add(e.seq());
        row.add(e.hash());
        return row;
    }

    private List<List<String>> head() {
        List<List<String>> head = new ArrayList<>();
        for (String column : EXPORT_COLUMNS) {
            head.add(List.of(text("audit.column." + column)));
        }
        return head;
    }

    private static Map<String, Object> filters(AuditSearch s, long rows) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rows", rows);
        putIfPresent(details, "from", s.from());
        putIfPresent(details, "to", s.to());
        putIfPresent(details, "actor", s.actor());
        putIfPresent(details, "action", s.action());
        putIfPresent(details, "objectType", s.objectType());
        putIfPresent(details, "objectId", s.objectId());
        putIfPresent(details, "q", s.q());
        return details;
    }

    private static void putIfPresent(Map<String, Object> map, String key, @Nullable String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private String text(String code) {
        return messages.getMessage(code, null, Locale.SIMPLIFIED_CHINESE);
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
