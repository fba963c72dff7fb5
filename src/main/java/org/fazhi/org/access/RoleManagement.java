package org.fazhi.org.access;

import org.fazhi.org.CurrentUser;
import org.fazhi.org.DataScope;
import org.fazhi.org.RolePermissionsChanged;
import org.fazhi.shared.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Creating roles and changing what they permit (角色权限维护). Every change of permissions or data scope is a permission
 * change and publishes {@link RolePermissionsChanged}. Accounts pick up the change at their next sign-in.
 */
@Service
class RoleManagement {

    static final String ADMIN = "ADMIN";
    static final String ROLE_MANAGE = "org:role:manage";

    private final Roles roles;
    private final ApplicationEventPublisher events;
    private final org.fazhi.org.CountySettings home;

    RoleManagement(Roles roles, ApplicationEventPublisher events, org.fazhi.org.CountySettings home) {
        this.roles = roles;
        this.events = events;
        this.home = home;
    }

    /**
     * Roles are shared by every county of a deployment, so only the deployment's own county ({@code fazhi.county.code})
     * or a province-wide administrator may define them; the administrator of a county added with {@code add-county}
     * would otherwise change every other county's permissions.
     */
    private void requireRoleAuthority(CurrentUser user) {
        if (user.scope() != org.fazhi.org.DataScope.PROVINCE && !home.code().equals(user.countyCode())) {
            throw BusinessException.forbidden("角色为各县区共用，须由本平台主管县区或省级管理员调整");
        }
    }

    @Transactional
    long create(RoleForm form, CurrentUser user) {
        requireRoleAuthority(user);
        String code = form.getCode() == null ? "" : form.getCode().trim();
        if (!code.matches("[A-Z][A-Z0-9_]{1,49}")) {
            throw BusinessException.invalid("角色代码应为2至50位大写字母、数字或下划线，并以字母开头");
        }
        if (roles.byCode(code).isPresent()) {
            throw BusinessException.conflict("角色代码“" + code + "”已存在");
        }
        Checked checked = check(form, user);
        long id = roles.insert(code, checked.name(), checked.scope(), checked.description());
        roles.grant(id, checked.permissions());
        events.publishEvent(new RolePermissionsChanged(user.countyCode(), user.username(), code,
                List.copyOf(checked.permissions()), List.of(), "新建角色“" + checked.name() + "”（" + code
                + "），数据范围" + checked.scope().label() + "，权限：" + checked.permissions()));
        return id;
    }

    @Transactional
    void update(long id, RoleForm form, CurrentUser user) {
        requireRoleAuthority(user);
        Role role = roles.find(id).orElseThrow(() -> BusinessException.notFound("角色不存在"));
        if (role.scope().ordinal() > user.scope().ordinal()) {
            throw BusinessException.forbidden("不能修改数据范围大于本人的角色“" + role.name() + "”");
        }
        Checked checked = check(form, user);
        if (role.code().equals(ADMIN) && !checked.permissions().contains(ROLE_MANAGE)) {
            throw BusinessException.invalid("系统管理员角色必须保留“管理角色与权限”，否则无人能再调整权限");
        }
        Set<String> before = new TreeSet<>(role.permissions());
        Set<String> added = new TreeSet<>(checked.permissions());
        added.removeAll(before);
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(checked.permissions());
        roles.update(id, checked.name(), checked.scope(), checked.description());
        roles.grant(id, added);
        roles.revoke(id, removed);
        StringBuilder summary = new StringBuilder("修改角色“" + checked.name() + "”");
        if (!added.isEmpty() || !removed.isEmpty()) {
            summary.append("：增加权限").append(added).append("，取消权限").append(removed);
        }
        if (role.scope() != checked.scope()) {
            summary.append("，数据范围由").append(role.scope().label()).append("改为").append(checked.scope().label());
        }
        if (!role.name().equals(checked.name())) {
            summary.append("，名称原为“").append(role.name()).append("”");
        }
        events.publishEvent(new RolePermissionsChanged(user.countyCode(), user.username(), role.code(),
                List.copyOf(added), List.copyOf(removed), summary.toString()));
    }

    private record Checked(String name, DataScope scope, String description, Set<String> permissions) {
    }

    private Checked check(RoleForm form, CurrentUser user) {
        List<String> problems = new ArrayList<>();
        String name = form.getName() == null ? "" : form.getName().trim();
        if (name.isEmpty() || name.length() > 100) {
            problems.add("角色名称不能为空，且不超过100个字");
        }
        String description = form.getDescription() == null || form.getDescription().isBlank() ? null
                : form.getDescription().trim();
        if (description != null && description.length() > 500) {
            problems.add("说明不能超过500个字");
        }
        DataScope scope = null;
        try {
            scope = DataScope.valueOf(form.getScope() == null ? "" : form.getScope());
        } catch (IllegalArgumentException e) {
            problems.add("请选择数据范围");
        }
        if (scope != null && scope.ordinal() > user.scope().ordinal()) {
            problems.add("角色的数据范围不能超过您自己的数据范围（" + user.scope().label() + "）");
        }
        Set<String> known = new LinkedHashSet<>();
        roles.catalogue().forEach(p -> known.add(p.code()));
        Set<String> permissions = new TreeSet<>(form.getPermissions());
        for (String permission : permissions) {
            if (!known.contains(permission)) {
                problems.add("未知权限“" + permission + "”");
            }
        }
        if (!problems.isEmpty()) {
            throw BusinessException.invalid(String.join("；", problems));
        }
        return new Checked(name, scope, description, permissions);
    }
}
