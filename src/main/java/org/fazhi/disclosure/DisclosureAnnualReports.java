package org.fazhi.disclosure;

import com.deepoove.poi.data.Tables;
import com.deepoove.poi.data.style.BorderStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.files.DocumentRequest;
import org.fazhi.files.OfficialDocument;
import org.fazhi.files.OfficialDocuments;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.org.UnitKind;
import org.fazhi.shared.BusinessException;
import org.fazhi.worklist.DeadlineCleared;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual disclosure report (政府信息公开工作年度报告, 第四十九条、第五十条) in the 2021 uniform format
 * (国办公开办函〔2021〕30号). Table 三 is computed from the requests of the unit and its lower units:
 * <ul>
 *   <li>一 本年新收: received in the year;</li>
 *   <li>二 上年结转: received before the year and not concluded before it;</li>
 *   <li>三 办理结果: concluded in the year, by the row its reply or closure maps to;</li>
 *   <li>四 结转下年: received by the end of the year and not concluded by then;</li>
 * </ul>
 * so that 一 + 二 = 三（七） + 四 holds per column, and is checked. Table 四 counts the linked remedies filed in the year or
 * still open at its start, by their outcome at the year's end. Section 六 reports the 信息处理费 actually collected.
 */
@Service
public class DisclosureAnnualReports {

