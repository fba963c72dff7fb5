package org.fazhi.org.access;

import org.fazhi.org.DataScope;

import java.util.List;

/**
 * A role (角色): a named set of permissions with a data scope (数据范围).
 *
 * @param builtin one of the seven roles every deployment has; its code cannot change
 */
public record Role(long id, String code, String name, DataScope scope, String description, boolean builtin,
                   List<String> permissions) {

    public Role {
        permissions = List.copyOf(permissions);
    }

    public String scopeLabel() {
        return scope.label();
    }
}
