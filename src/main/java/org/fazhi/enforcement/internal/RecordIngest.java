package org.fazhi.enforcement.internal;

import org.fazhi.calendar.LegalCalendar;
import org.fazhi.calendar.StatutoryPeriod;
import org.fazhi.enforcement.EnforcementChanged;
import org.fazhi.org.CurrentUser;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.SqlArrays;
import org.fazhi.worklist.DeadlineSet;
import org.fazhi.worklist.DeadlinesSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Receives enforcement decisions (执法决定接收): from a department's system by the batch API, from a spreadsheet, or from
 * the entry form, always through the same checks. A batch is all or nothing: one bad row and nothing is stored, with
 * an error per row. It is idempotent: a batch id seen before with the same content answers {@code REPLAYED} and changes
 * nothing; a decision already stored under the same body and number with the same content is reported
 * {@code UNCHANGED} and not stored twice, and with different content is refused.
 */
@Service
public class RecordIngest {

    static final int MAX_ROWS = 5000;

    private final JdbcClient jdbc;
    private final RegistryLookup lookup;
    private final RecordWriter writer;
    private final LegalCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordIngest(JdbcClient jdbc, RegistryLookup lookup, RecordWriter writer, LegalCalendar calendar,
                 ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.writer = writer;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param batchKey the sender's batch id (API), the file's hash (Excel) or a generated key (entry form)
     * @param source   {@code API}, {@code EXCEL} or {@code MANUAL}
     * @param rowNumbers the number reported for each row (Excel row numbers), or {@code null} for 1, 2, 3 …
     */
    @Transactional
    public BatchResult ingest(String batchKey, List<RecordInput> rows, String source, List<Integer> rowNumbers,
                              CurrentUser user) {
        if (batchKey == null || batchKey.isBlank() || batchKey.length() > 64) {
            throw BusinessException.invalid("批次号 batchId 不能为空且不超过64个字符");
        }
        if (rows == null || rows.isEmpty()) {
            throw BusinessException.invalid("批次中没有执法决定（records 为空）");
        }
        if (rows.size() > MAX_ROWS) {
            throw BusinessException.invalid("每批最多 " + MAX_ROWS + " 条执法决定，请拆分后分批发送");
        }
        if (user.unitId() == null) {
            throw BusinessException.forbidden("平台账号不能报送执法决定，请使用执法部门的账号");
        }
        String county = user.countyCode();
        LocalDate today = LocalDate.now(clock);
        RecordRules.Context ctx = lookup.context(user.filter(), county, rows, today);
        List<RecordRules.Checked> checked = new ArrayList<>(rows.size());
        StringBuilder bodyHash = new StringBuilder();
        for (RecordInput row : rows) {
            RecordRules.Checked c = row == null
                    ? new RecordRules.Checked(null, List.of(new RecordRules.FieldError("", "该行为空")))
                    : RecordRules.check(row, ctx, "MANUAL".equals(source));
            checked.add(c);
            bodyHash.append(c.valid() == null ? "!" : c.valid().contentHash()).append(',');
        }
        String batchHash = RecordRules.sha256(bodyHash.toString());

        Long replayOf = jdbc.sql("SELECT id FROM enf_batch WHERE county_code = :c AND unit_id = :u AND batch_key = :k "
                        + "AND body_sha256 = :h")
                .param("c", county).param("u", user.unitId()).param("k", batchKey).param("h", batchHash)
                .query(Long.class).optional().orElse(null);
        boolean keyUsed = replayOf == null && jdbc.sql("SELECT count(*) FROM enf_batch WHERE county_code = :c AND unit_id = :u "
                        + "AND batch_key = :k")
                .param("c", county).param("u", user.unitId()).param("k", batchKey).query(Long.class).single() > 0;
        if (keyUsed) {
            throw BusinessException.conflict("批次号“" + batchId(batchKey, source) + "”已经使用过，但内容与先前发送的不同；"
                    + "新的数据请使用新的批次号");
        }

        Map<String, Existing> existing = existing(county, checked);
        List<BatchResult.RowResult> results = new ArrayList<>(rows.size());
        List<RecordRules.Valid> toCreate = new ArrayList<>();
        List<Integer> createIndex = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean failed = false;
        int unchanged = 0;
        for (int i = 0; i < checked.size(); i++) {
            int rowNo = rowNumbers == null ? i + 1 : rowNumbers.get(i);
            RecordRules.Checked c = checked.get(i);
            String number = rows.get(i) == null ? null : rows.get(i).decisionNo();
            if (c.valid() == null) {
                results.add(new BatchResult.RowResult(rowNo, number, "REJECTED", null, c.errors()));
                failed = true;
                continue;
            }
            RecordRules.Valid v = c.valid();
            String key = v.body().id() + "\u001f" + v.decisionNo();
            Integer first = seen.putIfAbsent(key, rowNo);
            if (first != null) {
                results.add(new BatchResult.RowResult(rowNo, number, "REJECTED", null, List.of(new RecordRules.FieldError(
                        "decisionNo", "决定书文号与本批第" + first + "行重复"))));
                failed = true;
                continue;
            }
            Existing old = existing.get(key);
            if (old != null) {
                if (old.hash().equals(v.contentHash())) {
                    results.add(new BatchResult.RowResult(rowNo, number, "UNCHANGED", old.id(), List.of()));
                    unchanged++;
                } else {
                    results.add(new BatchResult.RowResult(rowNo, number, "REJECTED", old.id(), List.of(
                            new RecordRules.FieldError("decisionNo", "执法主体“" + v.body().name() + "”的决定书“"
                                    + v.decisionNo() + "”已经报送，且内容不同；如决定已变更，请在平台上登记变更，不要重复报送"))));
                    failed = true;
                }
                continue;
            }
            results.add(null); // filled once ids are known
            toCreate.add(v);
            createIndex.add(i);
        }
        if (failed) {
            List<BatchResult.RowResult> rejected = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                BatchResult.RowResult r = results.get(i);
                if (r == null) {
                    int rowNo = rowNumbers == null ? i + 1 : rowNumbers.get(i);
                    r = new BatchResult.RowResult(rowNo, rows.get(i).decisionNo(), "VALID", null, List.of());
                }
                rejected.add(r);
            }
            return new BatchResult(batchId(batchKey, source), "REJECTED", rows.size(), 0, 0, rejected);
        }
        if (replayOf != null) {
            return new BatchResult(batchId(batchKey, source), "REPLAYED", rows.size(), 0, unchanged, results);
        }

        Instant now = clock.instant();
        long batch;
        try {
            batch = jdbc.sql("INSERT INTO enf_batch (county_code, unit_id, batch_key, body_sha256, source, record_count, "
                            + "created_count, received_at, received_by) VALUES (:c, :u, :k, :h, :s, :n, :created, :at, :by) "
                            + "RETURNING id")
                    .param("c", county).param("u", user.unitId()).param("k", batchKey).param("h", batchHash)
                    .param("s", source).param("n", rows.size()).param("created", toCreate.size())
                    .param("at", java.sql.Timestamp.from(now)).param("by", user.username())
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw BusinessException.conflict("该批次正在被另一请求处理，请稍后查询结果，不要重复发送");
        }
        List<Long> ids = writer.allocateIds(toCreate.size());
        List<RecordWriter.Row> writes = new ArrayList<>(toCreate.size());
        Map<String, LocalDate> dueCache = new HashMap<>();
        for (int k = 0; k < toCreate.size(); k++) {
            RecordRules.Valid v = toCreate.get(k);
            LocalDate due = publicityDeadline(v.kind().publicityPeriod(), v.decisionDate(), dueCache);
            writes.add(new RecordWriter.Row(ids.get(k), v, due));
            int i = createIndex.get(k);
            int rowNo = rowNumbers == null ? i + 1 : rowNumbers.get(i);
            results.set(i, new BatchResult.RowResult(rowNo, v.decisionNo(), "CREATED", ids.get(k), List.of()));
        }
        try {
            writer.write(writes, source, batch, user.username(), now);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                throw BusinessException.conflict("同一决定书正在被另一批次报送，请稍后重发本批次");
            }
            throw e;
        }
        // every decision not yet published gets its publicity to-do (国办发〔2018〕118号), all in one statement
        List<DeadlineSet> todos = new ArrayList<>();
        for (RecordWriter.Row w : writes) {
            // a decision awaiting its 法制审核 goes on the worklist when the review passes (RecordReview)
            boolean awaitingReview = w.v().reviewRequired() && !w.v().reviewDone();
            if (w.v().publishedOn() == null && !awaitingReview) {
                todos.add(Publicity.publicityDeadline(w.id(), w.v().body().countyCode(), w.v().body().unitId(),
                        w.v().decisionNo(), w.v().partyName(), w.publicityDue(), w.v().kind().publicityPeriod().citation()));
            }
        }
        if (!todos.isEmpty()) {
            events.publishEvent(new DeadlinesSet(todos));
        }
        events.publishEvent(new EnforcementChanged(county, user.username(), "enforcement.batch.received", "enf_batch",
                Long.toString(batch), "接收执法决定批次“" + batchId(batchKey, source) + "”（" + sourceLabel(source) + "）：共 "
                + rows.size() + " 条，新保存 " + toCreate.size() + " 条，已存在 " + unchanged + " 条"));
        return new BatchResult(batchId(batchKey, source), "ACCEPTED", rows.size(), toCreate.size(), unchanged, results);
    }

    /**
     * The last day to publish. Both publicity periods are working days (国办发〔2018〕118号), so this is the n-th working
     * day after the decision on the legal calendar — the same arithmetic {@code Deadlines} uses, without building the
     * explanation, which pages build when they show a decision. Many decisions of a batch share a date: each
     * (period, date) is computed once.
     */
    private LocalDate publicityDeadline(StatutoryPeriod period, LocalDate decided, Map<String, LocalDate> cache) {
        return cache.computeIfAbsent(period.name() + decided, k -> calendar.addWorkingDays(decided, period.amount()));
    }

    private static String batchId(String key, String source) {
        return key;
    }

    static String sourceLabel(String source) {
        return switch (source) {
            case "API" -> "接口";
            case "EXCEL" -> "表格导入";
            default -> "手工录入";
        };
    }

    private record Existing(long id, String hash) {
    }

    /** The decisions already stored under the (body, number) keys of the batch: one join against the key arrays. */
    private Map<String, Existing> existing(String county, List<RecordRules.Checked> checked) {
        List<Long> bodies = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (RecordRules.Checked c : checked) {
            if (c.valid() != null) {
                bodies.add(c.valid().body().id());
                numbers.add(c.valid().decisionNo());
            }
        }
        Map<String, Existing> found = new HashMap<>();
        if (numbers.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT r.id, r.body_id, r.decision_no, r.content_sha256 FROM enf_record r "
                        + "JOIN unnest(CAST(:bodies AS bigint[]), CAST(:numbers AS text[])) AS k(body_id, decision_no) "
                        + "ON r.body_id = k.body_id AND r.decision_no = k.decision_no WHERE r.county_code = :c")
                .param("c", county).param("bodies", SqlArrays.literal(bodies))
                .param("numbers", SqlArrays.literal(numbers))
                .query(rs -> {
                    found.put(rs.getLong(2) + "\u001f" + rs.getString(3), new Existing(rs.getLong(1), rs.getString(4)));
                });
        return found;
    }
}
