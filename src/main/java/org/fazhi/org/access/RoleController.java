package org.fazhi.org.access;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.shared.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The role pages (角色权限): roles with their data scope and permissions. */
@Controller
@RequestMapping("/org/roles")
@PreAuthorize("hasAuthority('org:role:manage')")
class RoleController {

    private final Roles roles;
    private final RoleManagement management;

    RoleController(Roles roles, RoleManagement management) {
        this.roles = roles;
        this.management = management;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("roles", roles.all());
        model.addAttribute("catalogue", names());
        return "org/roles";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        RoleForm form = new RoleForm();
        form.setScope(DataScope.OWN_UNIT.name());
        return form(model, form, null, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") RoleForm form, Model model) {
        try {
            long id = management.create(form, CurrentUser.require());
            return "redirect:/org/roles/" + id + "?saved";
        } catch (BusinessException e) {
            return form(model, form, null, e.getMessage());
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Role role = roles.find(id).orElseThrow(() -> BusinessException.notFound("角色不存在"));
        return form(model, RoleForm.of(role), role, null);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") RoleForm form, Model model) {
        Role role = roles.find(id).orElseThrow(() -> BusinessException.notFound("角色不存在"));
        try {
            management.update(id, form, CurrentUser.require());
            return "redirect:/org/roles/" + id + "?saved";
        } catch (BusinessException e) {
            form.setCode(role.code());
            return form(model, form, role, e.getMessage());
        }
    }

    private String form(Model model, RoleForm form, Role role, String error) {
        Map<String, List<Permission>> byModule = new LinkedHashMap<>();
        roles.catalogue().forEach(p -> byModule.computeIfAbsent(p.module(), k -> new java.util.ArrayList<>()).add(p));
        model.addAttribute("form", form);
        model.addAttribute("role", role);
        model.addAttribute("error", error);
        model.addAttribute("modules", byModule);
        model.addAttribute("scopes", DataScope.values());
        return "org/role-form";
    }

    private Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        roles.catalogue().forEach(p -> names.put(p.code(), p.name()));
        return names;
    }
}
