package org.fazhi.org.access;

import org.fazhi.org.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Roles and their permissions (角色与权限). Roles are shared by every county of a deployment. */
@Repository
class Roles {

    private final JdbcClient jdbc;

    Roles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Role> all() {
        Map<Long, List<String>> permissions = new LinkedHashMap<>();
        jdbc.sql("SELECT role_id, permission FROM org_role_permission ORDER BY permission")
                .query((rs, n) -> permissions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return jdbc.sql("SELECT id, code, name, data_scope, description, is_builtin FROM org_role ORDER BY id")
                .query((rs, n) -> new Role(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        DataScope.valueOf(rs.getString("data_scope")), rs.getString("description"),
                        rs.getBoolean("is_builtin"), permissions.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    Optional<Role> find(long id) {
        return all().stream().filter(r -> r.id() == id).findFirst();
    }

    Optional<Role> byCode(String code) {
        return all().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** The permission catalogue plus any permission a role holds that the catalogue does not name yet. */
    List<Permission> catalogue() {
        return jdbc.sql("""
                        SELECT code, name, module_name FROM (
                          SELECT code, name, module_name, sort_order FROM org_permission
                          UNION ALL
                          SELECT DISTINCT rp.permission, rp.permission, '其他', 100000 FROM org_role_permission rp
                          WHERE NOT EXISTS (SELECT 1 FROM org_permission p WHERE p.code = rp.permission)
                        ) c ORDER BY sort_order, code""")
                .query((rs, n) -> new Permission(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    long insert(String code, String name, DataScope scope, String description) {
        return jdbc.sql("""
                        INSERT INTO org_role (code, name, data_scope, description, is_builtin)
                        VALUES (:code, :name, :scope, :description, FALSE) RETURNING id""")
                .param("code", code).param("name", name).param("scope", scope.name())
                .param("description", description).query(Long.class).single();
    }

    void update(long id, String name, DataScope scope, String description) {
        jdbc.sql("UPDATE org_role SET name = :name, data_scope = :scope, description = :description WHERE id = :id")
                .param("name", name).param("scope", scope.name()).param("description", description)
                .param("id", id).update();
    }

    void grant(long roleId, Collection<String> permissions) {
        for (String permission : permissions) {
            jdbc.sql("INSERT INTO org_role_permission (role_id, permission) VALUES (:r, :p) ON CONFLICT DO NOTHING")
                    .param("r", roleId).param("p", permission).update();
        }
    }

    void revoke(long roleId, Set<String> permissions) {
        if (!permissions.isEmpty()) {
            jdbc.sql("DELETE FROM org_role_permission WHERE role_id = :r AND permission IN (:p)")
                    .param("r", roleId).param("p", List.copyOf(permissions)).update();
        }
    }
}
