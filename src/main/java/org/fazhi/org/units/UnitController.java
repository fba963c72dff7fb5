package org.fazhi.org.units;

import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDataExported;
import org.fazhi.org.UnitKind;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;

/** The unit pages (单位管理): tree and list with filters, paging and export; create, edit, move and close. */
@Controller
@RequestMapping("/org/units")
class UnitController {

    /** Units shown in the tree and in choosers; a county has a few hundred, a province view is cut here. */
    static final int TREE_LIMIT = 3000;

    private final Units units;
    private final UnitManagement management;
    private final ApplicationEventPublisher events;

    UnitController(Units units, UnitManagement management, ApplicationEventPublisher events) {
        this.units = units;
        this.management = management;
        this.events = events;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('org:unit:view')")
    String list(@RequestParam(required = false) String name, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String flag, @RequestParam(required = false) String status,
                @RequestParam(required = false) Long under, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
        CurrentUser user = CurrentUser.require();
        UnitFilter filter = filter(name, kind, flag, status, under, user);
        Page<Unit> result = units.page(user.filter(), filter, PageQuery.of(page, size));
        model.addAttribute("page", result);
        model.addAttribute("pager", Pager.of(result, request));
        model.addAttribute("tree", UnitTree.build(units.entries(user.filter(), TREE_LIMIT)));
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("name", filter.name());
        model.addAttribute("kind", filter.kind() == null ? null : filter.kind().name());
        model.addAttribute("flag", filter.flag());
        model.addAttribute("status", status == null ? Unit.ACTIVE : status);
        model.addAttribute("under", filter.under() == null ? null
                : units.find(filter.under(), user.filter()).orElseThrow());
        model.addAttribute("canManage", user.can("org:unit:manage"));
        return "org/units";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('org:unit:view')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String name,
                                  @RequestParam(required = false) String kind,
                                  @RequestParam(required = false) String flag,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) Long under) {
        CurrentUser user = CurrentUser.require();
        List<Unit> rows = units.list(user.filter(), filter(name, kind, flag, status, under, user), Xlsx.MAX_EXPORT_ROWS);
        List<List<Object>> data = new ArrayList<>();
        for (Unit u : rows) {
            data.add(List.of(u.name(), nz(u.shortName()), u.kind().label(), nz(u.parentName()), nz(u.regionCode()),
                    nz(u.creditCode()), nz(u.docPrefix()), yes(u.enforcementBody()), yes(u.normdocIssuer()),
                    yes(u.reconsiderationBody()), u.sortOrder(), u.statusLabel()));
        }
        events.publishEvent(new OrgDataExported(user.countyCode(), user.username(), "org_unit", rows.size(), false,
                "导出单位名单 " + rows.size() + " 条"));
        return Xlsx.download("单位名单.xlsx", "单位", List.of("单位名称", "简称", "类型", "上级单位", "行政区划代码",
                "统一社会信用代码", "发文代字", "执法主体", "规范性文件制定主体", "复议机关", "排序号", "状态"), data);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('org:unit:manage')")
    String createForm(@RequestParam(required = false) Long parent, Model model) {
        UnitForm form = new UnitForm();
        form.setParentId(parent);
        form.setKind(UnitKind.DEPARTMENT.name());
        return form(model, form, null, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('org:unit:manage')")
    String create(@ModelAttribute("form") UnitForm form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return form(model, form, null, "排序号必须是整数");
        }
        try {
            long id = management.create(form, CurrentUser.require());
            return "redirect:/org/units/" + id + "?saved";
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            return form(model, form, null, e.getMessage());
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('org:unit:view')")
    String edit(@PathVariable long id, Model model) {
        Unit unit = units.find(id, CurrentUser.require().filter())
                .orElseThrow(() -> BusinessException.notFound(UnitManagement.NOT_FOUND));
        return form(model, UnitForm.of(unit), unit, null);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('org:unit:manage')")
    String update(@PathVariable long id, @ModelAttribute("form") UnitForm form, BindingResult binding, Model model) {
        CurrentUser user = CurrentUser.require();
        Unit unit = units.find(id, user.filter())
                .orElseThrow(() -> BusinessException.notFound(UnitManagement.NOT_FOUND));
        if (binding.hasErrors()) {
            return form(model, form, unit, "排序号必须是整数");
        }
        try {
            management.update(id, form, user);
            return "redirect:/org/units/" + id + "?saved";
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            return form(model, form, unit, e.getMessage());
        }
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('org:unit:manage')")
    String close(@PathVariable long id) {
        management.close(id, CurrentUser.require());
        return "redirect:/org/units/" + id + "?closed";
    }

    private String form(Model model, UnitForm form, Unit unit, String error) {
        CurrentUser user = CurrentUser.require();
        List<UnitTree.Entry> entries = units.entries(user.filter(), TREE_LIMIT);
        if (unit != null) {
            // A unit cannot go under itself or its own descendants, so they are not offered as parents.
            entries = entries.stream().filter(e -> e.id() != unit.id() && !e.below(unit.path())).toList();
        }
        List<UnitTree.Option> parents = new ArrayList<>(UnitTree.options(entries));
        if (unit != null && unit.parentId() != null && parents.stream().noneMatch(o -> o.id() == unit.parentId())) {
            // The current parent of the user's own top unit lies outside the scope: it may stay, not be chosen anew.
            units.findAny(unit.parentId()).ifPresent(p -> parents.add(0, new UnitTree.Option(p.id(), p.name(), p.kind(), 0)));
        }
        model.addAttribute("form", form);
        model.addAttribute("unit", unit);
        model.addAttribute("error", error);
        model.addAttribute("parents", parents);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("regions", units.regions(user.countyCode()));
        model.addAttribute("canManage", user.can("org:unit:manage") && (unit == null || unit.active()));
        return "org/unit-form";
    }

    private UnitFilter filter(String name, String kind, String flag, String status, Long under, CurrentUser user) {
        UnitKind parsedKind = Lists.blankToNull(kind) == null ? null : UnitKind.fromLabel(kind.trim()).orElse(null);
        String parsedStatus = status == null ? Unit.ACTIVE : switch (status) {
            case Unit.ACTIVE, Unit.CLOSED -> status;
            default -> null;
        };
        if (under != null && units.find(under, user.filter()).isEmpty()) {
            throw BusinessException.notFound(UnitManagement.NOT_FOUND);
        }
        return new UnitFilter(Lists.blankToNull(name), parsedKind, Lists.blankToNull(flag), parsedStatus, under);
    }

    private static Object nz(Object value) {
        return value == null ? "" : value;
    }

    private static String yes(boolean value) {
        return value ? "是" : "否";
    }
}
