package org.fazhi.org.people;

import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDataExported;
import org.fazhi.org.units.UnitTree;
import org.fazhi.org.units.Units;
import org.fazhi.org.web.Lists;
import org.fazhi.org.web.Pager;
import org.fazhi.org.web.Xlsx;
import org.fazhi.shared.BusinessException;
import org.fazhi.shared.Page;
import org.fazhi.shared.PageQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;

/** The people pages (人员管理): list with masked PII, filters, paging and export; create and edit. */
@Controller
@RequestMapping("/org/people")
class PersonController {

    static final String PII = "org:person:pii";

    private final People people;
    private final Units units;
    private final PersonManagement management;
    private final ApplicationEventPublisher events;

    PersonController(People people, Units units, PersonManagement management, ApplicationEventPublisher events) {
        this.people = people;
        this.units = units;
        this.management = management;
        this.events = events;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('org:person:view')")
    String list(@RequestParam(required = false) String name, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
        CurrentUser user = CurrentUser.require();
        PersonFilter filter = filter(name, unit, status, user);
        Page<Person> result = people.page(user.filter(), filter, PageQuery.of(page, size), user.can(PII));
        model.addAttribute("page", result);
        model.addAttribute("pager", Pager.of(result, request));
        model.addAttribute("units", UnitTree.options(units.entries(user.filter(), 3000)));
        model.addAttribute("name", filter.name());
        model.addAttribute("unit", filter.unitId());
        model.addAttribute("status", status == null ? Person.ACTIVE : status);
        model.addAttribute("canManage", user.can("org:person:manage"));
        return "org/people";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('org:person:view')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String name,
                                  @RequestParam(required = false) Long unit,
                                  @RequestParam(required = false) String status) {
        CurrentUser user = CurrentUser.require();
        boolean pii = user.can(PII);
        List<Person> rows = people.list(user.filter(), filter(name, unit, status, user), Xlsx.MAX_EXPORT_ROWS, pii);
        List<List<Object>> data = new ArrayList<>();
        for (Person p : rows) {
            data.add(List.of(p.name(), nz(p.gender()), p.unitName(), nz(p.position()), nz(p.idNumber()),
                    nz(p.mobile()), p.leader() ? "是" : "否", p.statusLabel()));
        }
        events.publishEvent(new OrgDataExported(user.countyCode(), user.username(), "org_person", rows.size(), pii,
                "导出人员名单 " + rows.size() + " 条" + (pii ? "（含完整身份证号和手机号）" : "（已脱敏）")));
        return Xlsx.download("人员名单.xlsx", "人员",
                List.of("姓名", "性别", "所在单位", "职务", "身份证号", "手机号", "单位负责人", "状态"), data);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('org:person:manage')")
    String createForm(@RequestParam(required = false) Long unit, Model model) {
        PersonForm form = new PersonForm();
        form.setUnitId(unit);
        return form(model, form, null, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('org:person:manage')")
    String create(@ModelAttribute("form") PersonForm form, Model model) {
        try {
            long id = management.create(form, CurrentUser.require());
            return "redirect:/org/people/" + id + "?saved";
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            return form(model, form, null, e.getMessage());
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('org:person:view')")
    String edit(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.require();
        Person person = people.find(id, user.filter(), user.can(PII))
                .orElseThrow(() -> BusinessException.notFound(PersonManagement.NOT_FOUND));
        return form(model, PersonForm.of(person), person, null);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('org:person:manage')")
    String update(@PathVariable long id, @ModelAttribute("form") PersonForm form, Model model) {
        CurrentUser user = CurrentUser.require();
        Person person = people.find(id, user.filter(), user.can(PII))
                .orElseThrow(() -> BusinessException.notFound(PersonManagement.NOT_FOUND));
        try {
            management.update(id, form, user);
            return "redirect:/org/people/" + id + "?saved";
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            return form(model, form, person, e.getMessage());
        }
    }

    private String form(Model model, PersonForm form, Person person, String error) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("form", form);
        model.addAttribute("person", person);
        model.addAttribute("error", error);
        model.addAttribute("units", UnitTree.options(units.entries(user.filter(), 3000)));
        model.addAttribute("canManage", user.can("org:person:manage"));
        model.addAttribute("pii", user.can(PII));
        return "org/person-form";
    }

    private PersonFilter filter(String name, Long unit, String status, CurrentUser user) {
        if (unit != null && units.find(unit, user.filter()).isEmpty()) {
            throw BusinessException.notFound("单位不存在或不在您的数据范围内");
        }
        String parsedStatus = status == null ? Person.ACTIVE : switch (status) {
            case Person.ACTIVE, Person.LEFT -> status;
            default -> null;
        };
        return new PersonFilter(Lists.blankToNull(name), unit, parsedStatus);
    }

    private static Object nz(Object value) {
        return value == null ? "" : value;
    }
}
