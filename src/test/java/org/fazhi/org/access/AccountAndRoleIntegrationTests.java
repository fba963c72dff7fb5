package org.fazhi.org.access;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.org.AccountChanged;
import org.fazhi.org.AccountPrincipal;
import org.fazhi.org.OrgFixtures;
import org.fazhi.org.RolePermissionsChanged;
import org.fazhi.org.UnitKind;
import org.fazhi.shared.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Accounts and roles: initial passwords, grant limits, scope, lock handling and audited permission changes. */
@FazhiIntegrationTest
@RecordApplicationEvents
class AccountAndRoleIntegrationTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccountManagement management;
    @Autowired
    RoleManagement roleManagement;
    @Autowired
    Roles roles;
    @Autowired
    AuthenticationManager authentication;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ResetPasswordJob resetPasswordJob;

    MockMvc mvc;
    OrgFixtures fixtures;
    long government;
    long department;
    long township;
    AccountPrincipal admin;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new OrgFixtures(jdbc, users);
        government = fixtures.government();
        department = fixtures.unit(OrgFixtures.unique("账号测试局"), UnitKind.DEPARTMENT, government);
        township = fixtures.unit(OrgFixtures.unique("账号测试镇"), UnitKind.TOWNSHIP, government);
        admin = fixtures.principal("admin");
    }

    private long roleId(String code) {
        return roles.byCode(code).orElseThrow().id();
    }

    private String hash(long accountId) {
        return jdbc.sql("SELECT password_hash FROM org_account WHERE id = :id").param("id", accountId)
                .query(String.class).single();
    }

    private AccountForm form(String username, long unit, String... roleCodes) {
        AccountForm form = new AccountForm();
        form.setUsername(username);
        form.setDisplayName("测试用户");
        form.setUnitId(unit);
        form.setRoleIds(java.util.Arrays.stream(roleCodes).map(this::roleId).toList());
        return form;
    }

    @Test
    @DisplayName("新建账号生成一次性初始口令，可用它登录；只保存哈希；记入审计")
    void newAccountGetsAGeneratedPasswordThatWorks() {
        String username = OrgFixtures.unique("new").toLowerCase().replace("-", "");
        AccountManagement.IssuedPassword issued = management.create(form(username, department, "CLERK"), admin.user());
        assertThat(issued.password()).hasSize(16);
        assertThat(hash(issued.accountId())).startsWith("$2").doesNotContain(issued.password());
        assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                issued.password())).isAuthenticated()).isTrue();
        assertThat(events.stream(AccountChanged.class)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("org.account.created");
            assertThat(e.username()).isEqualTo(username);
            assertThat(e.summary()).doesNotContain(issued.password());
        });
        assertThatThrownBy(() -> management.create(form(username.toUpperCase(), department, "CLERK"), admin.user()))
                .hasMessageContaining("已被使用");
    }

    @Test
    @DisplayName("单位管理员不能授予超出自己的角色，也不能为范围外的单位建账号")
    void unitAdministratorsCannotGrantMoreThanTheyHave() {
        AccountPrincipal unitAdmin = fixtures.account(township, "UNIT_ADMIN");
        String username = OrgFixtures.unique("esc").toLowerCase().replace("-", "");
        assertThatThrownBy(() -> management.create(form(username, township, "ADMIN"), unitAdmin.user()))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.FORBIDDEN))
                .hasMessageContaining("您无权授予角色“系统管理员”");
        assertThatThrownBy(() -> management.create(form(username, township, "COORDINATOR"), unitAdmin.user()))
                .hasMessageContaining("您无权授予角色");
        assertThatThrownBy(() -> management.create(form(username, department, "CLERK"), unitAdmin.user()))
                .satisfies(e -> assertThat(((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        assertThat(jdbc.sql("SELECT count(*) FROM org_account WHERE username = :u").param("u", username)
                .query(Integer.class).single()).isZero();
        AccountManagement.IssuedPassword clerk = management.create(form(username, township, "CLERK"), unitAdmin.user());
        assertThat(clerk.username()).isEqualTo(username);
    }

    @Test
    @DisplayName("伪造范围外账号的 id 重置口令、停用或改角色：404，什么也没改变")
    void forgedAccountIdsOutsideTheScopeChangeNothing() throws Exception {
        AccountPrincipal unitAdmin = fixtures.account(township, "UNIT_ADMIN");
        long target = fixtures.account(department, "CLERK").user().accountId();
        String before = hash(target);
        mvc.perform(post("/org/accounts/" + target + "/password").with(user(unitAdmin)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/org/accounts/" + target + "/disable").with(user(unitAdmin)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/org/accounts/" + target + "/roles").with(user(unitAdmin)).with(csrf())
                        .param("roleIds", String.valueOf(roleId("UNIT_ADMIN"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/org/accounts/" + target).with(user(unitAdmin))).andExpect(status().isNotFound());
        assertThat(hash(target)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT is_enabled FROM org_account WHERE id = :id").param("id", target)
                .query(Boolean.class).single()).isTrue();
        assertThat(fixtures.principal(jdbc.sql("SELECT username FROM org_account WHERE id = :id").param("id", target)
                .query(String.class).single()).user().roles()).containsExactly("CLERK");
    }

    @Test
    @DisplayName("单位管理员不能重置本单位内更高权限账号的口令（否则可借此越权）")
    void unitAdministratorsCannotTakeOverStrongerAccounts() throws Exception {
        AccountPrincipal unitAdmin = fixtures.account(township, "UNIT_ADMIN");
        long strong = fixtures.account(township, "COORDINATOR").user().accountId();
        String before = hash(strong);
        mvc.perform(post("/org/accounts/" + strong + "/password").with(user(unitAdmin)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(hash(strong)).isEqualTo(before);
    }

    @Test
    @DisplayName("停用、启用、解锁和改角色都生效并记入审计；不能停用自己或改自己的角色")
    void lifecycleChangesAreAudited() throws Exception {
        AccountPrincipal clerk = fixtures.account(department, "CLERK");
        long id = clerk.user().accountId();
        jdbc.sql("UPDATE org_account SET failed_attempts = 5, locked_until = :t WHERE id = :id")
                .param("t", Timestamp.from(Instant.parse("2999-01-01T00:00:00Z"))).param("id", id).update();
        mvc.perform(post("/org/accounts/" + id + "/unlock").with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/org/accounts/" + id + "/disable").with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT is_enabled, locked_until IS NULL AS unlocked, failed_attempts FROM org_account "
                + "WHERE id = :id").param("id", id).query().singleRow())
                .containsEntry("is_enabled", false).containsEntry("unlocked", true).containsEntry("failed_attempts", 0);
        mvc.perform(post("/org/accounts/" + id + "/enable").with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/org/accounts/" + id + "/roles").with(user(admin)).with(csrf())
                        .param("roleIds", String.valueOf(roleId("UNIT_ADMIN"))))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.principal(clerk.getUsername()).user().roles()).containsExactly("UNIT_ADMIN");
        assertThat(events.stream(AccountChanged.class).map(AccountChanged::action))
                .contains("org.account.unlocked", "org.account.disabled", "org.account.enabled",
                        "org.account.roles-changed");
        assertThatThrownBy(() -> management.setEnabled(admin.user().accountId(), false, admin.user()))
                .hasMessage("不能停用自己的账号");
        assertThatThrownBy(() -> management.changeRoles(admin.user().accountId(), List.of(roleId("CLERK")),
                admin.user())).hasMessageContaining("不能修改自己的角色");
    }

    @Test
    @DisplayName("修改角色权限是权限变更：发布审计事件，列出增加和取消的权限")
    void permissionChangesArePublishedForTheAuditLog() throws Exception {
        String code = "T_" + OrgFixtures.unique("R").toUpperCase().replace("-", "_");
        mvc.perform(post("/org/roles").with(user(admin)).with(csrf()).param("code", code).param("name", "测试角色")
                        .param("scope", "OWN_UNIT").param("permissions", "org:unit:view", "worklist:view"))
                .andExpect(status().is3xxRedirection());
        long id = roleId(code);
        mvc.perform(post("/org/roles/" + id).with(user(admin)).with(csrf()).param("name", "测试角色")
                        .param("scope", "UNIT_AND_BELOW").param("permissions", "org:unit:view", "org:person:view"))
                .andExpect(status().is3xxRedirection());
        assertThat(roles.byCode(code).orElseThrow().permissions()).containsExactly("org:person:view", "org:unit:view");
        assertThat(events.stream(RolePermissionsChanged.class).filter(e -> e.roleCode().equals(code)).toList())
                .hasSize(2)
                .last().satisfies(e -> {
                    assertThat(e.added()).containsExactly("org:person:view");
                    assertThat(e.removed()).containsExactly("worklist:view");
                    assertThat(e.actor()).isEqualTo("admin");
                    assertThat(e.action()).isEqualTo("org.role.permissions-changed");
                    assertThat(e.summary()).contains("本单位及下级");
                });
    }

    @Test
    @DisplayName("角色：未知权限、超出本人数据范围、系统管理员失去角色管理权限都被拒绝，什么也没改变")
    void badRoleChangesAreRejected() {
        long adminRole = roleId("ADMIN");
        List<String> before = roles.find(adminRole).orElseThrow().permissions();
        RoleForm form = RoleForm.of(roles.find(adminRole).orElseThrow());
        form.getPermissions().remove("org:role:manage");
        assertThatThrownBy(() -> roleManagement.update(adminRole, form, admin.user()))
                .hasMessageContaining("系统管理员角色必须保留");
        RoleForm wide = new RoleForm();
        wide.setCode("T_WIDE");
        wide.setName("越权角色");
        wide.setScope("PROVINCE");
        wide.setPermissions(List.of("no:such:permission"));
        assertThatThrownBy(() -> roleManagement.create(wide, admin.user()))
                .hasMessageContaining("不能超过您自己的数据范围").hasMessageContaining("未知权限“no:such:permission”");
        assertThat(roles.find(adminRole).orElseThrow().permissions()).isEqualTo(before);
        assertThat(roles.byCode("T_WIDE")).isEmpty();
        assertThat(events.stream(RolePermissionsChanged.class)).isEmpty();
    }

    @Test
    @DisplayName("命令行 reset-password 生成新口令、解除锁定并记入审计；未知用户返回非零")
    void commandLineResetPassword() {
        AccountPrincipal clerk = fixtures.account(department, "CLERK");
        jdbc.sql("UPDATE org_account SET locked_until = :t WHERE id = :id")
                .param("t", Timestamp.from(Instant.parse("2999-01-01T00:00:00Z")))
                .param("id", clerk.user().accountId()).update();
        assertThat(resetPasswordJob.run(List.of(clerk.getUsername()))).isZero();
        assertThat(hash(clerk.user().accountId())).startsWith("$2");
        assertThat(fixtures.principal(clerk.getUsername()).isAccountNonLocked()).isTrue();
        assertThat(events.stream(AccountChanged.class)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("org.account.password-reset");
            assertThat(e.actor()).isEqualTo("cli");
        });
        assertThat(resetPasswordJob.run(List.of("no-such-user"))).isEqualTo(1);
        assertThat(resetPasswordJob.run(List.of())).isEqualTo(2);
    }
}