    private static final String COLUMNS = "id, county_code, unit_id, report_year, level, status, due, overview, problems, "
            + "other_matters, rules_made, rules_abolished, rules_in_force, normdocs_made, normdocs_abolished, "
            + "normdocs_in_force, licences, penalties, coercions, charges_wan, document_id, published_on, version";

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final OfficialDocuments documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisclosureAnnualReports(JdbcClient jdbc, OrgDirectory org, OfficialDocuments documents, ApplicationEventPublisher events,
                  Clock clock) {
        this.jdbc = jdbc;
        this.org = org;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    /** One request behind a cell (单元格穿透). */
    public record CellRecord(long id, String number, String applicantName, ApplicantType applicantType,
                             @Nullable LocalDate receivedOn, @Nullable LocalDate concludedOn, @Nullable ReportRow row,
                             RequestStatus status) {
    }

    /** All computed parts of a report for a unit and year. */
    public record Figures(OrgDirectory.UnitRef unit, int year, Table3 table3, Table4 table4, BigDecimal feesCollected,
                          long feesCount) {
    }

    public OrgDirectory.UnitRef unit(long unitId, ScopeFilter scope) {
        return org.unit(unitId, scope).orElseThrow(() -> BusinessException.notFound("单位不存在或不在您的数据范围内"));
    }

    public Figures figures(OrgDirectory.UnitRef unit, int year, ScopeFilter scope) {
        checkYear(year);
        return new Figures(unit, year, table3(unit, year, scope), table4(unit, year, scope),
                fees(unit, year, scope), feeCount(unit, year, scope));
    }

    Table3 table3(OrgDirectory.UnitRef unit, int year, ScopeFilter scope) {
        Map<String, Object> p = params(unit, year, scope);
        String where = where(unit, scope);
        Table3 t = new Table3();
        jdbc.sql("SELECT r.applicant_type, "
                        + "count(*) FILTER (WHERE r.received_on >= :from AND r.received_on < :to) AS fresh, "
                        + "count(*) FILTER (WHERE r.received_on < :from AND (r.concluded_on IS NULL OR r.concluded_on >= :from)) AS carried_in, "
                        + "count(*) FILTER (WHERE r.received_on < :to AND (r.concluded_on IS NULL OR r.concluded_on >= :to)) AS carried_out "
                        + "FROM disc_request r WHERE r.received_on IS NOT NULL AND " + where + " GROUP BY r.applicant_type")
                .params(p).query((RowCallbackHandler) rs -> {
                    ApplicantType type = ApplicantType.valueOf(rs.getString(1));
                    t.add(ReportRow.NEW, type, rs.getLong(2));
                    t.add(ReportRow.CARRIED_IN, type, rs.getLong(3));
                    t.add(ReportRow.CARRIED_OUT, type, rs.getLong(4));
                });
        jdbc.sql("SELECT r.applicant_type, r.report_row, count(*) FROM disc_request r "
                        + "WHERE r.concluded_on >= :from AND r.concluded_on < :to AND r.received_on IS NOT NULL AND " + where
                        + " GROUP BY r.applicant_type, r.report_row")
                .params(p).query((RowCallbackHandler) rs -> {
                    t.add(ReportRow.valueOf(rs.getString(2)), ApplicantType.valueOf(rs.getString(1)), rs.getLong(3));
                });
        return t;
    }

    Table4 table4(OrgDirectory.UnitRef unit, int year, ScopeFilter scope) {
        Map<String, Object> p = params(unit, year, scope);
        long[] cells = new long[15];
        jdbc.sql("SELECT m.kind, CASE WHEN m.concluded_on IS NOT NULL AND m.concluded_on < :to AND m.outcome <> 'PENDING' "
                        + "THEN m.outcome ELSE 'PENDING' END AS outcome, count(*) FROM disc_remedy m "
                        + "JOIN disc_request r ON r.id = m.request_id "
                        + "WHERE m.filed_on < :to AND (m.filed_on >= :from OR m.concluded_on IS NULL OR m.concluded_on >= :from) AND "
                        + where(unit, scope) + " GROUP BY 1, 2")
                .params(p).query((RowCallbackHandler) rs -> {
                    int k = Table4.Kind.valueOf(rs.getString(1)).ordinal();
                    int o = Table4.Outcome.valueOf(rs.getString(2)).ordinal();
                    cells[k * 5 + o] += rs.getLong(3);
                    cells[k * 5 + 4] += rs.getLong(3);
                });
        return new Table4(cells);
    }

    BigDecimal fees(OrgDirectory.UnitRef unit, int year, ScopeFilter scope) {
        return jdbc.sql("SELECT COALESCE(sum(f.amount), 0) FROM disc_fee f JOIN disc_request r ON r.id = f.request_id "
                        + "WHERE f.status = 'PAID' AND f.paid_on >= :from AND f.paid_on < :to AND " + where(unit, scope))
                .params(params(unit, year, scope)).query(BigDecimal.class).single();
    }

    long feeCount(OrgDirectory.UnitRef unit, int year, ScopeFilter scope) {
        return jdbc.sql("SELECT count(*) FROM disc_fee f JOIN disc_request r ON r.id = f.request_id "
                        + "WHERE f.status = 'PAID' AND f.paid_on >= :from AND f.paid_on < :to AND " + where(unit, scope))
                .params(params(unit, year, scope)).query(Long.class).single();
    }

    /** The requests counted in one cell of Table 三 (row key = {@link ReportRow} name, column = applicant type or TOTAL). */
    public List<CellRecord> cell(OrgDirectory.UnitRef unit, int year, ReportRow row, @Nullable ApplicantType column,
                                 ScopeFilter scope, int limit) {
        checkYear(year);
        Map<String, Object> p = params(unit, year, scope);
        String predicate = switch (row) {
            case NEW -> "r.received_on >= :from AND r.received_on < :to";
            case CARRIED_IN -> "r.received_on < :from AND (r.concluded_on IS NULL OR r.concluded_on >= :from)";
            case CARRIED_OUT -> "r.received_on < :to AND (r.concluded_on IS NULL OR r.concluded_on >= :to)";
            case TOTAL -> "r.concluded_on >= :from AND r.concluded_on < :to";
            default -> "r.concluded_on >= :from AND r.concluded_on < :to AND r.report_row = :row";
        };
        p.put("row", row.name());
        String typeFilter = "";
        if (column != null) {
            typeFilter = " AND r.applicant_type = :type";
            p.put("type", column.name());
        }
        p.put("limit", Math.min(limit, 2000));
        return jdbc.sql("SELECT r.id, r.number, r.applicant_name, r.applicant_type, r.received_on, r.concluded_on, "
                        + "r.report_row, r.status FROM disc_request r WHERE r.received_on IS NOT NULL AND " + predicate
                        + typeFilter + " AND " + where(unit, scope) + " ORDER BY r.received_on, r.id LIMIT :limit")
                .params(p).query(DisclosureAnnualReports::cellRecord).list();
    }

    // ---- the report document ----

    public Optional<AnnualReport> find(long unitId, int year, ScopeFilter scope) {
        Map<String, Object> p = new LinkedHashMap<>(scope.params());
        p.put("unit", unitId);
        p.put("year", year);
        return jdbc.sql("SELECT " + COLUMNS + " FROM disc_report d WHERE d.unit_id = :unit AND d.report_year = :year AND "
                        + scope.on("d.county_code", "d.unit_id"))
                .params(p).query(DisclosureAnnualReports::report).optional();
    }

    public AnnualReport get(long id, ScopeFilter scope) {
        Map<String, Object> p = new LinkedHashMap<>(scope.params());
        p.put("id", id);
        return jdbc.sql("SELECT " + COLUMNS + " FROM disc_report d WHERE d.id = :id AND " + scope.on("d.county_code", "d.unit_id"))
                .params(p).query(DisclosureAnnualReports::report).optional()
                .orElseThrow(() -> BusinessException.notFound("年度报告不存在或不在您的数据范围内"));
    }

    public List<AnnualReport> list(ScopeFilter scope, @Nullable Integer year) {
        Map<String, Object> p = new LinkedHashMap<>(scope.params());
        String y = "";
        if (year != null) {
            y = " AND d.report_year = :year";
            p.put("year", year);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM disc_report d WHERE " + scope.on("d.county_code", "d.unit_id") + y
                        + " ORDER BY d.report_year DESC, d.level DESC, d.unit_id LIMIT 500")
                .params(p).query(DisclosureAnnualReports::report).list();
    }

    /** Published reports of the county, for the portal. */
    public List<AnnualReport> published(String countyCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM disc_report d WHERE d.county_code = :county AND d.status = 'PUBLISHED' "
                        + "ORDER BY d.report_year DESC, d.level DESC, d.unit_id LIMIT 500")
                .param("county", countyCode).query(DisclosureAnnualReports::report).list();
    }

