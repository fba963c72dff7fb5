package org.fazhi.org.imports;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDataImported;
import org.fazhi.org.UnitKind;
import org.fazhi.org.imports.ImportReport.RowError;
import org.fazhi.org.imports.SheetReader.Numbered;
import org.fazhi.org.units.Unit;
import org.fazhi.org.units.UnitDraft;
import org.fazhi.org.units.UnitRules;
import org.fazhi.org.units.Units;
import org.fazhi.shared.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports units from a spreadsheet (单位批量导入), all or nothing: every row is checked first (unknown parent or kind,
 * names, 代字 and credit codes already used in the sheet or the county, bad codes, the flag rules of
 * {@link UnitRules}); any problem means nothing is imported. A parent may be an existing unit in the importer's scope
 * or another row of the same sheet. The same file imported twice is refused.
 */
@Service
class UnitImport {

    static final String KIND = "UNIT";

    private final Units units;
    private final ImportBatches batches;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnitImport(Units units, ImportBatches batches, ApplicationEventPublisher events, Clock clock) {
        this.units = units;
        this.batches = batches;
        this.events = events;
        this.clock = clock;
    }

    private record Row(int row, UnitDraft draft, String parentName) {
    }

    @Transactional
    public ImportReport run(String fileName, byte[] bytes, CurrentUser user) {
        ImportFile<UnitSheetRow> file = ImportFile.open(KIND, "单位导入模板", fileName, bytes, user.countyCode(), batches,
                UnitSheetRow.class, UnitSheetRow.REQUIRED, clock.getZone());
        if (file.rejection() != null) {
            return file.rejection();
        }
        String hash = file.hash();
        SheetReader.Sheet<UnitSheetRow> sheet = file.sheet();
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = parse(sheet.rows(), errors);
        Map<String, Row> byName = new LinkedHashMap<>();
        rows.forEach(r -> {
            if (r.draft().name() != null) {
                byName.putIfAbsent(r.draft().name(), r);
            }
        });
        Set<String> outsideParents = new HashSet<>();
        rows.forEach(r -> {
            if (r.parentName() != null && !byName.containsKey(r.parentName())) {
                outsideParents.add(r.parentName());
            }
        });
        Map<String, Unit> existingParents = units.activeByName(user.filter(), outsideParents);
        String county = user.countyCode();
        Set<String> namesTaken = new HashSet<>(units.namesInUse(county, byName.keySet(), null));
        Set<String> prefixesTaken = new HashSet<>(units.activeValuesInUse(county, "doc_prefix",
                values(rows, UnitDraft::docPrefix), null));
        Set<String> creditTaken = new HashSet<>(units.activeValuesInUse(county, "credit_code",
                values(rows, UnitDraft::creditCode), null));
        Set<String> regionsKnown = new HashSet<>(units.knownRegions(county,
                values(rows, d -> d.regionCode() != null && d.regionCode().matches("\\d+") ? d.regionCode() : null)));
        Map<String, Integer> prefixRow = new HashMap<>();
        Map<String, Integer> creditRow = new HashMap<>();
        for (Row r : rows) {
            UnitDraft d = r.draft();
            UnitKind parentKind = null;
            if (r.parentName() == null) {
                errors.add(new RowError(r.row(), "上级单位", "上级单位不能为空"));
            } else if (r.parentName().equals(d.name())) {
                errors.add(new RowError(r.row(), "上级单位", "上级单位不能是本单位自己"));
            } else if (byName.containsKey(r.parentName())) {
                parentKind = byName.get(r.parentName()).draft().kind();
            } else if (existingParents.containsKey(r.parentName())) {
                parentKind = existingParents.get(r.parentName()).kind();
            } else {
                errors.add(new RowError(r.row(), "上级单位", "上级单位“" + r.parentName()
                        + "”不存在或不在您的数据范围内（可以是已有单位，也可以是本表中的另一行）"));
            }
            UnitRules.fields(d).forEach(p -> errors.add(new RowError(r.row(), "", p)));
            if (d.kind() != null) {
                UnitRules.flags(d).forEach(p -> errors.add(new RowError(r.row(), "", p)));
                if (parentKind != null) {
                    UnitRules.placement(parentKind, d.kind())
                            .ifPresent(p -> errors.add(new RowError(r.row(), "单位类型", p)));
                }
            }
            if (d.name() != null && byName.get(d.name()) != r) {
                errors.add(new RowError(r.row(), "单位名称", "单位名称“" + d.name() + "”与第"
                        + byName.get(d.name()).row() + "行重复"));
            } else if (d.name() != null && namesTaken.contains(d.name())) {
                errors.add(new RowError(r.row(), "单位名称", "单位“" + d.name() + "”已存在（含已撤销的单位），不能重复导入"));
            }
            unique(r, d.docPrefix(), "发文机关代字", prefixRow, prefixesTaken, errors);
            unique(r, d.creditCode(), "统一社会信用代码", creditRow, creditTaken, errors);
            if (d.regionCode() != null && d.regionCode().matches("\\d+") && !regionsKnown.contains(d.regionCode())) {
                errors.add(new RowError(r.row(), "行政区划代码", "行政区划代码“" + d.regionCode() + "”不是本县的区划"));
            }
        }
        errors.addAll(cycles(rows, byName));
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RowError::row));
            return ImportReport.rejected(KIND, fileName, rows.size(), errors);
        }
        return store(fileName, hash, rows, byName, existingParents, user);
    }

    private ImportReport store(String fileName, String hash, List<Row> rows, Map<String, Row> byName,
                               Map<String, Unit> existingParents, CurrentUser user) {
        Instant now = clock.instant();
        long batchId;
        try {
            batchId = batches.insert(user.countyCode(), KIND, hash, fileName, rows.size(), user.username(), now);
        } catch (DuplicateKeyException e) {
            throw BusinessException.conflict("该文件正在或已经被导入，不能重复导入");
        }
        List<Long> ids = units.allocateIds(rows.size());
        Map<String, Units.NewUnit> created = new HashMap<>();
        List<Units.NewUnit> ordered = new ArrayList<>();
        Deque<Row> pending = new ArrayDeque<>(rows);
        int next = 0;
        int waiting = 0;
        // Parents first: a row waits until the sheet row it hangs under has been placed (no cycles remain here).
        while (!pending.isEmpty()) {
            if (waiting > pending.size()) {
                throw new IllegalStateException("import rows could not be ordered parents-first");
            }
            Row r = pending.removeFirst();
            Units.NewUnit newUnit;
            if (existingParents.containsKey(r.parentName()) && !byName.containsKey(r.parentName())) {
                Unit parent = existingParents.get(r.parentName());
                newUnit = new Units.NewUnit(ids.get(next++), parent.countyCode(), parent.id(), parent.path(), r.draft());
            } else if (created.containsKey(r.parentName())) {
                Units.NewUnit parent = created.get(r.parentName());
                newUnit = new Units.NewUnit(ids.get(next++), parent.countyCode(), parent.id(),
                        parent.ancestors() + parent.id() + "/", r.draft());
            } else {
                pending.addLast(r);
                waiting++;
                continue;
            }
            waiting = 0;
            created.put(r.draft().name(), newUnit);
            ordered.add(newUnit);
        }
        units.insertAll(ordered, user.username(), now);
        events.publishEvent(new OrgDataImported(user.countyCode(), user.username(), KIND, batchId, rows.size(),
                "从“" + fileName + "”导入单位 " + rows.size() + " 个"));
        return new ImportReport(KIND, fileName, rows.size(), List.of(), batchId, false);
    }

    private static List<Row> parse(List<Numbered<UnitSheetRow>> sheet, List<RowError> errors) {
        List<Row> rows = new ArrayList<>();
        for (Numbered<UnitSheetRow> n : sheet) {
            UnitSheetRow raw = n.value();
            String kindText = ImportSupport.blankToNull(raw.getKind());
            UnitKind kind = kindText == null ? null : UnitKind.fromLabel(kindText).orElse(null);
            if (kindText == null) {
                errors.add(new RowError(n.row(), "单位类型", "单位类型不能为空"));
            } else if (kind == null) {
                errors.add(new RowError(n.row(), "单位类型", "未知的单位类型“" + kindText
                        + "”，可选：县政府、部门、乡镇、街道、村、社区、派出机构、事业单位、内设机构"));
            }
            boolean enforcement = flag(n.row(), "行政执法主体", raw.getEnforcementBody(), errors);
            boolean normdoc = flag(n.row(), "规范性文件制定主体", raw.getNormdocIssuer(), errors);
            boolean reconsideration = flag(n.row(), "行政复议机关", raw.getReconsiderationBody(), errors);
            int sort = 0;
            String sortText = ImportSupport.blankToNull(raw.getSortOrder());
            if (sortText != null) {
                try {
                    sort = Integer.parseInt(sortText.endsWith(".0") ? sortText.substring(0, sortText.length() - 2)
                            : sortText);
                } catch (NumberFormatException e) {
                    errors.add(new RowError(n.row(), "排序号", "排序号“" + sortText + "”不是整数"));
                }
            }
            UnitDraft draft = new UnitDraft(raw.getName(), raw.getShortName(), kind, raw.getRegionCode(),
                    raw.getCreditCode(), raw.getDocPrefix(), enforcement, normdoc, reconsideration, sort);
            rows.add(new Row(n.row(), draft, ImportSupport.blankToNull(raw.getParent())));
        }
        return rows;
    }

    private static boolean flag(int row, String column, String value, List<RowError> errors) {
        return ImportSupport.yesNo(value).orElseGet(() -> {
            errors.add(new RowError(row, column, column + "应填“是”或“否”，不能填“" + value.trim() + "”"));
            return false;
        });
    }

    private static void unique(Row r, String value, String column, Map<String, Integer> seen, Set<String> taken,
                               List<RowError> errors) {
        if (value == null) {
            return;
        }
        Integer first = seen.putIfAbsent(value, r.row());
        if (first != null) {
            errors.add(new RowError(r.row(), column, column + "“" + value + "”与第" + first + "行重复"));
        } else if (taken.contains(value)) {
            errors.add(new RowError(r.row(), column, column + "“" + value + "”已被其他单位使用"));
        }
    }

    /** Rows whose chain of sheet parents loops back on itself. */
    private static List<RowError> cycles(List<Row> rows, Map<String, Row> byName) {
        List<RowError> errors = new ArrayList<>();
        for (Row r : rows) {
            Set<String> seen = new HashSet<>();
            Row current = r;
            while (current != null && current.parentName() != null && byName.containsKey(current.parentName())
                    && !current.parentName().equals(current.draft().name())) {
                if (!seen.add(current.draft().name() == null ? "#" + current.row() : current.draft().name())) {
                    errors.add(new RowError(r.row(), "上级单位", "上级单位之间存在循环引用（如甲的上级是乙、乙的上级又是甲）"));
                    break;
                }
                current = byName.get(current.parentName());
            }
        }
        return errors;
    }

    private static Set<String> values(List<Row> rows, java.util.function.Function<UnitDraft, String> field) {
        Set<String> values = new HashSet<>();
        rows.forEach(r -> {
            String v = field.apply(r.draft());
            if (v != null) {
                values.add(v);
            }
        });
        return values;
    }
}
