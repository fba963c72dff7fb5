package org.fazhi.org.imports;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDataImported;
import org.fazhi.org.imports.ImportReport.RowError;
import org.fazhi.org.imports.SheetReader.Numbered;
import org.fazhi.org.people.People;
import org.fazhi.org.people.PersonDraft;
import org.fazhi.org.people.PersonRules;
import org.fazhi.org.units.Unit;
import org.fazhi.org.units.Units;
import org.fazhi.shared.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports people from a spreadsheet (人员批量导入), all or nothing: unknown units, bad identity numbers (GB 11643),
 * mobiles, gender that contradicts the identity number, and people already registered (same identity number, or the
 * same name in the same unit without one) are reported row by row and nothing is imported.
 */
@Service
class PersonImport {

    static final String KIND = "PERSON";

    private final People people;
    private final Units units;
    private final ImportBatches batches;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonImport(People people, Units units, ImportBatches batches, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.units = units;
        this.batches = batches;
        this.events = events;
        this.clock = clock;
    }

    private record Row(int row, PersonDraft draft, String unitName) {
    }

    @Transactional
    public ImportReport run(String fileName, byte[] bytes, CurrentUser user) {
        ImportFile<PersonSheetRow> file = ImportFile.open(KIND, "人员导入模板", fileName, bytes, user.countyCode(), batches,
                PersonSheetRow.class, PersonSheetRow.REQUIRED, clock.getZone());
        if (file.rejection() != null) {
            return file.rejection();
        }
        String hash = file.hash();
        SheetReader.Sheet<PersonSheetRow> sheet = file.sheet();
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = parse(sheet.rows(), errors);
        Set<String> unitNames = new HashSet<>();
        Set<String> idNumbers = new HashSet<>();
        rows.forEach(r -> {
            if (r.unitName() != null) {
                unitNames.add(r.unitName());
            }
            if (r.draft().idNumber() != null) {
                idNumbers.add(r.draft().idNumber());
            }
        });
        Map<String, Unit> unitsByName = units.activeByName(user.filter(), unitNames);
        String county = user.countyCode();
        Set<String> registered = new HashSet<>(people.idNumbersInUse(county, idNumbers, null));
        Set<String> namesInUnits = new HashSet<>(people.namesInUnits(county,
                unitsByName.values().stream().map(Unit::id).toList()));
        Map<String, Integer> idRow = new HashMap<>();
        Map<String, Integer> nameRow = new HashMap<>();
        for (Row r : rows) {
            PersonDraft d = r.draft();
            PersonRules.check(d).forEach(p -> errors.add(new RowError(r.row(), "", p)));
            Unit unit = r.unitName() == null ? null : unitsByName.get(r.unitName());
            if (r.unitName() == null) {
                errors.add(new RowError(r.row(), "所在单位", "所在单位不能为空"));
            } else if (unit == null) {
                errors.add(new RowError(r.row(), "所在单位", "所在单位“" + r.unitName() + "”不存在或不在您的数据范围内"));
            }
            if (d.idNumber() != null) {
                Integer first = idRow.putIfAbsent(d.idNumber(), r.row());
                if (first != null) {
                    errors.add(new RowError(r.row(), "身份证号", "身份证号与第" + first + "行重复"));
                } else if (registered.contains(d.idNumber())) {
                    errors.add(new RowError(r.row(), "身份证号", "该身份证号已登记，不能重复导入同一人"));
                }
            }
            if (unit != null && d.name() != null) {
                String key = unit.id() + "/" + d.name();
                Integer first = nameRow.putIfAbsent(key, r.row());
                if (d.idNumber() == null && first != null) {
                    errors.add(new RowError(r.row(), "姓名", "与第" + first
                            + "行是同一单位的同名人员；如确为两人，请填写身份证号加以区分"));
                } else if (d.idNumber() == null && namesInUnits.contains(key)) {
                    errors.add(new RowError(r.row(), "姓名", "“" + r.unitName() + "”已有人员“" + d.name()
                            + "”；如确为另一人，请填写身份证号加以区分"));
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::row));
            return ImportReport.rejected(KIND, fileName, rows.size(), errors);
        }
        Instant now = clock.instant();
        long batchId;
        try {
            batchId = batches.insert(county, KIND, hash, fileName, rows.size(), user.username(), now);
        } catch (DuplicateKeyException e) {
            throw BusinessException.conflict("该文件正在或已经被导入，不能重复导入");
        }
        List<People.NewPerson> created = rows.stream().map(r -> {
            Unit unit = unitsByName.get(r.unitName());
            return new People.NewPerson(unit.countyCode(), unit.id(), r.draft());
        }).toList();
        people.insertAll(created, user.username(), now);
        events.publishEvent(new OrgDataImported(county, user.username(), KIND, batchId, rows.size(),
                "从“" + fileName + "”导入人员 " + rows.size() + " 人"));
        return new ImportReport(KIND, fileName, rows.size(), List.of(), batchId, false);
    }

    private static List<Row> parse(List<Numbered<PersonSheetRow>> sheet, List<RowError> errors) {
        List<Row> rows = new ArrayList<>();
        for (Numbered<PersonSheetRow> n : sheet) {
            PersonSheetRow raw = n.value();
            boolean leader = ImportSupport.yesNo(raw.getLeader()).orElseGet(() -> {
                errors.add(new RowError(n.row(), "单位负责人", "单位负责人应填“是”或“否”"));
                return false;
            });
            PersonDraft draft = new PersonDraft(raw.getName(), raw.getGender(), raw.getIdNumber(), raw.getMobile(),
                    raw.getPosition(), leader).withDerivedGender();
            rows.add(new Row(n.row(), draft, ImportSupport.blankToNull(raw.getUnit())));
        }
        return rows;
    }
}
