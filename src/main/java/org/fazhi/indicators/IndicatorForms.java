package org.fazhi.indicators;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDirectory;
import org.fazhi.org.ScopeFilter;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reported-indicator forms (指标填报): one form per unit and year, its fields generated from the catalog for the
 * unit's level; the unit fills and submits it, the county (司法局) approves it or returns it with comments, the unit
 * corrects and submits again. Only approved figures count. Every change is kept in {@code ind_form_change} and sent to
 * the audit log. A field whose indicator a module now computes is no longer offered; values reported for it earlier
 * stay on the form, shown beside the computed figure for the transition year.
 */
@Service
public class IndicatorForms {

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final OrgDirectory org;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IndicatorForms(IndicatorCatalog catalog, IndicatorValues values, OrgDirectory org, JdbcClient jdbc,
                   ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.values = values;
        this.org = org;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Status of a form (填报状态). */
    public enum Status {
        DRAFT("填报中"), SUBMITTED("已报送待审核"), RETURNED("已退回待修改"), APPROVED("审核通过");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A form's header. */
    public record Form(long id, String countyCode, long unitId, String unitName, int year,
                       IndicatorDefinition.Level level, Status status, @Nullable OffsetDateTime submittedAt,
                       @Nullable String submittedBy, @Nullable OffsetDateTime reviewedAt, @Nullable String reviewedBy,
                       @Nullable String reviewComment, int filled) {

        public boolean editable() {
            return status == Status.DRAFT || status == Status.RETURNED;
        }
    }

    /**
     * One field of a form, with the computed figure beside it when a module computes the indicator (过渡年度比对).
     * {@code transitional}: the module computes it but the form's year is not after its transition year, so units
     * still fill it in and the two figures are compared.
     */
    public record Field(CatalogEntry entry, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
                        @Nullable BigDecimal stated, Approximation approximation, @Nullable String note,
                        String figure, boolean computedNow, @Nullable String computedFigure, boolean transitional) {

        /** Whether units fill the field in: reported indicators, and computed ones in their transition year. */
        public boolean editable() {
            return !computedNow || transitional;
        }

        public String numeratorText() {
            return numerator == null ? "" : IndicatorText.plain(numerator);
        }

        public String denominatorText() {
            return denominator == null ? "" : IndicatorText.plain(denominator);
        }

        public String statedText() {
            return stated == null || numerator != null ? "" : IndicatorText.plain(stated);
        }
    }

    /** A line of the change history. */
    public record Change(String action, @Nullable String code, @Nullable String name, @Nullable String oldText,
                         @Nullable String newText, @Nullable String comment, OffsetDateTime at, String by) {
    }

    /**
     * Opens the unit's form of the year, creating it from the catalog the first time.
     *
     * @throws BusinessException (not found) for a unit outside the user's scope
     */
    @Transactional
    public long open(long unitId, int year, CurrentUser user) {
        if (year < 2000 || year > 2100) {
            throw BusinessException.invalid("统计年度不正确：" + year);
        }
        OrgDirectory.UnitRef unit = org.activeUnit(unitId, user.filter())
                .orElseThrow(() -> BusinessException.notFound("单位不存在或不在您的数据范围内"));
        Optional<Long> existing = jdbc.sql("SELECT id FROM ind_form WHERE county_code = :c AND unit_id = :u AND year = :y")
                .param("c", unit.countyCode()).param("u", unit.id()).param("y", year).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        IndicatorDefinition.Level level = IndicatorCatalog.formLevel(unit.kind().name());
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        INSERT INTO ind_form (county_code, unit_id, year, level, status, created_at, created_by, updated_at, updated_by)
                        VALUES (:c, :u, :y, :level, 'DRAFT', :now, :by, :now, :by) RETURNING id""")
                .param("c", unit.countyCode()).param("u", unit.id()).param("y", year).param("level", level.name())
                .param("now", now).param("by", user.username()).query(Long.class).single();
        events.publishEvent(new IndicatorFormChanged(unit.countyCode(), user.username(), "indicators.form.created", id,
                unit.id(), year, unit.name() + year + "年度指标填报表已建立（" + level.label() + "，"
                + catalog.formEntries(level, year).size() + "项指标）"));
        return id;
    }

    /** The form if it lies in the scope; another unit's form is reported as absent. */
    public Form form(long id, ScopeFilter scope) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("id", id);
        return jdbc.sql(FORM_SELECT + " WHERE f.id = :id AND " + scope.on("f.county_code", "f.unit_id"))
                .params(params).query(IndicatorForms::form).optional()
                .orElseThrow(() -> BusinessException.notFound("填报表不存在或不在您的数据范围内"));
    }

    private static final String FORM_SELECT = """
            SELECT f.id, f.county_code, f.unit_id, u.name AS unit_name, f.year, f.level, f.status, f.submitted_at,
                   f.submitted_by, f.reviewed_at, f.reviewed_by, f.review_comment,
                   (SELECT count(*) FROM ind_form_value v WHERE v.form_id = f.id
                      AND (v.numerator IS NOT NULL OR v.stated_value IS NOT NULL)) AS filled
            FROM ind_form f JOIN org_unit u ON u.id = f.unit_id""";

    private static Form form(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Form(rs.getLong("id"), rs.getString("county_code"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getInt("year"), IndicatorDefinition.Level.valueOf(rs.getString("level")),
                Status.valueOf(rs.getString("status")), rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getString("submitted_by"), rs.getObject("reviewed_at", OffsetDateTime.class),
                rs.getString("reviewed_by"), rs.getString("review_comment"), rs.getInt("filled"));
    }

    /** The form's fields: the catalog's for its level, plus fields reported earlier for indicators now computed. */
    public List<Field> fields(Form form) {
        Map<String, FormValidation.Parsed> stored = stored(form.id());
        List<Field> fields = new ArrayList<>();
        List<CatalogEntry> entries = new ArrayList<>(catalog.formEntries(form.level(), form.year()));
        stored.keySet().stream().filter(code -> entries.stream().noneMatch(e -> e.code().equals(code)))
                .map(catalog::find).flatMap(Optional::stream).forEach(entries::add);
        for (CatalogEntry entry : entries) {
            FormValidation.Parsed p = stored.get(entry.code());
            boolean computedNow = entry.origin() == CatalogEntry.Origin.COMPUTED;
            String computedFigure = null;
            if (computedNow) {
                OrgDirectory.UnitRef unit = org.unitById(form.unitId()).orElseThrow();
                IndicatorValue v = values.value(entry.code(), ValueScopes.unitScope(unit), "unit-" + unit.id(),
                        form.year());
                computedFigure = v.computedFigure() != null ? v.computedFigure() : v.figure();
            }
            boolean transitional = computedNow
                    && catalog.transitionYear(entry.code()).map(t -> form.year() <= t).orElse(false);
            fields.add(p == null
                    ? new Field(entry, null, null, null, Approximation.EXACT, null, "（未填）", computedNow, computedFigure,
                    transitional)
                    : new Field(entry, p.numerator(), p.denominator(), p.stated(), p.approximation(), p.note(),
                    p.text(entry.definition()), computedNow, computedFigure, transitional));
        }
        return fields;
    }

    private Map<String, FormValidation.Parsed> stored(long formId) {
        Map<String, FormValidation.Parsed> stored = new HashMap<>();
        jdbc.sql("SELECT code, numerator, denominator, stated_value, approximation, note FROM ind_form_value WHERE form_id = :f")
                .param("f", formId)
                .query((rs, n) -> stored.put(rs.getString("code"), new FormValidation.Parsed(rs.getBigDecimal("numerator"),
                        rs.getBigDecimal("denominator"), rs.getBigDecimal("stated_value"),
                        Approximation.valueOf(rs.getString("approximation")), rs.getString("note")))).list();
        return stored;
    }

    /**
     * Saves the values typed into an editable form. Bad input changes nothing.
     *
     * @return number of fields changed
     */
    @Transactional
    public int save(long id, Map<String, FormInput> inputs, CurrentUser user) {
        Form form = form(id, user.filter());
        if (!form.editable()) {
            throw BusinessException.conflict("填报表" + form.status().label() + "，不能修改");
        }
        List<CatalogEntry> entries = catalog.formEntries(form.level(), form.year());
        Map<String, FormValidation.Parsed> parsed = FormValidation.validate(entries, inputs);
        Map<String, FormValidation.Parsed> before = stored(id);
        Timestamp now = Timestamp.from(clock.instant());
        int changed = 0;
        for (CatalogEntry entry : entries) {
            if (!inputs.containsKey(entry.code())) {
                continue;
            }
            FormValidation.Parsed p = parsed.get(entry.code());
            FormValidation.Parsed old = before.get(entry.code());
            String oldText = old == null ? "（未填）" : old.text(entry.definition());
            String newText = p.text(entry.definition());
            boolean sameNote = java.util.Objects.equals(old == null ? null : old.note(), p.note());
            if (oldText.equals(newText) && sameNote) {
                continue;
            }
            jdbc.sql("""
                            INSERT INTO ind_form_value (county_code, form_id, unit_id, year, code, numerator, denominator,
                                stated_value, approximation, note, created_at, created_by, updated_at, updated_by)
                            VALUES (:c, :f, :u, :y, :code, :num, :den, :stated, :approx, :note, :now, :by, :now, :by)
                            ON CONFLICT (county_code, form_id, code) DO UPDATE SET numerator = EXCLUDED.numerator,
                                denominator = EXCLUDED.denominator, stated_value = EXCLUDED.stated_value,
                                approximation = EXCLUDED.approximation, note = EXCLUDED.note,
                                updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by,
                                version = ind_form_value.version + 1""")
                    .param("c", form.countyCode()).param("f", id).param("u", form.unitId()).param("y", form.year())
                    .param("code", entry.code()).param("num", p.numerator()).param("den", p.denominator())
                    .param("stated", p.stated()).param("approx", p.approximation().name()).param("note", p.note())
                    .param("now", now).param("by", user.username()).update();
            change(form, entry.code(), "VALUE", oldText, newText, p.note(), now, user.username());
            changed++;
        }
        if (changed > 0) {
            touch(id, now, user.username());
            events.publishEvent(new IndicatorFormChanged(form.countyCode(), user.username(), "indicators.form.saved",
                    id, form.unitId(), form.year(), form.unitName() + form.year() + "年度指标填报修改" + changed + "项"));
        }
        return changed;
    }

    /** Submits the form for review (报送). */
    @Transactional
    public void submit(long id, CurrentUser user) {
        Form form = form(id, user.filter());
        if (!form.editable()) {
            throw BusinessException.conflict("填报表" + form.status().label() + "，不能再次报送");
        }
        if (form.filled() == 0) {
            throw BusinessException.invalid("填报表尚未填写任何指标，不能报送");
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("""
                        UPDATE ind_form SET status = 'SUBMITTED', submitted_at = :now, submitted_by = :by,
                            updated_at = :now, updated_by = :by, version = version + 1
                        WHERE id = :id AND status IN ('DRAFT', 'RETURNED')""")
                .param("now", now).param("by", user.username()).param("id", id).update();
        if (updated != 1) {
            throw BusinessException.conflict("填报表状态已变化，请刷新后重试");
        }
        change(form, null, "SUBMIT", form.status().label(), Status.SUBMITTED.label(), null, now, user.username());
        events.publishEvent(new IndicatorFormChanged(form.countyCode(), user.username(), "indicators.form.submitted",
                id, form.unitId(), form.year(), form.unitName() + form.year() + "年度指标填报表已报送（" + form.filled() + "项）"));
    }

    /** Approves a submitted form (审核通过): its figures count from now on. */
    @Transactional
    public void approve(long id, @Nullable String comment, CurrentUser user) {
        review(id, Status.APPROVED, comment, user);
    }

    /** Returns a submitted form to its unit with comments (退回修改). */
    @Transactional
    public void sendBack(long id, String comment, CurrentUser user) {
        if (comment == null || comment.isBlank()) {
            throw BusinessException.invalid("退回时请填写退回理由，说明需修改的指标");
        }
        review(id, Status.RETURNED, comment, user);
    }

    private void review(long id, Status to, @Nullable String comment, CurrentUser user) {
        if (!user.can("indicators:form:review")) {
            throw BusinessException.forbidden("您没有审核指标填报的权限");
        }
        Form form = form(id, user.filter());
        if (form.status() != Status.SUBMITTED) {
            throw BusinessException.conflict("填报表" + form.status().label() + "，不能审核");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > 1000) {
            throw BusinessException.invalid("审核意见不超过 1000 字");
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        UPDATE ind_form SET status = :to, reviewed_at = :now, reviewed_by = :by, review_comment = :comment,
                            updated_at = :now, updated_by = :by, version = version + 1 WHERE id = :id""")
                .param("to", to.name()).param("now", now).param("by", user.username()).param("comment", text)
                .param("id", id).update();
        change(form, null, to == Status.APPROVED ? "APPROVE" : "RETURN", form.status().label(), to.label(), text, now,
                user.username());
        events.publishEvent(new IndicatorFormChanged(form.countyCode(), user.username(),
                to == Status.APPROVED ? "indicators.form.approved" : "indicators.form.returned", id, form.unitId(),
                form.year(), form.unitName() + form.year() + "年度指标填报表" + to.label()
                + (text == null ? "" : "：" + text)));
    }

    /** Forms in scope, newest year first, optionally by year and status. */
    public Page<Form> list(ScopeFilter scope, @Nullable Integer year, @Nullable Status status, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.on("f.county_code", "f.unit_id"));
        if (year != null) {
            where.append(" AND f.year = :year");
            params.put("year", year);
        }
        if (status != null) {
            where.append(" AND f.status = :status");
            params.put("status", status.name());
        }
        long total = jdbc.sql("SELECT count(*) FROM ind_form f" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Form> items = jdbc.sql(FORM_SELECT + where + " ORDER BY f.year DESC, u.ancestors, u.sort_order, f.id LIMIT :limit OFFSET :offset")
                .params(params).query(IndicatorForms::form).list();
        return Page.of(items, total, page);
    }

    /** The form's change history, oldest first. */
    public List<Change> history(long id, ScopeFilter scope) {
        form(id, scope);
        return jdbc.sql("""
                        SELECT c.action, c.code, c.old_text, c.new_text, c.comment, c.changed_at, c.changed_by
                        FROM ind_form_change c WHERE c.form_id = :id ORDER BY c.changed_at, c.id""")
                .param("id", id)
                .query((rs, n) -> new Change(rs.getString("action"), rs.getString("code"),
                        rs.getString("code") == null ? null : catalog.find(rs.getString("code")).map(CatalogEntry::name).orElse(rs.getString("code")),
                        rs.getString("old_text"), rs.getString("new_text"), rs.getString("comment"),
                        rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by"))).list();
    }

    private void change(Form form, @Nullable String code, String action, @Nullable String oldText,
                        @Nullable String newText, @Nullable String comment, Timestamp at, String by) {
        jdbc.sql("""
                        INSERT INTO ind_form_change (county_code, form_id, unit_id, code, action, old_text, new_text, comment,
                            changed_at, changed_by)
                        VALUES (:c, :f, :u, :code, :action, :old, :new, :comment, :at, :by)""")
                .param("c", form.countyCode()).param("f", form.id()).param("u", form.unitId()).param("code", code)
                .param("action", action).param("old", cut(oldText)).param("new", cut(newText)).param("comment", comment)
                .param("at", at).param("by", by).update();
    }

    private void touch(long id, Timestamp now, String by) {
        jdbc.sql("UPDATE ind_form SET updated_at = :now, updated_by = :by, version = version + 1 WHERE id = :id")
                .param("now", now).param("by", by).param("id", id).update();
    }

    private static @Nullable String cut(@Nullable String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200);
    }
}
