package org.fazhi.org.access;

import java.util.ArrayList;
import java.util.List;

/** The role form (角色表单) as posted. */
public class RoleForm {

    private String code;
    private String name;
    private String description;
    private String scope;
    private List<String> permissions = new ArrayList<>();

    static RoleForm of(Role role) {
        RoleForm form = new RoleForm();
        form.code = role.code();
        form.name = role.name();
        form.description = role.description();
        form.scope = role.scope().name();
        form.permissions = new ArrayList<>(role.permissions());
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions == null ? new ArrayList<>() : permissions;
    }
}
