package org.fazhi.org;

import org.fazhi.shared.AuditableEvent;

import java.util.List;

/**
 * A role was created or changed: its permissions, data scope or name (权限变更). Roles are shared by every county
 * of a deployment, so the event is recorded under the acting administrator's county.
 *
 * @param added   permissions granted by this change
 * @param removed permissions withdrawn by this change
 */
public record RolePermissionsChanged(String countyCode, String actor, String roleCode, List<String> added,
                                     List<String> removed, String summary) implements AuditableEvent {

    public RolePermissionsChanged {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    @Override
    public String action() {
        return "org.role.permissions-changed";
    }

    @Override
    public String objectType() {
        return "org_role";
    }

    @Override
    public String objectId() {
        return roleCode;
    }
}
