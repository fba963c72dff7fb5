package org.fazhi.org.access;

import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.org.CurrentUser;
import org.fazhi.org.OrgDataExported;
import org.fazhi.org.people.People;
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

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The account pages (账号管理). A generated password is rendered straight into the response of the request that made
 * it, never put in the session or a redirect, so it is shown exactly once.
 */
@Controller
@RequestMapping("/org/accounts")
@PreAuthorize("hasAuthority('org:account:manage')")
class AccountController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ManagedAccounts accounts;
    private final AccountManagement management;
    private final Roles roles;
    private final Units units;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountController(ManagedAccounts accounts, AccountManagement management, Roles roles, Units units, People people,
                      ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.management = management;
        this.roles = roles;
        this.units = units;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) String state, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
        CurrentUser user = CurrentUser.require();
        ManagedAccounts.Filter filter = filter(q, unit, state, user);
        Page<Account> result = accounts.page(user.filter(), filter, PageQuery.of(page, size), clock.instant());
        model.addAttribute("page", result);
        model.addAttribute("pager", Pager.of(result, request));
        model.addAttribute("units", UnitTree.options(units.entries(user.filter(), 3000)));
        model.addAttribute("q", filter.text());
        model.addAttribute("unit", filter.unitId());
        model.addAttribute("state", filter.state());
        model.addAttribute("zone", clock.getZone());
        return "org/accounts";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
                                  @RequestParam(required = false) String state) {
        CurrentUser user = CurrentUser.require();
        List<Account> rows = accounts.list(user.filter(), filter(q, unit, state, user), Xlsx.MAX_EXPORT_ROWS,
                clock.instant());
        ZoneId zone = clock.getZone();
        List<List<Object>> data = new ArrayList<>();
        for (Account a : rows) {
            data.add(List.of(a.username(), a.displayName(), a.unitName() == null ? "" : a.unitName(),
                    String.join("、", a.roleNames()), a.stateLabel(),
                    a.lastLoginAt() == null ? "" : TIME.format(a.lastLoginAt().atZone(zone))));
        }
        events.publishEvent(new OrgDataExported(user.countyCode(), user.username(), "org_account", rows.size(), false,
                "导出账号名单 " + rows.size() + " 条"));
        return Xlsx.download("账号名单.xlsx", "账号", List.of("用户名", "显示名", "单位", "角色", "状态", "最后登录"),
                data);
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long unit, Model model) {
        AccountForm form = new AccountForm();
        form.setUnitId(unit);
        return form(model, form, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") AccountForm form, Model model) {
        try {
            model.addAttribute("issued", management.create(form, CurrentUser.require()));
            model.addAttribute("created", true);
            return "org/account-password";
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            return form(model, form, e.getMessage());
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return detail(model, management.find(id, CurrentUser.require()), null);
    }

    @PostMapping("/{id}/roles")
    String changeRoles(@PathVariable long id, @RequestParam(required = false) List<Long> roleIds, Model model) {
        CurrentUser user = CurrentUser.require();
        Account account = management.find(id, user);
        try {
            management.changeRoles(id, roleIds, user);
            return "redirect:/org/accounts/" + id + "?saved";
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                throw e;
            }
            return detail(model, account, e.getMessage());
        }
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, Model model) {
        model.addAttribute("issued", management.resetPassword(id, CurrentUser.require()));
        model.addAttribute("created", false);
        return "org/account-password";
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id) {
        management.setEnabled(id, true, CurrentUser.require());
        return "redirect:/org/accounts/" + id + "?saved";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id) {
        management.setEnabled(id, false, CurrentUser.require());
        return "redirect:/org/accounts/" + id + "?saved";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id) {
        management.unlock(id, CurrentUser.require());
        return "redirect:/org/accounts/" + id + "?saved";
    }

    private String detail(Model model, Account account, String error) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("account", account);
        model.addAttribute("roles", grantableRoles(user));
        model.addAttribute("error", error);
        model.addAttribute("self", account.id() == user.accountId());
        model.addAttribute("zone", clock.getZone());
        return "org/account-detail";
    }

    private String form(Model model, AccountForm form, String error) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("units", UnitTree.options(units.entries(user.filter(), 3000)));
        model.addAttribute("people", people.active(user.filter(), 2000));
        model.addAttribute("roles", grantableRoles(user));
        return "org/account-form";
    }

    private List<Role> grantableRoles(CurrentUser user) {
        return roles.all().stream().filter(r -> RoleGrants.canGrant(user, r)).toList();
    }

    private ManagedAccounts.Filter filter(String q, Long unit, String state, CurrentUser user) {
        if (unit != null && units.find(unit, user.filter()).isEmpty()) {
            throw BusinessException.notFound("单位不存在或不在您的数据范围内");
        }
        return new ManagedAccounts.Filter(Lists.blankToNull(q), unit, Lists.blankToNull(state));
    }
}