    public Optional<AnnualReport> publishedById(String countyCode, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM disc_report d WHERE d.county_code = :county AND d.id = :id "
                        + "AND d.status = 'PUBLISHED'")
                .param("county", countyCode).param("id", id).query(DisclosureAnnualReports::report).optional();
    }

    /** Starts the report of a unit for a year (or returns the existing one) and puts its deadline on the worklist. */
    @Transactional
    public AnnualReport start(long unitId, int year, ScopeFilter scope, String actor) {
        checkYear(year);
        OrgDirectory.UnitRef unit = unit(unitId, scope);
        Optional<AnnualReport> existing = find(unitId, year, scope);
        if (existing.isPresent()) {
            return existing.get();
        }
        AnnualReport.Level level = unit.kind() == UnitKind.GOVERNMENT ? AnnualReport.Level.GOVERNMENT
                : AnnualReport.Level.DEPARTMENT;
        LocalDate due = level.due(year);
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        INSERT INTO disc_report (county_code, unit_id, report_year, level, status, due,
                            created_at, created_by, updated_at, updated_by)
                        VALUES (:county, :unit, :year, :level, 'DRAFT', :due, :at, :by, :at, :by)
                        ON CONFLICT (county_code, unit_id, report_year) DO NOTHING RETURNING id""")
                .param("county", unit.countyCode()).param("unit", unit.id()).param("year", year)
                .param("level", level.name()).param("due", due).param("at", now).param("by", actor)
                .query(Long.class).optional()
                .orElseThrow(() -> BusinessException.conflict("该单位该年度的报告已存在"));
        events.publishEvent(ReportDeadlineJob.deadline(unit.countyCode(), unit.id(), unit.name(), year, level));
        events.publishEvent(new DisclosureReportChanged(unit.countyCode(), actor, id, "started",
                "开始编制" + unit.name() + year + "年政府信息公开工作年度报告，期限 " + due));
        return get(id, scope);
    }

    /** Saves the narrative sections and the Table 二 figures the unit reports. */
    @Transactional
    public AnnualReport save(long id, ReportForm form, ScopeFilter scope, String actor) {
        AnnualReport r = get(id, scope);
        if (r.published()) {
            throw BusinessException.conflict("年度报告已发布，不能修改");
        }
        form.check();
        int rows = jdbc.sql("""
                        UPDATE disc_report SET overview = :overview, problems = :problems, other_matters = :other,
                            rules_made = :rm, rules_abolished = :ra, rules_in_force = :rf, normdocs_made = :nm,
                            normdocs_abolished = :na, normdocs_in_force = :nf, licences = :lic, penalties = :pen,
                            coercions = :coe, charges_wan = :chg, updated_at = :at, updated_by = :by, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("overview", form.overview()).param("problems", form.problems()).param("other", form.otherMatters())
                .param("rm", form.rulesMade()).param("ra", form.rulesAbolished()).param("rf", form.rulesInForce())
                .param("nm", form.normdocsMade()).param("na", form.normdocsAbolished())
                .param("nf", form.normdocsInForce()).param("lic", form.licences()).param("pen", form.penalties())
                .param("coe", form.coercions()).param("chg", form.chargesWan())
                .param("at", Timestamp.from(clock.instant())).param("by", actor).param("id", id)
                .param("version", form.version() == null ? r.version() : form.version()).update();
        if (rows != 1) {
            throw BusinessException.conflict("年度报告已被他人修改，请刷新后重试");
        }
        events.publishEvent(new DisclosureReportChanged(r.countyCode(), actor, id, "saved", "保存年度报告内容"));
        return get(id, scope);
    }

    /**
     * Generates the report as a GB/T 9704 document and publishes it (报送并公开); refused while Table 三 does not balance
     * or the narrative sections are empty.
     */
    @Transactional
    public AnnualReport publish(long id, ScopeFilter scope, String actor) {
        AnnualReport r = get(id, scope);
        if (r.published()) {
            throw BusinessException.conflict("年度报告已发布");
        }
        if (r.overview().isBlank() || r.problems().isBlank()) {
            throw BusinessException.invalid("请先填写“一、总体情况”和“五、存在的主要问题及改进情况”");
        }
        OrgDirectory.UnitRef unit = unit(r.unitId(), scope);
        Figures f = figures(unit, r.year(), scope);
        if (!f.table3().balanced()) {
            throw BusinessException.conflict("表三不平衡（一＋二≠三（七）＋四），请核对后再发布");
        }
        LocalDate today = LocalDate.now(clock);
        OfficialDocument doc = documents.generate(document(r, f, today));
        jdbc.sql("UPDATE disc_report SET status = 'PUBLISHED', document_id = :doc, published_on = :on, updated_at = :at, "
                        + "updated_by = :by, version = version + 1 WHERE id = :id")
                .param("doc", doc.id()).param("on", today).param("at", Timestamp.from(clock.instant()))
                .param("by", actor).param("id", id).update();
        events.publishEvent(new DeadlineCleared(r.countyCode(), "disclosure", ReportDeadlineJob.SOURCE_TYPE,
                r.unitId() + "-" + r.year(), "annual-report"));
        events.publishEvent(new DisclosureReportChanged(r.countyCode(), actor, id, "published",
                "发布" + unit.name() + r.year() + "年政府信息公开工作年度报告" + (today.isAfter(r.due())
                        ? "（晚于法定期限 " + r.due() + "）" : "")));
        return get(id, scope);
    }

    /** The narrative of section 六 plus the fees sentence the system writes. */
    public static String feesSentence(Figures f) {
        return "本年度共收取信息处理费 " + f.feesCount() + " 笔，合计人民币 " + f.feesCollected().setScale(2, RoundingMode.HALF_UP)
                .toPlainString() + " 元（依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号））。";
    }

    DocumentRequest document(AnnualReport r, Figures f, LocalDate on) {
        String title = f.unit().name() + r.year() + "年政府信息公开工作年度报告";
        List<String> p1 = new ArrayList<>();
        p1.add("本报告根据《中华人民共和国政府信息公开条例》第四十九条、第五十条的规定，按照国务院办公厅政府信息与政务公开办公室"
                + "《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）的格式编制。");
        p1.add("一、总体情况");
        p1.addAll(lines(r.overview()));
        p1.add("二、主动公开政府信息情况");
        List<String> p2 = new ArrayList<>(List.of("三、收到和处理政府信息公开申请情况"));
        List<String> p3 = new ArrayList<>(List.of("四、政府信息公开行政复议、行政诉讼情况"));
        List<String> p4 = new ArrayList<>();
        p4.add("五、存在的主要问题及改进情况");
        p4.addAll(lines(r.problems()));
        p4.add("六、其他需要报告的事项");
        p4.addAll(lines(r.otherMatters()));
        p4.add(feesSentence(f));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("table2", Tables.of(table2Cells(r)).border(BorderStyle.DEFAULT).create());
        fields.put("table3", Tables.of(table3Cells(f.table3())).border(BorderStyle.DEFAULT).create());
        fields.put("table4", Tables.of(table4Cells(f.table4())).border(BorderStyle.DEFAULT).create());
        fields.put("part2", p2.stream().map(t -> Map.of("text", t)).toList());
        fields.put("part3", p3.stream().map(t -> Map.of("text", t)).toList());
        fields.put("part4", p4.stream().map(t -> Map.of("text", t)).toList());
        return new DocumentRequest(r.unitId(), DisclosureLetters.REPORT_TYPE, "disclosure-report", title, "", p1, null,
                null, on, false, "disclosure", "disc_report", Long.toString(r.id()), fields);
    }

    static String[][] table2Cells(AnnualReport r) {
        return new String[][]{
                {"第二十条第（一）项", "", "", ""},
                {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"},
                {"规章", n(r.rulesMade()), n(r.rulesAbolished()), n(r.rulesInForce())},
                {"行政规范性文件", n(r.normdocsMade()), n(r.normdocsAbolished()), n(r.normdocsInForce())},
                {"第二十条第（五）项", "", "", ""},
                {"信息内容", "本年处理决定数量", "", ""},
                {"行政许可", n(r.licences()), "", ""},
                {"第二十条第（六）项", "", "", ""},
                {"信息内容", "本年处理决定数量", "", ""},
                {"行政处罚", n(r.penalties()), "", ""},
                {"行政强制", n(r.coercions()), "", ""},
                {"第二十条第（八）项", "", "", ""},
                {"信息内容", "本年收费金额（单位：万元）", "", ""},
                {"行政事业性收费", r.chargesWan().stripTrailingZeros().toPlainString(), "", ""}};
    }

    static String[][] table3Cells(Table3 t) {
        List<String[]> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", ""));
        head.addAll(Table3.headings().stream().map(h -> h.equals("自然人") || h.equals("总计") ? h : "法人或其他组织·" + h)
                .toList());
        rows.add(head.toArray(String[]::new));
        for (ReportRow row : ReportRow.values()) {
            List<String> line = new ArrayList<>();
            line.add(row.group() == null ? row.label() : row.group());
            line.add(row.group() == null ? "" : row.label());
            for (long v : t.row(row)) {
                line.add(Long.toString(v));
            }
            rows.add(line.toArray(String[]::new));
        }
        return rows.toArray(String[][]::new);
    }

    static String[][] table4Cells(Table4 t) {
        String[] kinds = new String[15];
        String[] subs = new String[15];
        String[] values = new String[15];
        for (Table4.Kind k : Table4.Kind.values()) {
            for (int c = 0; c < 5; c++) {
                kinds[k.ordinal() * 5 + c] = c == 0 ? k.label() : "";
                subs[k.ordinal() * 5 + c] = Table4.SUB_HEADINGS.get(c);
                values[k.ordinal() * 5 + c] = Long.toString(t.cell(k, c));
            }
        }
        return new String[][]{kinds, subs, values};
    }

    private static String n(int v) {
        return Integer.toString(v);
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void checkYear(int year) {
        if (year < 2019 || year > 2100) {
            throw BusinessException.invalid("年度应在 2019 年至 2100 年之间（2019 年修订的条例自 2019 年 5 月 15 日施行）");
        }
    }

    private static String where(OrgDirectory.UnitRef unit, ScopeFilter scope) {
        return scope.on("r.county_code", "r.unit_id") + " AND r.county_code = :rCounty AND r.unit_id IN "
                + "(SELECT s.id FROM org_unit s WHERE s.county_code = :rCounty AND (s.id = :rUnit OR s.ancestors LIKE :rPath))";
    }

    private static Map<String, Object> params(OrgDirectory.UnitRef unit, int year, ScopeFilter scope) {
        Map<String, Object> p = new LinkedHashMap<>(scope.params());
        p.put("rCounty", unit.countyCode());
        p.put("rUnit", unit.id());
        p.put("rPath", unit.path() + "%");
        p.put("from", LocalDate.of(year, 1, 1));
        p.put("to", LocalDate.of(year + 1, 1, 1));
        return p;
    }

    private static CellRecord cellRecord(ResultSet rs, int n) throws SQLException {
        return new CellRecord(rs.getLong("id"), rs.getString("number"), rs.getString("applicant_name"),
                ApplicantType.valueOf(rs.getString("applicant_type")), RequestStore.date(rs, "received_on"),
                RequestStore.date(rs, "concluded_on"),
                rs.getString("report_row") == null ? null : ReportRow.valueOf(rs.getString("report_row")),
                RequestStatus.valueOf(rs.getString("status")));
    }

    private static AnnualReport report(ResultSet rs, int n) throws SQLException {
        long doc = rs.getLong("document_id");
        Long documentId = rs.wasNull() ? null : doc;
        return new AnnualReport(rs.getLong("id"), rs.getString("county_code"), rs.getLong("unit_id"),
                rs.getInt("report_year"), AnnualReport.Level.valueOf(rs.getString("level")), rs.getString("status"),
                RequestStore.date(rs, "due"), rs.getString("overview"), rs.getString("problems"),
                rs.getString("other_matters"), rs.getInt("rules_made"), rs.getInt("rules_abolished"),
                rs.getInt("rules_in_force"), rs.getInt("normdocs_made"), rs.getInt("normdocs_abolished"),
                rs.getInt("normdocs_in_force"), rs.getInt("licences"), rs.getInt("penalties"), rs.getInt("coercions"),
                rs.getBigDecimal("charges_wan"), documentId, RequestStore.date(rs, "published_on"), rs.getInt("version"));
    }
}
