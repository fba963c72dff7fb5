package org.fazhi.org.people;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.PersonChanged;
import org.fazhi.org.units.Unit;
import org.fazhi.org.units.Units;
import org.fazhi.shared.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Registering and changing people (人员维护). People are never deleted: one who leaves is marked 离职. Identity numbers
 * and mobiles posted back masked (the editor cannot see them) keep their stored values.
 */
@Service
public class PersonManagement {

    static final String NOT_FOUND = "人员不存在或不在您的数据范围内";

    private final People people;
    private final Units units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonManagement(People people, Units units, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long create(PersonForm form, CurrentUser user) {
        Unit unit = unit(form.getUnitId(), user);
        PersonDraft draft = form.draft().withDerivedGender();
        List<String> problems = new ArrayList<>(PersonRules.check(draft));
        problems.addAll(conflicts(unit.countyCode(), draft, null));
        reject(problems);
        long id = people.insert(unit.countyCode(), unit.id(), draft, user.username(), clock.instant());
        events.publishEvent(new PersonChanged(unit.countyCode(), user.username(), "org.person.created", id,
                "登记人员“" + draft.name() + "”，所在单位“" + unit.name() + "”"));
        return id;
    }

    @Transactional
    public void update(long id, PersonForm form, CurrentUser user) {
        Person person = people.find(id, user.filter(), true)
                .orElseThrow(() -> BusinessException.notFound(NOT_FOUND));
        if (form.getVersion() == null || form.getVersion() != person.version()) {
            throw BusinessException.conflict("该人员信息已被他人修改，请刷新页面后重新编辑");
        }
        Unit unit = form.getUnitId() != null && form.getUnitId() == person.unitId()
                ? units.find(person.unitId(), user.filter()).orElseThrow(() -> BusinessException.notFound(NOT_FOUND))
                : unit(form.getUnitId(), user);
        String status = form.getStatus() == null ? person.status() : form.getStatus();
        if (!Person.ACTIVE.equals(status) && !Person.LEFT.equals(status)) {
            throw BusinessException.invalid("状态只能是在职或离职");
        }
        PersonDraft posted = form.draft();
        PersonDraft draft = new PersonDraft(posted.name(), posted.gender(),
                keepIfMasked(posted.idNumber(), person.idNumber()), keepIfMasked(posted.mobile(), person.mobile()),
                posted.position(), posted.leader()).withDerivedGender();
        List<String> problems = new ArrayList<>(PersonRules.check(draft));
        problems.addAll(conflicts(unit.countyCode(), draft, id));
        reject(problems);
        if (people.update(id, person.version(), unit.id(), draft, status, user.username(), clock.instant()) == 0) {
            throw BusinessException.conflict("该人员信息已被他人修改，请刷新页面后重新编辑");
        }
        events.publishEvent(new PersonChanged(unit.countyCode(), user.username(), "org.person.updated", id,
                "修改人员“" + draft.name() + "”的信息" + (person.unitId() != unit.id()
                        ? "，调至“" + unit.name() + "”" : "") + (status.equals(person.status()) ? ""
                        : Person.LEFT.equals(status) ? "，标为离职" : "，恢复在职")));
    }

    private Unit unit(Long unitId, CurrentUser user) {
        if (unitId == null) {
            throw BusinessException.invalid("请选择所在单位");
        }
        Unit unit = units.find(unitId, user.filter())
                .orElseThrow(() -> BusinessException.notFound("所在单位不存在或不在您的数据范围内"));
        if (!unit.active()) {
            throw BusinessException.invalid("单位“" + unit.name() + "”已撤销，不能在其中登记人员");
        }
        return unit;
    }

    /** A value posted back masked (it contains {@code *}) means "unchanged". */
    private static String keepIfMasked(String posted, String stored) {
        return posted != null && posted.contains("*") ? stored : posted;
    }

    private List<String> conflicts(String countyCode, PersonDraft draft, Long exceptId) {
        if (draft.idNumber() != null
                && !people.idNumbersInUse(countyCode, Set.of(draft.idNumber()), exceptId).isEmpty()) {
            return List.of("该身份证号已登记，不能重复登记同一人");
        }
        return List.of();
    }

    private static void reject(List<String> problems) {
        if (!problems.isEmpty()) {
            throw BusinessException.invalid(String.join("；", problems));
        }
    }
}
